import { WordSlot } from './lexeme.js';
import type { Token } from './tokenize.js';

// Decides, before any model runs, whether a text is something we can classify at all.
// Bad input must never throw: every case maps to a named reason.

export type InputProblem =
  'empty' | 'binary' | 'no_words' | 'emoji_only' | 'url_only' | 'unsupported_language';

/** Longer texts are cut: the first part of a message carries the request, and cost must stay bounded. */
export const MAX_CLASSIFIED_CHARS = 4000;

// Common English function words; a real English message of a few words almost always has one.
const ENGLISH_HINTS = new Set(
  (
    'the a an and or but i my me we our us you your he she his her him they them it is are was were be been ' +
    'have has had do did does not no to of in on at for with from this that there here so very just still ' +
    "can cant can't will would been please thanks thank help nurse doctor hospital ward mum dad wait pain " +
    "staff care today now been get got im i'm its it's what when why who how all been one"
  ).split(' '),
);

// Function words of the other languages patients most often write in here (es, fr, de, pt, it, pl).
const FOREIGN_HINTS = new Set(
  (
    'el la los las del que y es muy por para con una un le les des et est pas je ne nous vous der die das und ist ' +
    'nicht ich mit sehr wir não com em uma muito il che non per sono della mi nie jest się tak ale'
  ).split(' '),
);

export function truncateForClassification(text: string): string {
  if (text.length <= MAX_CLASSIFIED_CHARS) return text;
  const clipped = text.slice(0, MAX_CLASSIFIED_CHARS);
  // Never cut inside an HTML tag: its half would be read as words ("<td cl" → "td", "cl").
  const open = clipped.lastIndexOf('<');
  return open > clipped.lastIndexOf('>') && clipped.length - open < 300 ? clipped.slice(0, open) : clipped;
}

/** Works on the tokens (HTML, entities and links are already set apart by the tokenizer). */
export function findInputProblem(text: string, tokens: readonly Token[]): InputProblem | null {
  if (text.trim().length === 0) return 'empty';
  if (looksBinary(text)) return 'binary';
  let words = 0;
  let urls = 0;
  let emoji = 0;
  for (const t of tokens) {
    if (t.type === 'word' || t.type === 'hashtag') words++;
    else if (t.type === 'url') urls++;
    else if (t.type === 'emoji') emoji++;
  }
  if (words === 0) return urls > 0 ? 'url_only' : emoji > 0 ? 'emoji_only' : 'no_words';
  if (!looksEnglish(tokens, words)) return 'unsupported_language';
  return null;
}

const LATIN = 1;
const ENGLISH = 2;
const FOREIGN = 4;
// Kept on each word's lexeme: one read per token instead of a character scan and two set probes.
const LANGUAGE = new WordSlot(
  (w): number =>
    (isPlainLatin(w) ? LATIN : 0) |
    (ENGLISH_HINTS.has(w) ? ENGLISH : 0) |
    (FOREIGN_HINTS.has(w) ? FOREIGN : 0),
);

function isPlainLatin(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39)) return false;
  }
  return true;
}

function looksBinary(text: string): boolean {
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad / sample.length > 0.1;
}

// Mixed messages ("Hola, my mum is in pain") stay in: only a text with no English signal is refused.
function looksEnglish(tokens: readonly Token[], words: number): boolean {
  let latin = 0;
  let english = 0;
  let foreign = 0;
  for (const t of tokens) {
    if (t.type !== 'word' && t.type !== 'hashtag') continue;
    const language = LANGUAGE.of(t.lex);
    if (language & LATIN) latin++;
    if (language & ENGLISH) english++;
    if (language & FOREIGN) foreign++;
  }
  if (latin / words < 0.5) return false;
  return !(foreign >= 2 && foreign > english);
}
