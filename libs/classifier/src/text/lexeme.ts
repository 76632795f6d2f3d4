// One record per distinct word, shared by every occurrence. Modules that derive something from the word
// alone (trigger lists, lexicon entries, cue names, hashes…) keep it in a `WordSlot` on the lexeme, so each
// token pays an array read instead of a Map or Set probe per question.
import { SEED_NEG, SEED_WORD, hashString } from '../features/hashing.js';

let slotCount = 0;

/** Per-word caches, filled on first use; lexemes are dropped when the intern tables start over. */
export class Lexeme {
  // Sized for every slot known when the word is first seen, so the array is allocated next to the lexeme
  // (one cache line away instead of a separate, later-grown array) and never changes shape; packed, not holey.
  readonly slots: unknown[] = emptySlots();
  /** Hash of the word's unigram feature and of its negation-marked form (read for every token). */
  readonly wordHash: number;
  readonly negatedHash: number;
  constructor(readonly norm: string) {
    this.wordHash = hashString(SEED_WORD, norm);
    this.negatedHash = hashString(SEED_NEG, norm);
  }
}

function emptySlots(): unknown[] {
  const slots: unknown[] = [];
  for (let i = 0; i < slotCount; i++) slots.push(undefined);
  return slots;
}

/** A value computed from a word once, then read from its lexeme. */
export class WordSlot<T> {
  private readonly index = slotCount++;

  constructor(private readonly compute: (norm: string) => T) {}

  of(lex: Lexeme): T {
    if (this.index < lex.slots.length && lex.slots[this.index] !== undefined)
      return lex.slots[this.index] as T;
    const value = this.compute(lex.norm);
    while (lex.slots.length < this.index) lex.slots.push(undefined);
    lex.slots[this.index] = value;
    return value;
  }
}

// Lexemes by normalised form, for everything that does not come through `internWord`'s fast path
// (non-ASCII words, hashtag parts, punctuation, number shapes, emoji, typo corrections).
const BY_NORM = new Map<string, Lexeme>();
const BY_NORM_LIMIT = 30_000;

export function lexemeOf(norm: string): Lexeme {
  let lex = BY_NORM.get(norm);
  if (lex === undefined) {
    if (BY_NORM.size >= BY_NORM_LIMIT) BY_NORM.clear();
    lex = new Lexeme(norm);
    BY_NORM.set(norm, lex);
  }
  return lex;
}
