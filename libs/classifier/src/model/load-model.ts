import { existsSync, readFileSync } from 'node:fs';
import { createLinearScorer } from './linear-scorer.js';
import { decodeModel, type ModelFile } from './model-file.js';
import type { Scorer } from './scorer.js';

export type LoadResult = { ok: true; scorer: Scorer } | { ok: false; reason: string };

/** Reads a model file synchronously; a missing or malformed file is reported, not thrown. */
export function loadScorer(path: string): LoadResult {
  if (!existsSync(path)) return { ok: false, reason: `no model file at ${path}` };
  try {
    const file = JSON.parse(readFileSync(path, 'utf8')) as ModelFile;
    return { ok: true, scorer: createLinearScorer(decodeModel(file)) };
  } catch (error) {
    return {
      ok: false,
      reason: `unreadable model ${path}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
