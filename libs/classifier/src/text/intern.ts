// Word interning. The same few thousand words make up nearly every message, so the tokenizer looks a word
// up by a hash of its (case-folded) char codes and gets back its shared lexeme: known words cost no substring
// and no toLowerCase, and everything derived from the word is already on the lexeme.
import { lexemeOf, type Lexeme } from './lexeme.js';
import { normaliseWord } from './normalise.js';

// Small enough to stay mostly in cache (it is probed for every word); open addressing stays fast below
// half full, and past that the table starts over (bounded memory).
const SLOTS = 1 << 15;
const MAX_ENTRIES = SLOTS >> 1;

interface Entry {
  /** The raw word case-folded, with ’ read as ' (what the probe compares against). */
  key: string;
  lex: Lexeme;
}

const table = new Array<Entry | undefined>(SLOTS).fill(undefined);
let size = 0;

export const FOLD_HASH_SEED = 0x811c9dc5;

/** One step of the word hash `internWord` expects (FNV-1a over `foldAt` codes), for callers that scan anyway. */
export function foldHashStep(h: number, folded: number): number {
  return Math.imul(h ^ folded, 16777619);
}

/**
 * The lexeme of normaliseWord(text.slice(start, end)). `hash` is the fold hash of the word (see
 * foldHashStep), or -1 when some code unit folds to -1 (non-ASCII letters need full Unicode lower-casing:
 * rare enough to take the plain path). A word whose hash happens to be -1 also takes the plain path, which
 * gives the same lexeme, only slower.
 */
export function internWord(text: string, start: number, end: number, hash: number): Lexeme {
  if (hash === -1) return lexemeOf(normaliseWord(text.slice(start, end)));
  const h = hash;
  const home = (h ^ (h >>> 16)) & (SLOTS - 1);
  let slot = home;
  for (let entry = table[slot]; entry !== undefined; entry = table[slot]) {
    if (sameFolded(entry.key, text, start, end)) return entry.lex;
    slot = (slot + 1) & (SLOTS - 1);
  }
  const raw = text.slice(start, end);
  const lex = lexemeOf(normaliseWord(raw));
  if (size >= MAX_ENTRIES) {
    table.fill(undefined);
    size = 0;
    slot = home;
  }
  table[slot] = { key: raw.toLowerCase().replace(/’/g, "'"), lex };
  size++;
  return lex;
}

/** ASCII letters lower-cased and ’ read as ', or -1 for any other non-ASCII code unit. */
export function foldAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 128) return c;
  return c === 0x2019 ? 39 : -1;
}

function sameFolded(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = start; i < end; i++) if (key.charCodeAt(i - start) !== foldAt(text, i)) return false;
  return true;
}
