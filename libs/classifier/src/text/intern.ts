// Word interning. The same few thousand words make up nearly every message, so the tokenizer looks a word
// up by a hash of its (case-folded) char codes and gets back its shared lexeme: known words cost no substring
// and no toLowerCase, and everything derived from the word is already on the lexeme.
import { lexemeOf, type Lexeme } from './lexeme.js';
import { normaliseWord } from './normalise.js';

const SLOTS = 1 << 16;
// Open addressing stays fast below half full; past that the table starts over (bounded memory).
const MAX_ENTRIES = SLOTS >> 1;
const keys = new Array<string | undefined>(SLOTS).fill(undefined);
const lexemes = new Array<Lexeme | undefined>(SLOTS).fill(undefined);
let size = 0;

/** The lexeme of normaliseWord(text.slice(start, end)). */
export function internWord(text: string, start: number, end: number): Lexeme {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    const c = foldAt(text, i);
    // Non-ASCII letters need full Unicode lower-casing: rare enough to take the plain path.
    if (c < 0) return lexemeOf(normaliseWord(text.slice(start, end)));
    h = Math.imul(h ^ c, 16777619);
  }
  const home = (h ^ (h >>> 16)) & (SLOTS - 1);
  let slot = home;
  for (let key = keys[slot]; key !== undefined; key = keys[slot]) {
    if (sameFolded(key, text, start, end)) return lexemes[slot] as Lexeme;
    slot = (slot + 1) & (SLOTS - 1);
  }
  const raw = text.slice(start, end);
  const lex = lexemeOf(normaliseWord(raw));
  if (size >= MAX_ENTRIES) {
    keys.fill(undefined);
    lexemes.fill(undefined);
    size = 0;
    slot = home;
  }
  keys[slot] = raw.toLowerCase().replace(/’/g, "'");
  lexemes[slot] = lex;
  size++;
  return lex;
}

/** ASCII letters lower-cased and ’ read as ', or -1 for any other non-ASCII code unit. */
function foldAt(text: string, i: number): number {
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
