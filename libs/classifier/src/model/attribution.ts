// Explanations: how much each token pushed the chosen kind above the average kind, merged into phrases
// of adjacent tokens and reported as [start, end) spans of the original text.
import { ITEM_KINDS, type EvidenceSpan } from '@auscult/contracts';
import type { Features } from '../features/extract.js';
import { STRIDE, type LinearModel } from './model-file.js';

const KINDS = ITEM_KINDS.length;
const MAX_PHRASES = 5;

export function explainKind(f: Features, model: LinearModel, kind: number, text: string): EvidenceSpan[] {
  const { weights: w, columnScale: s } = model;
  const perToken = new Float64Array(f.tokens.length);
  for (let i = 0; i < f.index.length; i++) {
    const t = f.token[i];
    if (t < 0) continue;
    const base = f.index[i] * STRIDE;
    let mean = 0;
    for (let c = 0; c < KINDS; c++) mean += w[base + c] * s[c];
    perToken[t] += f.value[i] * (w[base + kind] * s[kind] - mean / KINDS);
  }
  return phrasesOf(f, perToken, kind, text);
}

function phrasesOf(f: Features, perToken: Float64Array, kind: number, text: string): EvidenceSpan[] {
  let peak = 0;
  for (const c of perToken) peak = Math.max(peak, Math.abs(c));
  const floor = peak * 0.25;
  const phrases: EvidenceSpan[] = [];
  for (let i = 0; i < perToken.length; i++) {
    if (Math.abs(perToken[i]) < floor || perToken[i] === 0) continue;
    let j = i;
    let sum = perToken[i];
    while (j + 1 < perToken.length && Math.sign(perToken[j + 1]) === Math.sign(sum) && Math.abs(perToken[j + 1]) >= floor) sum += perToken[++j];
    const start = Math.min(f.tokens[i].start, f.tokens[j].start);
    const end = Math.max(f.tokens[i].end, f.tokens[j].end);
    const label = sum > 0 ? ITEM_KINDS[kind] : `against:${ITEM_KINDS[kind]}`;
    phrases.push({ start, end, text: text.slice(start, end), label, weight: Math.round(sum * 1000) / 1000 });
    i = j;
  }
  return phrases.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, MAX_PHRASES);
}
