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
  const contribution = new Float64Array(tokens.length);
  for (let t = 0; t < tokens.length; t++) {
    let mean = 0;
    for (let c = 0; c < KINDS; c++) mean += perToken[t * KINDS + c] * scale[c];
    contribution[t] = perToken[t * KINDS + kind] * scale[kind] - mean / KINDS;
  }
  return phrasesOf(tokens, contribution, kind, text);
}

function phrasesOf(
  tokens: readonly Token[],
  perToken: Float64Array,
  kind: number,
  text: string,
): EvidenceSpan[] {
  let peak = 0;
  for (const c of perToken) peak = Math.max(peak, Math.abs(c));
  const floor = peak * 0.25;
  const phrases: EvidenceSpan[] = [];
  for (let i = 0; i < perToken.length; i++) {
    if (Math.abs(perToken[i]) < floor || perToken[i] === 0) continue;
    let j = i;
    let sum = perToken[i];
    while (
      j + 1 < perToken.length &&
      Math.sign(perToken[j + 1]) === Math.sign(sum) &&
      Math.abs(perToken[j + 1]) >= floor
    )
      sum += perToken[++j];
    const start = Math.min(tokens[i].start, tokens[j].start);
    const end = Math.max(tokens[i].end, tokens[j].end);
    const label = sum > 0 ? ITEM_KINDS[kind] : `against:${ITEM_KINDS[kind]}`;
    phrases.push({ start, end, text: text.slice(start, end), label, weight: Math.round(sum * 1000) / 1000 });
    i = j;
  }
  return phrases.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, MAX_PHRASES);
}
