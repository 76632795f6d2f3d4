// Scores a text with the linear model: softmax over kinds and urgencies, independent sigmoids over topics.
//
// Runtime path (one pass over the tokens, no feature list): each word's unigram row and character n-gram sum
// come dequantised from its lexeme (word-rows.ts); bigram rows are read from the table for kinds and
// urgencies only; the few cue features go through the same code as training. `logits` is the reference
// (every feature row by row, as training sees them); linear-scorer.spec.ts checks the two agree.
import { ITEM_KINDS, type EvidenceSpan } from '@auscult/contracts';
import {
  CHAR_WEIGHT,
  addCueFeatures,
  unigramHash,
  meantHash,
  wordBlockScale,
  type FeatureSink,
  type Features,
} from '../features/extract.js';
import { combine } from '../features/hashing.js';
import {
  COLUMNS,
  EXPONENT_BYTE,
  ROW_SCALE,
  STRIDE,
  TOPIC_OFFSET,
  URGENCY_OFFSET,
  type LinearModel,
} from './model-file.js';
import type { Scorer, Scores } from './scorer.js';
import { explainKind } from './attribution.js';
import { CHARS, CHAR_COLUMNS, GRAMS, PLAIN, WordRows } from './word-rows.js';
import type { Token } from '../text/tokenize.js';

const KINDS = ITEM_KINDS.length;
// The loops below spell the kind columns out one by one.
if (KINDS !== 4 || TOPIC_OFFSET !== 8) throw new Error('linear scorer expects four kinds and four urgencies');

export function createLinearScorer(model: LinearModel): Scorer {
  const { header } = model;
  const rows = new WordRows(model);
  const mask = (1 << header.dimBits) - 1;
  const cues = new CueBuffer();
  return {
    version: header.version,
    get careThreshold(): number {
      return header.careThreshold;
    },
    score(text: string, channel: string | undefined, tokens: Token[]): Scores {
      // Reused: `explain` below reads it, and the pipeline calls that before scoring the next item.
      const perToken = perTokenScratch(tokens.length * KINDS);
      const z = new Float64Array(COLUMNS);
      cues.length = 0;
      const lexiconTopics = addCueFeatures(text, channel, tokens, cues);
      addWordBlock(tokens, rows, model.weights, mask, z, perToken);
      addCues(cues, model.weights, mask, z, perToken);
      scaleColumns(z, model);
      return {
        kind: softmax(z, 0, KINDS),
        urgency: softmax(z, URGENCY_OFFSET, TOPIC_OFFSET - URGENCY_OFFSET),
        topic: sigmoids(z, TOPIC_OFFSET, COLUMNS - TOPIC_OFFSET),
        lexiconTopics,
        explain: (k: number): EvidenceSpan[] => explainKind(tokens, perToken, model.columnScale, k, text),
      };
    },
  };
}

/** Column sums for features with every block present (the reference the runtime path must agree with). */
export function logits(f: Features, model: LinearModel): Float64Array {
  const z = new Float64Array(COLUMNS);
  const w = model.weights;
  for (let i = 0; i < f.index.length; i++) {
    const b = f.index[i] * STRIDE;
    const v = f.value[i] * ROW_SCALE[w[b + EXPONENT_BYTE] + 128];
    const last = i < f.topicEnd ? COLUMNS : TOPIC_OFFSET;
    for (let c = 0; c < last; c++) z[c] += v * w[b + c];
  }
  return scaleColumns(z, model);
}

// The cue block is small (a few dozen features): collected here, then read row by row.
class CueBuffer implements FeatureSink {
  hash = new Int32Array(256);
  value = new Float64Array(256);
  token = new Int32Array(256);
  length = 0;

  push(hash: number, value: number, token: number): void {
    if (this.length === this.hash.length) {
      const size = this.length * 2;
      const [h, v, t] = [new Int32Array(size), new Float64Array(size), new Int32Array(size)];
      h.set(this.hash);
      v.set(this.value);
      t.set(this.token);
      [this.hash, this.value, this.token] = [h, v, t];
    }
    this.hash[this.length] = hash;
    this.value[this.length] = value;
    this.token[this.length++] = token;
  }
}

function addCues(cues: CueBuffer, w: Int8Array, mask: number, z: Float64Array, perToken: Float64Array): void {
  for (let i = 0; i < cues.length; i++) {
    const b = (cues.hash[i] & mask) * STRIDE;
    const v = Math.fround(cues.value[i]) * ROW_SCALE[w[b + EXPONENT_BYTE] + 128];
    if (v === 0) continue;
    const k0 = v * w[b];
    const k1 = v * w[b + 1];
    const k2 = v * w[b + 2];
    const k3 = v * w[b + 3];
    z[0] += k0;
    z[1] += k1;
    z[2] += k2;
    z[3] += k3;
    const t = cues.token[i];
    if (t >= 0) {
      perToken[t * KINDS] += k0;
      perToken[t * KINDS + 1] += k1;
      perToken[t * KINDS + 2] += k2;
      perToken[t * KINDS + 3] += k3;
    }
    for (let c = KINDS; c < COLUMNS; c++) z[c] += v * w[b + c];
  }
}

/**
 * Unigrams (all columns), bigrams (kinds and urgencies) and character n-grams (kinds and urgencies),
 * with each token's share of the kind columns recorded for the explanation.
 */
