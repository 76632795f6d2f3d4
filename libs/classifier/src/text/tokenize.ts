// Splits raw text into tokens that remember where they came from, so every explanation
// can point at the exact characters of the original (not a normalised copy).

export type TokenType = 'word' | 'num' | 'emoji' | 'url' | 'handle' | 'hashtag' | 'punct';

export interface Token {
  /** Normalised form: lower case, straight apostrophes, elongations squeezed ("soooo" → "soo"). */
  norm: string;
  type: TokenType;
  start: number;
  end: number;
  /** Set by the negation pass when a negator governs this token ("no pain" → pain). */
  negated: boolean;
}

// One scanner for everything we care about; HTML tags and entities are matched so they can be skipped.
const SCANNER =
  /(<\/?[a-zA-Z][^>]{0,300}>)|(&[a-zA-Z]{2,8};|&#\d{1,6};)|(https?:\/\/\S+|www\.\S+)|(@[A-Za-z0-9_]{1,30})|(#[\p{L}\p{N}_]+)|(\p{N}+(?:[.,:]\p{N}+)*(?:am|pm|h|hrs|mins?)?)|([\p{L}\p{M}][\p{L}\p{M}\p{N}'’]*)|(\p{Extended_Pictographic})|([.!?;,:()]|\n)/gu;

export function normaliseWord(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/'+$/, '')
    .replace(/(\p{L})\1{2,}/gu, '$1$1');
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  SCANNER.lastIndex = 0;
  for (let m = SCANNER.exec(text); m !== null; m = SCANNER.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[1] !== undefined || m[2] !== undefined) continue;
    if (m[3] !== undefined) tokens.push(make('url', 'URL', start, end));
    else if (m[4] !== undefined) tokens.push(make('handle', '@USER', start, end));
    else if (m[5] !== undefined) pushHashtag(tokens, m[5], start, end);
    else if (m[6] !== undefined) tokens.push(make('num', normaliseNumber(m[6]), start, end));
    else if (m[7] !== undefined) tokens.push(make('word', normaliseWord(m[7]), start, end));
    else if (m[8] !== undefined) tokens.push(make('emoji', m[8], start, end));
    else tokens.push(make('punct', m[9] === '\n' ? '.' : m[9], start, end));
  }
  return tokens;
}

function make(type: TokenType, norm: string, start: number, end: number): Token {
  return { norm, type, start, end, negated: false };
}

// Numbers matter as durations ("6 hours"), not as values: keep their shape only.
function normaliseNumber(raw: string): string {
  const unit = /[a-z]+$/i.exec(raw)?.[0]?.toLowerCase() ?? '';
  return unit ? `<num>${unit}` : '<num>';
}

// #StillWaiting carries words; split camel case so the model sees "still" and "waiting".
function pushHashtag(tokens: Token[], tag: string, start: number, end: number): void {
  const body = tag.slice(1);
  const parts = body.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\p{N}+|[\p{L}]+/gu) ?? [body];
  if (parts.length <= 1) {
    tokens.push(make('hashtag', normaliseWord(body), start, end));
    return;
  }
  for (const part of parts) tokens.push(make('hashtag', normaliseWord(part), start, end));
}
