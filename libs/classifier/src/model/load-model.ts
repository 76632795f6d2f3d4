import { existsSync } from 'node:fs';
import type { Scorer } from './scorer.js';

export type LoadResult = { ok: true; scorer: Scorer } | { ok: false; reason: string };

export function loadScorer(path: string): LoadResult {
  if (!existsSync(path)) return { ok: false, reason: `no model file at ${path}` };
  return { ok: false, reason: 'model format not implemented yet' };
}
