// A word's character 4-grams depend only on the word, so their rows of the weight table can be summed once
// per word (per model) and each later occurrence adds a handful of numbers instead of reading ~5 scattered
// rows. Same arithmetic as scoring the n-grams one by one; only the order of the additions differs.
import { WordSlot, type Lexeme } from '../text/lexeme.js';
import { computeCharHashes } from '../features/extract.js';
import { EXPONENT_BYTE, ROW_SCALE, STRIDE, TOPIC_OFFSET, type LinearModel } from './model-file.js';

/** Columns the character block feeds: kinds and urgencies (topics read word-level features only). */
export const CHAR_COLUMNS = TOPIC_OFFSET;

export class CharSums {
  // Per model, kept on each word's lexeme.
  private readonly slot = new WordSlot((word) => this.compute(word));
  private readonly mask: number;

  constructor(private readonly model: LinearModel) {
    this.mask = (1 << model.header.dimBits) - 1;
  }

  /** Unscaled sum of the word's n-gram rows over the first CHAR_COLUMNS columns. */
  of(word: Lexeme): Float64Array {
    return this.slot.of(word);
  }

  private compute(word: string): Float64Array {
    const w = this.model.weights;
    const sum = new Float64Array(CHAR_COLUMNS);
    const hashes = computeCharHashes(word);
    for (let k = 0; k < hashes.length; k++) {
      const base = (hashes[k] & this.mask) * STRIDE;
      const s = ROW_SCALE[w[base + EXPONENT_BYTE] + 128];
      for (let c = 0; c < CHAR_COLUMNS; c++) sum[c] += s * w[base + c];
    }
    return sum;
  }
}
