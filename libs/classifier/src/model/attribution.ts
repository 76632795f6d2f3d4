// Explanations: how much each token pushed the chosen kind above the average kind, merged into phrases
// of adjacent tokens and reported as [start, end) spans of the original text.
import { ITEM_KINDS, type EvidenceSpan } from '@auscult/contracts';
import type { Token } from '../text/tokenize.js';

const KINDS = ITEM_KINDS.length;
const MAX_PHRASES = 5;

/** `perToken[t * KINDS + c]`: token t's unscaled contribution to kind c (filled while scoring). */
export function explainKind(
  tokens: readonly Token[],
  perToken: Float64Array,
  scale: Float64Array,
  kind: number,
  text: string,
): EvidenceSpan[] {
  const n = tokens.length;
  if (contribution.length < n) contribution = new Float64Array(n * 2);
  for (let t = 0; t < n; t++) {
    let mean = 0;
    for (let c = 0; c < KINDS; c++) mean += perToken[t * KINDS + c] * scale[c];
    contribution[t] = perToken[t * KINDS + kind] * scale[kind] - mean / KINDS;
  }
  return phrasesOf(tokens, n, kind, text);
}

// Scratch reused between calls (explanations are built once per item).
let contribution = new Float64Array(256);
const best = {
  from: new Int32Array(MAX_PHRASES),
  to: new Int32Array(MAX_PHRASES),
  sum: new Float64Array(MAX_PHRASES),
};

/**
 * Runs of same-signed strong tokens, the MAX_PHRASES heaviest (by rounded weight; ties keep text order,
 * as a stable sort would). Only the chosen phrases become objects and substrings.
 */
function phrasesOf(tokens: readonly Token[], n: number, kind: number, text: string): EvidenceSpan[] {
  let peak = 0;
  for (let t = 0; t < n; t++) peak = Math.max(peak, Math.abs(contribution[t]));
  const floor = peak * 0.25;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    if (Math.abs(contribution[i]) < floor || contribution[i] === 0) continue;
    let j = i;
    let sum = contribution[i];
    while (
      j + 1 < n &&
      Math.sign(contribution[j + 1]) === Math.sign(sum) &&
      Math.abs(contribution[j + 1]) >= floor
    )
      sum += contribution[++j];
    kept = keepHeaviest(i, j, sum, kept);
    i = j;
  }
  const phrases: EvidenceSpan[] = [];
  for (let k = 0; k < kept; k++) {
    const first = tokens[best.from[k]];
    const last = tokens[best.to[k]];
    const start = Math.min(first.start, last.start);
    const end = Math.max(first.end, last.end);
    const sum = best.sum[k];
    const label = sum > 0 ? ITEM_KINDS[kind] : `against:${ITEM_KINDS[kind]}`;
    phrases.push({ start, end, text: text.slice(start, end), label, weight: rounded(sum) });
  }
  return phrases;
}

/** Inserts a phrase into the top list (sorted by |rounded weight|, earlier first on ties); returns its size. */
function keepHeaviest(from: number, to: number, sum: number, kept: number): number {
  const weight = Math.abs(rounded(sum));
  let at = kept;
  while (at > 0 && Math.abs(rounded(best.sum[at - 1])) < weight) at--;
  if (at >= MAX_PHRASES) return kept;
  for (let k = Math.min(kept, MAX_PHRASES - 1); k > at; k--) {
    best.from[k] = best.from[k - 1];
    best.to[k] = best.to[k - 1];
    best.sum[k] = best.sum[k - 1];
  }
  best.from[at] = from;
  best.to[at] = to;
  best.sum[at] = sum;
  return Math.min(kept + 1, MAX_PHRASES);
}

function rounded(x: number): number {
  return Math.round(x * 1000) / 1000;
}
