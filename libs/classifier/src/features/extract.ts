// Turns a text into hashed sparse features: word unigrams (negation-marked) and bigrams, cue features,
// topic-lexicon hits and the channel, then character 4-grams (robust to typos and slang).
// Every feature remembers the token it came from, so weights can be traced back to characters.
// Kinds and urgencies use all features; topics use only unigrams and cues (before `topicEnd`).
import type { Topic } from '@auscult/contracts';
import { lexiconHits } from '../lexicon/topic-lexicon.js';
import { markNegation } from '../text/negation.js';
import { meantOf } from '../text/spelling.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { TriggerIndex } from '../text/triggers.js';
import { PHRASE_CUES, tokenCues } from './cues.js';
import { SEED_CHAR, SEED_CUE, SEED_NEG, SEED_WORD, combine, hashString } from './hashing.js';

/** Views into reused scratch arrays: valid until the next extractFeatures call (copy to keep). */
export interface Features {
  tokens: Token[];
  /** Bucket of each feature (already reduced modulo the model's dimension). */
  index: Int32Array;
  value: Float32Array;
  /** Token each feature is attributed to, or -1 (channel, bias). */
  token: Int32Array;
  /** Topics read the features before this (unigrams and cues); bigrams and character n-grams feed kinds and urgencies only. */
  topicEnd: number;
  /** Features from here on are character n-grams. */
  charStart: number;
  /** Topics whose hand-written lexicon matched. */
  lexiconTopics: Topic[];
}

const CHAR_N = 4;
/** Total weight (L2 norm) of the character n-gram block. */
export const CHAR_WEIGHT = 0.6;
const CUE_VALUE = 0.5;
const PHRASE_CUE_INDEX = new TriggerIndex(PHRASE_CUES);

/** Tokens with negation scopes marked and typos of safety key words resolved. */
export function tokenizeMarked(text: string): Token[] {
  const tokens = tokenize(text);
  markNegation(tokens);
  for (const t of tokens) {
    if (t.type !== 'word' || t.norm.length < 5) continue;
    const meant = meantOf(t.lex);
    if (meant) t.meant = meant;
  }
  return tokens;
}

/**
 * Pass `tokens` when the caller has already run `tokenizeMarked`. With `withChars` false the character
 * n-gram block is left out (the runtime scorer adds it from per-word sums, see model/word-rows.ts).
 *
 * Layout: [unigrams][cues, lexicon, phrase cues, channel, bias][bigrams][character n-grams].
 * Topics read [0, topicEnd); kinds and urgencies read everything. Unigrams and bigrams are one
 * L2-normalised word block (the same factor for both ranges).
 */
export function extractFeatures(
  text: string,
  channel: string | undefined,
  dimBits: number,
  tokens: Token[] = tokenizeMarked(text),
  withChars = true,
): Features {
  const b = SCRATCH.reset((1 << dimBits) - 1);
  addUnigrams(tokens, b);
  const unigramEnd = b.length;
  const lexicon = addCueFeatures(text, channel, tokens, b);
  const topicEnd = b.length;
  addBigrams(tokens, b);
  const k = wordBlockScale(unigramEnd + b.length - topicEnd);
  b.scale(0, unigramEnd, k);
  b.scale(topicEnd, b.length, k);
  const charStart = b.length;
  if (withChars) {
    addCharFeatures(tokens, b);
    b.normalise(charStart, CHAR_WEIGHT);
  }
  return b.build(tokens, topicEnd, charStart, lexicon);
}

/** Value of each word-block feature (unigrams and bigrams), as stored (float32). */
export function wordBlockScale(features: number): number {
  return features === 0 ? 0 : Math.fround(1 / Math.sqrt(features));
}

/**
 * The cue block: per-token cues, topic-lexicon hits, phrase cues, channel and bias (fixed values, not normalised).
 * Returns the topics the lexicon named.
 */
export function addCueFeatures(
  text: string,
  channel: string | undefined,
  tokens: Token[],
  b: FeatureSink,
): Topic[] {
  tokenCues(tokens, text, (name, token) => b.push(cueHash(name), CUE_VALUE, token));
  const lexicon = lexiconHits(tokens);
  const topics: Topic[] = [];
  for (const hit of lexicon) {
    b.push(cueHash(`lex:${hit.topic}`), CUE_VALUE, hit.token);
    topics.push(hit.topic);
  }
  for (const cue of PHRASE_CUE_INDEX.triggered(tokens)) {
    cue.pattern.lastIndex = 0;
    const m = cue.pattern.exec(text);
    if (m) b.push(cueHash(cue.name), CUE_VALUE * 2, tokenAt(tokens, m.index));
  }
  b.push(cueHash(channel === undefined ? 'channel:unknown' : `channel:${channel}`), CUE_VALUE, -1);
  b.push(BIAS_HASH, 1, -1);
  return topics;
}

export interface FeatureSink {
  push(hash: number, value: number, token: number): void;
}