function addWordBlock(
  tokens: readonly Token[],
  rows: WordRows,
  w: Int8Array,
  mask: number,
  z: Float64Array,
  perToken: Float64Array,
): void {
  // First pass: counts (both blocks are L2-normalised over all their features), and every scattered read
  // the second pass needs (each word's arena offset, each bigram's row exponent), issued back to back so the
  // CPU can have many cache misses in flight at once instead of one at a time between rounds of arithmetic.
  const n = tokens.length;
  const scratch = bigramScratch(n);
  rows.beginItem();
  let words = 0;
  let grams = 0;
  let prevHash = -1;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    scratch.base[i] = -1;
    if (t.type === 'punct') {
      prevHash = -1;
      continue;
    }
    scratch.row[i] = rows.at(t.lex);
    scratch.unigram[i] = t.negated ? rows.negatedAt(t.lex) : scratch.row[i] + PLAIN;
    words += t.meant ? 2 : 1;
    const h = unigramHash(t);
    if (prevHash !== -1) {
      words++;
      scratch.base[i] = (combine(prevHash, h) & mask) * STRIDE;
    }
    prevHash = h;
  }
  if (words === 0) return;
  // The bigram rows are scattered over the whole 4 MB table: nearly every one is a cache miss. A loop that
  // does nothing but start those reads lets the CPU overlap them; inside the loop above they waited on the
  // lexeme reads around them.
  for (let i = 0; i < n; i++) {
    const b = scratch.base[i];
    if (b >= 0) scratch.scale[i] = ROW_SCALE[w[b + EXPONENT_BYTE] + 128];
  }
  const d = rows.data;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (t.type === 'word' || t.type === 'hashtag') grams += d[scratch.row[i] + GRAMS];
  }
  const v = wordBlockScale(words);
  const kc = grams === 0 ? 0 : Math.fround(CHAR_WEIGHT / Math.sqrt(grams));
  let prevIndex = -1;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (t.type === 'punct') {
      prevIndex = -1;
      continue;
    }
    const r = scratch.row[i];
    const u = scratch.unigram[i];
    const at = i * KINDS;
    let k0 = v * d[u];
    let k1 = v * d[u + 1];
    let k2 = v * d[u + 2];
    let k3 = v * d[u + 3];
    for (let c = KINDS; c < COLUMNS; c++) z[c] += v * d[u + c];
    if (t.type === 'word' || t.type === 'hashtag') {
      const ch = r + CHARS;
      k0 += kc * d[ch];
      k1 += kc * d[ch + 1];
      k2 += kc * d[ch + 2];
      k3 += kc * d[ch + 3];
      for (let c = KINDS; c < CHAR_COLUMNS; c++) z[c] += kc * d[ch + c];
    }
    if (t.meant) {
      const m = rows.row(meantHash(t as Token & { meant: string }), COLUMNS);
      k0 += v * m[0];
      k1 += v * m[1];
      k2 += v * m[2];
      k3 += v * m[3];
      for (let c = KINDS; c < COLUMNS; c++) z[c] += v * m[c];
    }
    z[0] += k0;
    z[1] += k1;
    z[2] += k2;
    z[3] += k3;
    perToken[at] += k0;
    perToken[at + 1] += k1;
    perToken[at + 2] += k2;
    perToken[at + 3] += k3;
    const b = scratch.base[i];
    if (b >= 0 && prevIndex >= 0) addBigram(b, v * scratch.scale[i], w, z, perToken, prevIndex * KINDS);
    prevIndex = i;
  }
}

// Reused between calls: scoring runs once per item.
const newScratch = (
  n: number,
): { base: Int32Array; scale: Float64Array; row: Int32Array; unigram: Int32Array } => ({
  base: new Int32Array(n),
  scale: new Float64Array(n),
  row: new Int32Array(n),
  unigram: new Int32Array(n),
});
let bigrams = newScratch(512);
function bigramScratch(n: number): ReturnType<typeof newScratch> {
  if (bigrams.base.length < n) bigrams = newScratch(n * 2);
  return bigrams;
}

function addBigram(
  b: number,
  s: number,
  w: Int8Array,
  z: Float64Array,
  perToken: Float64Array,
  at: number,
): void {
  if (s === 0) return;
  const k0 = s * w[b];
  const k1 = s * w[b + 1];
  const k2 = s * w[b + 2];
  const k3 = s * w[b + 3];
  z[0] += k0;
  z[1] += k1;
  z[2] += k2;
  z[3] += k3;
  perToken[at] += k0;
  perToken[at + 1] += k1;
  perToken[at + 2] += k2;
  perToken[at + 3] += k3;
  z[4] += s * w[b + 4];
  z[5] += s * w[b + 5];
  z[6] += s * w[b + 6];
  z[7] += s * w[b + 7];
}

let perTokenBuffer = new Float64Array(1024);
function perTokenScratch(n: number): Float64Array {
  if (perTokenBuffer.length < n) perTokenBuffer = new Float64Array(n * 2);
  perTokenBuffer.fill(0, 0, n);
  return perTokenBuffer;
}

function scaleColumns(z: Float64Array, model: LinearModel): Float64Array {
  for (let c = 0; c < COLUMNS; c++) z[c] *= model.columnScale[c];
  return z;
}

export function softmax(z: Float64Array, from: number, n: number): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < n; i++) max = Math.max(max, z[from + i]);
  const out = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += out[i] = Math.exp(z[from + i] - max);
  for (let i = 0; i < n; i++) out[i] /= sum;
  return out;
}

function sigmoids(z: Float64Array, from: number, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = 1 / (1 + Math.exp(-z[from + i]));
  return out;
}
