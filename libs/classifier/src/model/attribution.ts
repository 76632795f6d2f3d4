// Explanations: how much each token pushed the chosen kind above the average kind, merged into phrases
// of adjacent tokens and reported as [start, end) spans of the original text.
import { ITEM_KINDS, type EvidenceSpan } from '@auscult/contracts';
import { WordSlot } from '../text/lexeme.js';
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
    // Function words, pronouns and the like carry weight in the model but never explain a decision to a reader.
    if (isLowValue(tokens[t])) {
      contribution[t] = 0;
      continue;
    }
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
  const strong = (t: number, sign: number): boolean =>
    t < n &&
    contribution[t] !== 0 &&
    Math.sign(contribution[t]) === sign &&
    Math.abs(contribution[t]) >= floor;
  for (let i = 0; i < n; i++) {
    if (Math.abs(contribution[i]) < floor || contribution[i] === 0) continue;
    let j = i;
    let sum = contribution[i];
    const sign = Math.sign(sum);
    for (;;) {
      if (strong(j + 1, sign)) sum += contribution[++j];
      // One low-value word may sit inside a phrase ("no one has come"), never at its edges.
      else if (j + 2 < n && isLowValue(tokens[j + 1]) && strong(j + 2, sign)) {
        j += 2;
        sum += contribution[j];
      } else break;
    }
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

// Words that must never be shown as the phrase that decided an item: articles, pronouns, auxiliaries and
// modals, prepositions, conjunctions, question words, fillers; plus punctuation, links, handles and numbers.
// Negators ("no", "not", "never") stay: they change what a phrase means.
export const LOW_VALUE_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but so nor yet if then than that this these those there here ' +
    "i me my mine myself im i'm i've ive i'd id i'll ill we us our ours we're were we've you your yours you're " +
    "he him his himself he's hes she her hers herself she's shes it its it's they them their theirs they're " +
    'is are was were be been being am do does did doing done have has had having get got gets getting ' +
    "can could will would shall should may might must ought 's " +
    'to of in on at for with from by as about into onto over under up down out off through during ' +
    'after before since until while when where what which who whom whose why how ' +
    'just also very really quite too all any some each every both either one ones own same such ' +
    'again still even only now oh ok okay well yes yeah lol'
  ).split(' '),
);

const LOW_VALUE = new WordSlot((w): boolean => LOW_VALUE_WORDS.has(w));

export function isLowValue(t: Token): boolean {
  if (t.type === 'punct' || t.type === 'url' || t.type === 'handle' || t.type === 'num') return true;
  return LOW_VALUE.of(t.lex);
}
