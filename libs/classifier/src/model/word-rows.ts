// Everything the model holds about a single word, dequantised once per word (per model) and kept on its
// lexeme: the unigram row (plain and negation-marked) and the sum of its character 4-gram rows. Common words
// then cost a read of a small hot array instead of several scattered rows of the 4 MB table. Same arithmetic
// as reading the rows feature by feature; only the order of the additions differs (linear-scorer.spec.ts).
import { WordSlot, type Lexeme } from '../text/lexeme.js';
import { computeCharHashes } from '../features/extract.js';
import { hashString, SEED_NEG, SEED_WORD } from '../features/hashing.js';
import { COLUMNS, EXPONENT_BYTE, ROW_SCALE, STRIDE, TOPIC_OFFSET, type LinearModel } from './model-file.js';

/** Columns the character and bigram blocks feed: kinds and urgencies (topics read unigrams and cues only). */
export const CHAR_COLUMNS = TOPIC_OFFSET;

export interface WordRow {
  /** Dequantised unigram row, all COLUMNS (column scale not yet applied). */
  plain: Float32Array;
  /** The same for the negation-marked unigram, filled on first use. */
  negated: Float32Array | null;
  /** Sum of the word's character n-gram rows over the first CHAR_COLUMNS columns. */
  chars: Float32Array;
  /** Number of character n-grams (the character block is normalised over all of a text's n-grams). */
  grams: number;
}

export class WordRows {
  private readonly slot = new WordSlot((word) => this.compute(word));
  private readonly mask: number;

  constructor(private readonly model: LinearModel) {
    this.mask = (1 << model.header.dimBits) - 1;
  }

  of(word: Lexeme): WordRow {
    return this.slot.of(word);
  }

  negated(word: Lexeme): Float32Array {
    const row = this.slot.of(word);
    return (row.negated ??= this.row(hashString(SEED_NEG, word.norm), COLUMNS));
  }

  /** Dequantised row of one hashed feature, first `columns` columns. */
  row(hash: number, columns: number): Float32Array {
    const out = new Float32Array(columns);
    this.addRow(hash, 1, out, columns);
    return out;
  }

  private addRow(hash: number, k: number, out: Float32Array, columns: number): void {
    const w = this.model.weights;
    const base = (hash & this.mask) * STRIDE;
    const s = k * ROW_SCALE[w[base + EXPONENT_BYTE] + 128];
    if (s === 0) return;
    for (let c = 0; c < columns; c++) out[c] += s * w[base + c];
  }

  private compute(word: string): WordRow {
    const chars = new Float32Array(CHAR_COLUMNS);
    const hashes = computeCharHashes(word);
    for (let k = 0; k < hashes.length; k++) this.addRow(hashes[k], 1, chars, CHAR_COLUMNS);
    return {
      plain: this.row(hashString(SEED_WORD, word), COLUMNS),
      negated: null,
      chars,
      grams: hashes.length,
    };
  }
}
