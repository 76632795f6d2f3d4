import { WordSlot } from './lexeme.js';
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
  const role = ROLE.of(tok.lex);
  if (role & NEGATOR) return !(next && ROLE.of(next.lex) & NOT_NEGATING);
  return (role & CONTRACTED_NEGATOR) !== 0;
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

// What each word can do to a negation scope, as bits kept on its lexeme (one read per token).
const NEGATOR = 1;
const NOT_NEGATING = 2;
const SCOPE_BREAKER = 4;
const CONTRACTED_NEGATOR = 8;
const ROLE = new WordSlot(
  (w): number =>
    (NEGATORS.has(w) ? NEGATOR : 0) |
    (NOT_NEGATING_NEXT.has(w) ? NOT_NEGATING : 0) |
    (SCOPE_BREAKERS.has(w) ? SCOPE_BREAKER : 0) |
    (w.endsWith("n't") || (w.endsWith('nt') && CONTRACTED.has(w)) ? CONTRACTED_NEGATOR : 0),
);

/** Marks tokens inside a negation's scope, which ends at punctuation, a conjunction or after three words. */
export function markNegation(tokens: Token[]): void {
  let remaining = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.type === 'punct' || ROLE.of(tok.lex) & SCOPE_BREAKER) {
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
