// Turns a text into hashed sparse features: word unigrams (negation-marked) and bigrams, character
// 3- and 4-grams (robust to typos and slang), cue features, topic-lexicon hits and the channel.
// Every feature remembers the token it came from, so weights can be traced back to characters.
import { TOPICS } from '@auscult/contracts';
import { TOPIC_LEXICON } from '../lexicon/topic-lexicon.js';
import { markNegation } from '../text/negation.js';
import { keyWordFor } from '../text/spelling.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { PHRASE_CUES, tokenCues } from './cues.js';
import { SEED_CHAR, SEED_CUE, SEED_NEG, SEED_WORD, combine, hashRange, hashString } from './hashing.js';

export interface Features {
  tokens: Token[];
  /** Bucket of each feature (already reduced modulo the model's dimension). */
  index: number[];
  value: number[];
  /** Token each feature is attributed to, or -1 (channel). */
  token: number[];
}

const CHAR_WEIGHT = 0.6;
const CUE_VALUE = 0.5;

export function extractFeatures(text: string, channel: string | undefined, dimBits: number): Features {
  const tokens = tokenize(text);
  markNegation(tokens);
  const mask = (1 << dimBits) - 1;
  const f: Features = { tokens, index: [], value: [], token: [] };
  const wordStart = f.index.length;
  addWordFeatures(tokens, f, mask);
  scale(f, wordStart, 1);
  const charStart = f.index.length;
  addCharFeatures(tokens, f, mask);
  scale(f, charStart, CHAR_WEIGHT);
  for (const cue of tokenCues(tokens, text)) push(f, hashString(SEED_CUE, cue.name) & mask, CUE_VALUE, cue.token);
  addLexiconCues(text, tokens, f, mask);
  for (const cue of PHRASE_CUES) {
    const m = cue.pattern.exec(text);
    if (m) push(f, hashString(SEED_CUE, cue.name) & mask, CUE_VALUE * 2, tokenAt(tokens, m.index));
  }
  push(f, hashString(SEED_CUE, `channel:${channel ?? 'unknown'}`) & mask, CUE_VALUE, -1);
  push(f, hashString(SEED_CUE, 'bias') & mask, 1, -1);
  return f;
}

function addWordFeatures(tokens: Token[], f: Features, mask: number): void {
  let prev = -1;
  let prevHash = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type === 'punct') {
      prev = -1;
      continue;
    }
    const h = hashString(t.negated ? SEED_NEG : SEED_WORD, t.norm);
    push(f, h & mask, 1, i);
    const meant = t.type === 'word' ? keyWordFor(t.norm) : null;
    if (meant) push(f, hashString(t.negated ? SEED_NEG : SEED_WORD, meant) & mask, 1, i);
    if (prev >= 0) push(f, combine(prevHash, h) & mask, 1, prev);
    prev = i;
    prevHash = h;
  }
}

function addCharFeatures(tokens: Token[], f: Features, mask: number): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type !== 'word' && t.type !== 'hashtag') continue;
    const w = ` ${t.norm} `;
    for (let n = 3; n <= 4; n++) {
      for (let s = 0; s + n <= w.length; s++) push(f, hashRange(SEED_CHAR + n, w, s, s + n) & mask, 1, i);
    }
  }
}

function addLexiconCues(text: string, tokens: Token[], f: Features, mask: number): void {
  for (const topic of TOPICS) {
    const m = TOPIC_LEXICON[topic].exec(text);
    if (m) push(f, hashString(SEED_CUE, `lex:${topic}`) & mask, CUE_VALUE, tokenAt(tokens, m.index));
  }
}

function tokenAt(tokens: Token[], offset: number): number {
  for (let i = 0; i < tokens.length; i++) if (tokens[i].end > offset) return i;
  return -1;
}

function push(f: Features, index: number, value: number, token: number): void {
  f.index.push(index);
  f.value.push(value);
  f.token.push(token);
}

// L2-normalise a block so long texts do not drown the cue features.
function scale(f: Features, from: number, weight: number): void {
  const n = f.index.length - from;
  if (n === 0) return;
  const k = weight / Math.sqrt(n);
  for (let i = from; i < f.index.length; i++) f.value[i] *= k;
}
