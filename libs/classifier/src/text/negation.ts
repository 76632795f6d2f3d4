import type { Token } from './tokenize.js';

// Words that flip what follows: "no pain", "not rude", "never got my meds", "didn't help".
const NEGATORS = new Set([
  'no',
  'not',
  'never',
  'without',
  'none',
  'nor',
  'neither',
  'denies',
  'cannot',
  'nothing',
  'hardly',
  'barely',
]);
// "no one came" and "nobody answered" are complaints about absence of help, not negations of it.
const NOT_NEGATING_NEXT = new Set(['one', 'longer', 'only', 'doubt', 'matter', 'wonder', 'sooner', 'less']);
const SCOPE_BREAKERS = new Set([
  'but',
  'and',
  'so',
  'because',
  'though',
  'however',
  'although',
  'yet',
  'while',
]);
const MAX_SCOPE = 3;

export function isNegator(tok: Token, next: Token | undefined): boolean {
  if (tok.type !== 'word') return false;
  if (NEGATORS.has(tok.norm)) return !(next && NOT_NEGATING_NEXT.has(next.norm));
  return tok.norm.endsWith("n't") || (tok.norm.endsWith('nt') && CONTRACTED.has(tok.norm));
}

// Apostrophes are often dropped in tweets: "cant", "dont", "wont".
const CONTRACTED = new Set([
  'cant',
  'dont',
  'didnt',
  'wont',
  'isnt',
  'wasnt',
  'arent',
  'werent',
  'havent',
  'hasnt',
  'hadnt',
  'couldnt',
  'wouldnt',
  'shouldnt',
  'doesnt',
  'aint',
]);

/** Marks tokens inside a negation's scope, which ends at punctuation, a conjunction or after three words. */
export function markNegation(tokens: Token[]): void {
  let remaining = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.type === 'punct' || SCOPE_BREAKERS.has(tok.norm)) {
      remaining = 0;
      continue;
    }
    if (isNegator(tok, tokens[i + 1])) {
      remaining = MAX_SCOPE;
      continue;
    }
    if (remaining > 0 && (tok.type === 'word' || tok.type === 'hashtag')) {
      tok.negated = true;
      remaining--;
    }
  }
}
