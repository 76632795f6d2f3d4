// Scores a text with the linear model: softmax over kinds and urgencies, independent sigmoids over topics.
import { ITEM_KINDS, type EvidenceSpan } from '@auscult/contracts';
import { CHAR_WEIGHT, charGramCount, extractFeatures, type Features } from '../features/extract.js';
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
import { CHAR_COLUMNS, CharSums } from './char-sums.js';
import type { Token } from '../text/tokenize.js';

const KINDS = ITEM_KINDS.length;
// accumulate() spells the kind columns out one by one.
if (KINDS !== 4) throw new Error('linear scorer expects four kinds');

export function createLinearScorer(model: LinearModel): Scorer {
  const { header } = model;
  const charSums = new CharSums(model);
  return {
    version: header.version,
    get careThreshold(): number {
      return header.careThreshold;
    },
    score(text: string, channel: string | undefined, tokens: Token[]): Scores {
      // Word-level and cue features row by row; the character block from per-word sums.
      const features = extractFeatures(text, channel, header.dimBits, tokens, false);
      // Reused: `explain` below reads it, and the pipeline calls that before scoring the next item.
      const perToken = perTokenScratch(tokens.length * KINDS);
      const z = new Float64Array(COLUMNS);
      accumulate(features, model, z, perToken);
      addCharBlock(tokens, charSums, z, perToken);
      scaleColumns(z, model);
      return {
        kind: softmax(z, 0, KINDS),
        urgency: softmax(z, URGENCY_OFFSET, TOPIC_OFFSET - URGENCY_OFFSET),
        topic: sigmoids(z, TOPIC_OFFSET, COLUMNS - TOPIC_OFFSET),
        lexiconTopics: features.lexiconTopics,
        explain: (k: number): EvidenceSpan[] => explainKind(tokens, perToken, model.columnScale, k, text),
      };
    },
  };
}

/** Column sums for features with every block present (the reference the runtime path must agree with). */
export function logits(f: Features, model: LinearModel, perToken?: Float64Array): Float64Array {
  const z = new Float64Array(COLUMNS);
  accumulate(f, model, z, perToken);
  return scaleColumns(z, model);
}

/**
 * Adds each feature's row to `z` (unscaled). Also fills `perToken` (when given) with each token's raw
 * contribution to each kind, so the explanation needs no second pass over the weights.
 */
function accumulate(f: Features, model: LinearModel, z: Float64Array, perToken?: Float64Array): void {
  const w = model.weights;
  const n = f.index.length;
  // Rows are scattered over a 4 MB table: touch them all in a tight first loop so the CPU can have many
  // cache misses in flight at once, instead of one miss at a time between rounds of arithmetic.
  const { base, value } = scratchOf(n);
  for (let i = 0; i < n; i++) {
    base[i] = f.index[i] * STRIDE;
    value[i] = f.value[i] * ROW_SCALE[w[base[i] + EXPONENT_BYTE] + 128];
  }
  for (let i = 0; i < n; i++) {
    const b = base[i];
    const v = value[i];
    // The kind columns feed both the sums and the explanation: compute them once.
    const k0 = v * w[b];
    const k1 = v * w[b + 1];
    const k2 = v * w[b + 2];
    const k3 = v * w[b + 3];
    z[0] += k0;
    z[1] += k1;
    z[2] += k2;
    z[3] += k3;
    const t = f.token[i];
    if (perToken && t >= 0) {
      const at = t * KINDS;
      perToken[at] += k0;
      perToken[at + 1] += k1;
      perToken[at + 2] += k2;
      perToken[at + 3] += k3;
    }
    // Topics read only the word-level block; kinds and urgencies read everything.
    const last = i < f.charStart ? COLUMNS : TOPIC_OFFSET;
    for (let c = KINDS; c < last; c++) z[c] += v * w[b + c];
  }
}

// Reused between calls: scoring runs once per item and allocation shows up in the profile.
let scratch = { base: new Int32Array(1024), value: new Float64Array(1024) };
function scratchOf(n: number): { base: Int32Array; value: Float64Array } {
  if (scratch.base.length < n) scratch = { base: new Int32Array(n * 2), value: new Float64Array(n * 2) };
  return scratch;
}

const SUMS: Float64Array[] = [];

let perTokenBuffer = new Float64Array(1024);
function perTokenScratch(n: number): Float64Array {
  if (perTokenBuffer.length < n) perTokenBuffer = new Float64Array(n * 2);
  perTokenBuffer.fill(0, 0, n);
  return perTokenBuffer;
}

// The character block is L2-normalised over all its n-grams (as in extractFeatures), so count them first.
function addCharBlock(
  tokens: readonly Token[],
  charSums: CharSums,
  z: Float64Array,
  perToken: Float64Array,
): void {
  // First pass: count the n-grams and fetch every word's sums (independent loads, so they overlap).
  let grams = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word' && t.type !== 'hashtag') continue;
    grams += charGramCount(t.norm.length);
    SUMS[i] = charSums.of(t.lex);
  }
  if (grams === 0) return;
  // Feature values are stored as float32 in the reference path; round the same way.
  const k = Math.fround(CHAR_WEIGHT / Math.sqrt(grams));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word' && t.type !== 'hashtag') continue;
    const sum = SUMS[i];
    for (let c = 0; c < CHAR_COLUMNS; c++) z[c] += k * sum[c];
    for (let c = 0; c < KINDS; c++) perToken[i * KINDS + c] += k * sum[c];
  }
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
