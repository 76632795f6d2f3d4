// Everything the model holds about a single word, dequantised once per word (per model): the unigram row
// (plain, and negation-marked for words seen negated) and the sum of its character 4-gram rows. All words
// live side by side in one Float32Array arena; a word's lexeme holds only its offset (a small integer in a
// WordSlot). Reading a word's rows is then token → lexeme → arena, instead of a chain of objects (row record,
// typed array, its backing store) that each cost a cache miss on a busy machine. Same arithmetic as reading
// the rows feature by feature; only the order of the additions differs (linear-scorer.spec.ts).
import { WordSlot, type Lexeme } from '../text/lexeme.js';
import { computeCharHashes } from '../features/extract.js';
import { hashString, SEED_NEG, SEED_WORD } from '../features/hashing.js';
import { COLUMNS, EXPONENT_BYTE, ROW_SCALE, STRIDE, TOPIC_OFFSET, type LinearModel } from './model-file.js';

/** Columns the character and bigram blocks feed: kinds and urgencies (topics read unigrams and cues only). */
export const CHAR_COLUMNS = TOPIC_OFFSET;

/** Layout of one word in the arena, relative to its offset. */
export const PLAIN = 0;
export const CHARS = COLUMNS;
/** Number of character n-grams (the character block is normalised over all of a text's n-grams). */
export const GRAMS = COLUMNS + CHAR_COLUMNS;
const WIDTH = GRAMS + 1;

// Past this many floats (about 40,000 words at 160 bytes each, plus the negation-marked rows of the words
// seen negated) the arena starts over (bounded memory), between items only.
const MAX_FLOATS = 40_000 * WIDTH;

export class WordRows {
  private slot = new WordSlot((word) => this.compute(word));
  // The negation-marked unigram row of a word, only for words that occur negated (a minority).
  private negatedSlot = new WordSlot((word) => this.computeNegated(word));
  private readonly mask: number;
  private used = 0;
  /** Float32 values of every word seen; re-read after `at` / `negatedAt` (it may grow). */
  data = new Float32Array(256 * WIDTH);

  constructor(private readonly model: LinearModel) {
    this.mask = (1 << model.header.dimBits) - 1;
  }

  /** Call before the `at` calls of one item: offsets stay valid until the next call. */
  beginItem(): void {
    if (this.used < MAX_FLOATS) return;
    this.slot = new WordSlot((word) => this.compute(word));
    this.negatedSlot = new WordSlot((word) => this.computeNegated(word));
    this.used = 0;
  }

  /** Offset of the word's rows in `data` (see PLAIN, CHARS, GRAMS). */
  at(word: Lexeme): number {
    return this.slot.of(word);
  }

  /** Offset of the word's negation-marked unigram row (COLUMNS values) in `data`. */
  negatedAt(word: Lexeme): number {
    return this.negatedSlot.of(word);
  }

  /** Dequantised row of one hashed feature, first `columns` columns. */
  row(hash: number, columns: number): Float32Array {
    const out = new Float32Array(columns);
    this.addRow(hash, out, 0, columns);
    return out;
  }

  private addRow(hash: number, out: Float32Array, at: number, columns: number): void {
    const w = this.model.weights;
    const base = (hash & this.mask) * STRIDE;
    const s = ROW_SCALE[w[base + EXPONENT_BYTE] + 128];
    if (s === 0) return;
    for (let c = 0; c < columns; c++) out[at + c] += s * w[base + c];
  }

  private reserve(floats: number): number {
    if (this.used + floats > this.data.length) {
      const grown = new Float32Array(Math.max(this.data.length * 2, this.used + floats));
      grown.set(this.data);
      this.data = grown;
    }
    const at = this.used;
    this.used += floats;
    return at;
  }

  private compute(word: string): number {
    const at = this.reserve(WIDTH);
    const d = this.data;
    this.addRow(hashString(SEED_WORD, word), d, at + PLAIN, COLUMNS);
    const hashes = computeCharHashes(word);
    for (let k = 0; k < hashes.length; k++) this.addRow(hashes[k], d, at + CHARS, CHAR_COLUMNS);
    d[at + GRAMS] = hashes.length;
    return at;
  }

  private computeNegated(word: string): number {
    const at = this.reserve(COLUMNS);
    this.addRow(hashString(SEED_NEG, word), this.data, at, COLUMNS);
    return at;
  }
}
