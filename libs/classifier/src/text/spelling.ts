// Typos in the words that matter most ("cant breath", "seizurre", "nobdoy") must not hide an emergency.
// Tokens one edit away from a key word are read as that word; offsets map back to the original text.
import { WordSlot, type Lexeme } from './lexeme.js';

const KEY_WORDS = [
  'breathe',
  'breathing',
  'bleeding',
  'seizure',
  'unconscious',
  'unresponsive',
  'collapsed',
  'suicide',
  'suicidal',
  'overdose',
  'assaulted',
  'attacked',
  'missing',
  'drooping',
  'slurred',
  'slurring',
  'choking',
  'gasping',
  'nobody',
  'abused',
  'haemorrhage',
  'myself',
  'herself',
  'himself',
  'fallen',
  'bruises',
  'injury',
  'anymore',
  'knows',
];
const BY_FIRST = new Map<string, string[]>();
for (const w of KEY_WORDS) BY_FIRST.set(w[0], [...(BY_FIRST.get(w[0]) ?? []), w]);
const MIN_LENGTH = 5;

// Words repeat across messages, so answers are memoised (bounded: cleared when it grows too large).
const MEMO = new Map<string, string | null>();
const MEMO_LIMIT = 50_000;

const MEANT = new WordSlot((w) => keyWordFor(w));

/** keyWordFor, kept on the word's lexeme. */
export function meantOf(lex: Lexeme): string | null {
  return MEANT.of(lex);
}

/** The key word a token was probably meant to be, or null (also null when it already is one). */
export function keyWordFor(token: string): string | null {
  if (token.length < MIN_LENGTH) return null;
  const known = MEMO.get(token);
  if (known !== undefined) return known;
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  const found = findKeyWord(token);
  MEMO.set(token, found);
  return found;
}

function findKeyWord(token: string): string | null {
  const candidates = BY_FIRST.get(token[0]);
  if (!candidates) return null;
  for (const w of candidates) {
    if (w === token) return null;
    if (Math.abs(w.length - token.length) <= 1 && withinOneEdit(token, w)) return w;
  }
  return null;
}

export interface Corrected {
  text: string;
  /** Maps an offset in `text` back to the original. */
  toOriginal(offset: number): number;
}

export function correctKeyWords(original: string): Corrected {
  const pieces: { from: number; to: number; word: string }[] = [];
  const re = /[A-Za-z]{5,}/g;
  for (let m = re.exec(original); m !== null; m = re.exec(original)) {
    const fix = keyWordFor(m[0].toLowerCase());
    if (fix) pieces.push({ from: m.index, to: m.index + m[0].length, word: fix });
  }
  if (pieces.length === 0) return { text: original, toOriginal: (o) => o };
  let text = '';
  let last = 0;
  const anchors: { at: number; original: number; shift: number }[] = [];
  for (const p of pieces) {
    text += original.slice(last, p.from);
    anchors.push({ at: text.length, original: p.from, shift: p.to - p.from - p.word.length });
    text += p.word;
    last = p.to;
  }
  text += original.slice(last);
  return { text, toOriginal: (offset) => mapBack(anchors, offset) };
}

function mapBack(anchors: { at: number; original: number; shift: number }[], offset: number): number {
  let shift = 0;
  for (const a of anchors) {
    if (offset <= a.at) break;
    shift += a.shift;
  }
  return offset + shift;
}

// Damerau-style check for a single insertion, deletion, substitution or adjacent swap.
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === b.length) {
    const diffs: number[] = [];
    for (let i = 0; i < a.length && diffs.length < 3; i++) if (a[i] !== b[i]) diffs.push(i);
    if (diffs.length === 1) return true;
    return (
      diffs.length === 2 &&
      diffs[1] === diffs[0] + 1 &&
      a[diffs[0]] === b[diffs[1]] &&
      a[diffs[1]] === b[diffs[0]]
    );
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}