// Cue names are few and recur in every text: hash each once.
const CUE_HASHES = new Map<string, number>();
function cueHash(name: string): number {
  let h = CUE_HASHES.get(name);
  if (h === undefined) {
    h = hashString(SEED_CUE, name);
    if (CUE_HASHES.size < 10_000) CUE_HASHES.set(name, h);
  }
  return h;
}
const BIAS_HASH = hashString(SEED_CUE, 'bias');

/** Hash of a token's unigram feature (negation-marked); computed once per word, on its lexeme. */
export function unigramHash(t: Token): number {
  return t.negated ? t.lex.negatedHash : t.lex.wordHash;
}

/** Hash of the extra unigram for the safety word a typo stands for. */
export function meantHash(t: Token & { meant: string }): number {
  return hashString(t.negated ? SEED_NEG : SEED_WORD, t.meant);
}

function addUnigrams(tokens: Token[], b: Builder): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'punct') continue;
    b.push(unigramHash(t), 1, i);
    if (t.meant) b.push(meantHash(t as Token & { meant: string }), 1, i);
  }
}

// Bigrams of adjacent non-punctuation tokens, attributed to the first of the two.
function addBigrams(tokens: Token[], b: Builder): void {
  let prev = -1;
  let prevHash = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'punct') {
      prev = -1;
      continue;
    }
    const h = unigramHash(t);
    if (prev >= 0) b.push(combine(prevHash, h), 1, prev);
    prev = i;
    prevHash = h;
  }
}

// Character 4-grams of " word ", hashed straight from the token; memoised per word because
// the same words recur in every message (bounded: cleared when it grows too large).
const CHAR_MEMO = new Map<string, Uint32Array>();
const CHAR_MEMO_LIMIT = 50_000;

function addCharFeatures(tokens: Token[], b: Builder): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word' && t.type !== 'hashtag') continue;
    const hashes = charHashes(t.norm);
    for (let k = 0; k < hashes.length; k++) b.push(hashes[k], 1, i);
  }
}

/** How many character n-grams `charHashes` gives for a word of this length. */
export function charGramCount(length: number): number {
  return Math.max(0, length + 2 - CHAR_N + 1);
}

export function charHashes(w: string): Uint32Array {
  const known = CHAR_MEMO.get(w);
  if (known) return known;
  const hashes = computeCharHashes(w);
  if (CHAR_MEMO.size >= CHAR_MEMO_LIMIT) CHAR_MEMO.clear();
  CHAR_MEMO.set(w, hashes);
  return hashes;
}

/** Hashes of the character n-grams of " w ", built from the char codes (no substrings); not memoised. */
export function computeCharHashes(w: string): Uint32Array {
  const padded = w.length + 2;
  const hashes = new Uint32Array(charGramCount(w.length));
  for (let s = 0; s < hashes.length; s++) {
    let h = SEED_CHAR;
    for (let k = s; k < s + CHAR_N; k++)
      h = Math.imul(h ^ (k === 0 || k === padded - 1 ? 32 : w.charCodeAt(k - 1)), 16777619);
    hashes[s] = h >>> 0;
  }
  return hashes;
}

function tokenAt(tokens: Token[], offset: number): number {
  for (let i = 0; i < tokens.length; i++) if (tokens[i].end > offset) return i;
  return -1;
}

// One set of typed scratch arrays, reused: classify runs once per item in the worker, so allocation
// matters. The returned Features are views valid until the next call; training copies them.
class Builder implements FeatureSink {
  private index = new Int32Array(1024);
  private value = new Float32Array(1024);
  private token = new Int32Array(1024);
  private mask = 0;
  length = 0;

  reset(mask: number): this {
    this.mask = mask;
    this.length = 0;
    return this;
  }

  push(hash: number, value: number, token: number): void {
    if (this.length === this.index.length) this.grow();
    this.index[this.length] = hash & this.mask;
    this.value[this.length] = value;
    this.token[this.length++] = token;
  }

  scale(from: number, to: number, k: number): void {
    for (let i = from; i < to; i++) this.value[i] *= k;
  }

  /** L2-normalise a block so long texts do not drown the cue features. */
  normalise(from: number, weight: number): void {
    const n = this.length - from;
    if (n === 0) return;
    const k = weight / Math.sqrt(n);
    for (let i = from; i < this.length; i++) this.value[i] *= k;
  }

  build(tokens: Token[], topicEnd: number, charStart: number, lexiconTopics: Topic[]): Features {
    const n = this.length;
    return {
      tokens,
      topicEnd,
      index: this.index.subarray(0, n),
      value: this.value.subarray(0, n),
      token: this.token.subarray(0, n),
      charStart,
      lexiconTopics,
    };
  }

  private grow(): void {
    const size = this.index.length * 2;
    const index = new Int32Array(size);
    const value = new Float32Array(size);
    const token = new Int32Array(size);
    index.set(this.index);
    value.set(this.value);
    token.set(this.token);
    [this.index, this.value, this.token] = [index, value, token];
  }
}

const SCRATCH = new Builder();
