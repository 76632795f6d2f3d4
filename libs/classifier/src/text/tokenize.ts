// Splits raw text into tokens that remember where they came from, so every explanation can point at
// the exact characters of the original (not a normalised copy). A hand-written scanner: this runs on
// every item in the worker, and a regex tokenizer was most of the cost.
import { FOLD_HASH_SEED, foldAt, foldHashStep, internWord } from './intern.js';
import { lexemeOf, type Lexeme } from './lexeme.js';
import { normaliseWord } from './normalise.js';

export type TokenType = 'word' | 'num' | 'emoji' | 'url' | 'handle' | 'hashtag' | 'punct';

export interface Token {
  /** Normalised form: lower case, straight apostrophes, elongations squeezed ("soooo" → "soo"). */
  norm: string;
  /** The shared record of `norm` (per-word caches). */
  lex: Lexeme;
  type: TokenType;
  start: number;
  end: number;
  /** Set by the negation pass when a negator governs this token ("no pain" → pain). */
  negated: boolean;
  /** The safety key word this token is probably a typo of ("seizurre" → "seizure"), if any. */
  meant?: string;
}

// Punctuation lexemes by char code, so a punctuation token costs no string and no map probe.
const PUNCT_LEXEME: (Lexeme | undefined)[] = new Array<Lexeme | undefined>(128).fill(undefined);
for (const p of ['.', '!', '?', ';', ',', ':', '(', ')']) PUNCT_LEXEME[p.charCodeAt(0)] = lexemeOf(p);
const FULL_STOP = lexemeOf('.');
const isPunct = (c: number): boolean => c < 128 && PUNCT_LEXEME[c] !== undefined;
const NUMBER_UNITS = new Set(['am', 'pm', 'h', 'hr', 'hrs', 'min', 'mins', 'yo', 'yrs']);
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const LETTER = /\p{L}|\p{M}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c <= 32) {
      if (c === 10) tokens.push(make('punct', FULL_STOP, i, i + 1));
      i++;
    } else if (isLetterAt(text, i, c)) i = scanWord(text, i, tokens);
    else if (c >= 48 && c <= 57) i = scanNumber(text, i, tokens);
    else if (c === 64 /* @ */ && isWordChar(text.charCodeAt(i + 1)))
      i = scanWhile(text, i + 1, isHandleChar, (end) => tokens.push(make('handle', '@USER', i, end)));
    else if (c === 35 /* # */ && isLetterOrDigit(text, i + 1)) i = scanHashtag(text, i, tokens);
    else if (c === 60 /* < */ && isTagStart(text.charCodeAt(i + 1))) i = skipTag(text, i);
    else if (c === 38 /* & */) i = skipEntity(text, i);
    else if (isPunct(c)) tokens.push(make('punct', PUNCT_LEXEME[c] ?? FULL_STOP, i, ++i));
    else if (c >= 0x2190) i = scanSymbol(text, i, tokens);
    else i++;
  }
  return tokens;
}

function make(type: TokenType, norm: string | Lexeme, start: number, end: number): Token {
  const lex = typeof norm === 'string' ? lexemeOf(norm) : norm;
  // Every field present from the start: a property added later would give tokens two hidden classes
  // and make every token read on the hot path polymorphic.
  return { norm: lex.norm, lex, type, start, end, negated: false, meant: undefined };
}

function scanWord(text: string, start: number, tokens: Token[]): number {
  // The intern hash is computed during the scan, so the word's characters are read once here.
  let i = start + 1;
  let folded = foldAt(text, start);
  let hash = folded < 0 ? -1 : foldHashStep(FOLD_HASH_SEED, folded);
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (!(isLetterAt(text, i, c) || (c >= 48 && c <= 57) || c === 39 || c === 0x2019)) break;
    folded = foldAt(text, i);
    if (hash !== -1) hash = folded < 0 ? -1 : foldHashStep(hash, folded);
    i++;
  }
  if (
    (text.startsWith('://', i) || (text[i] === '.' && i - start === 3)) &&
    /^(?:https?|www)$/i.test(text.slice(start, i))
  )
    return scanUrl(text, start, tokens);
  tokens.push(make('word', internWord(text, start, i, hash), start, i));
  return i;
}

function scanUrl(text: string, start: number, tokens: Token[]): number {
  let i = start;
  while (i < text.length && text.charCodeAt(i) > 32) i++;
  tokens.push(make('url', 'URL', start, i));
  return i;
}

// Numbers matter as durations ("6 hours", "3hrs"), not as values: keep their shape only.
function scanNumber(text: string, start: number, tokens: Token[]): number {
  let i = start;
  while (
    i < text.length &&
    ((text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) ||
      ('.,:'.includes(text[i]) && isDigit(text.charCodeAt(i + 1))))
  )
    i++;
  let j = i;
  while (j < text.length && isAsciiLetter(text.charCodeAt(j))) j++;
  const unit = text.slice(i, j).toLowerCase();
  if (unit && NUMBER_UNITS.has(unit)) {
    tokens.push(make('num', `<num>${unit}`, start, j));
    return j;
  }
  tokens.push(make('num', '<num>', start, i));
  return i;
}

// #StillWaiting carries words; split camel case so the model sees "still" and "waiting".
function scanHashtag(text: string, start: number, tokens: Token[]): number {
  let end = start + 1;
  while (
    end < text.length &&
    (isLetterAt(text, end, text.charCodeAt(end)) || isWordChar(text.charCodeAt(end)))
  )
    end++;
  const body = text.slice(start + 1, end);
  const parts = body.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+|[^\sA-Za-z0-9_]+/g) ?? [body];
  for (const part of parts.length > 1 ? parts : [body])
    tokens.push(make('hashtag', normaliseWord(part), start, end));
  return end;
}

function scanSymbol(text: string, start: number, tokens: Token[]): number {
  const cp = text.codePointAt(start) ?? 0;
  const width = cp > 0xffff ? 2 : 1;
  const ch = text.slice(start, start + width);
  if (PICTOGRAPHIC.test(ch)) tokens.push(make('emoji', ch, start, start + width));
  return start + width;
}

function scanWhile(
  text: string,
  from: number,
  ok: (c: number) => boolean,
  done: (end: number) => void,
): number {
  let i = from;
  while (i < text.length && ok(text.charCodeAt(i))) i++;
  done(i);
  return i;
}

function skipTag(text: string, start: number): number {
  const close = text.indexOf('>', start);
  return close > 0 && close - start < 300 ? close + 1 : start + 1;
}

function skipEntity(text: string, start: number): number {
  const m = /^&(?:[a-zA-Z]{2,8}|#\d{1,6});/.exec(text.slice(start, start + 10));
  return m ? start + m[0].length : start + 1;
}

function isLetterAt(text: string, i: number, c: number): boolean {
  if (isAsciiLetter(c)) return true;
  if (c < 0xc0 || c === 0xd7 || c === 0xf7 || (c >= 0x2000 && c < 0x3000) || (c >= 0xd800 && c <= 0xdfff))
    return false;
  return LETTER.test(text[i]);
}

function isLetterOrDigit(text: string, i: number): boolean {
  return i < text.length && (isLetterAt(text, i, text.charCodeAt(i)) || isDigit(text.charCodeAt(i)));
}

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isWordChar = (c: number): boolean => isAsciiLetter(c) || isDigit(c) || c === 95;
const isHandleChar = isWordChar;
const isTagStart = (c: number): boolean => isAsciiLetter(c) || c === 47;
