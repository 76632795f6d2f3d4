/**
 * People's names: compromise's person recogniser, plus the contexts in which patients write names
 * that a general-purpose tagger misses ("my dad john", "nurse Kelly", "Dr. Patel", "signed, Ama").
 */
import nlp from 'compromise';
import type { PhiSpan } from '@auscult/contracts';

const TITLES = ['Dr', 'Doctor', 'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Prof', 'Professor', 'Sister', 'Matron'];
const ROLES = [
  'nurse',
  'doctor',
  'dr',
  'sister',
  'matron',
  'midwife',
  'porter',
  'consultant',
  'surgeon',
  'physio',
  'physiotherapist',
  'receptionist',
  'paramedic',
  'carer',
  'registrar',
  'HCA',
  'healthcare assistant',
];
const RELATIVES = [
  'dad',
  'father',
  'mum',
  'mom',
  'mother',
  'husband',
  'wife',
  'son',
  'daughter',
  'brother',
  'sister',
  'partner',
  'grandma',
  'grandmother',
  'gran',
  'nan',
  'grandad',
  'granddad',
  'grandfather',
  'grandson',
  'granddaughter',
  'aunt',
  'auntie',
  'uncle',
  'cousin',
  'friend',
  'neighbour',
  'neighbor',
  'baby',
  'boy',
  'girl',
  'fiancé',
  'fiance',
  'fiancée',
];
/** Words that introduce a name: "called Ama", "Thanks, Tom", "Patient: Kwame Osei", "spoke to Eilidh". */
const INTRODUCERS = [
  'named',
  'called',
  'name is',
  'name was',
  "name's",
  "I'm",
  'I am',
  'this is',
  'signed',
  'regards',
  'thanks',
  'thank you',
  'cheers',
  'love',
  'patient',
  'spoke to',
  'speak to',
  'speaking to',
  'ask for',
  'asked for',
  'contact',
  'with',
];
/** A word either capitalised or not: "Nurse" and "nurse" alike, without an inline (?i) flag. */
const anyCase = (w: string) => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1)}`;
const alt = (words: string[]) => words.map(anyCase).join('|');

const CAP_NAME = "[A-Z][a-zà-ÿ'’-]+(?:[ -][A-Z][a-zà-ÿ'’-]+)?";
/** After a relative, a lower-case word is a name only if compromise knows it as a first name. */
const ANY_WORD = "[A-Za-zà-ÿ'’-]+(?: [A-Z][a-zà-ÿ'’-]+)?";

const CONTEXTS: { pattern: RegExp; checkFirstName: boolean }[] = [
  { pattern: new RegExp(`\\b(?:${TITLES.join('|')})\\.?\\s+(${CAP_NAME})`, 'gd'), checkFirstName: false },
  { pattern: new RegExp(`\\b(?:${alt(ROLES)})\\s+(${CAP_NAME})`, 'gd'), checkFirstName: false },
  {
    pattern: new RegExp(
      `\\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:${alt(RELATIVES)}),?\\s+\\(?(${ANY_WORD})`,
      'gd',
    ),
    checkFirstName: true,
  },
  {
    pattern: new RegExp(`\\b(?:${alt(INTRODUCERS)}),?:?\\s+(${CAP_NAME})`, 'gd'),
    checkFirstName: false,
  },
  // A closing signature: "… no answer. Ama Mensah", "… thank you.\n- Tom".
  { pattern: new RegExp(`(?:^|[.!?\\n])\\s*[-–—]?\\s*(${CAP_NAME})\\s*$`, 'gd'), checkFirstName: false },
];

/** Words that follow the contexts above but are not names. */
const NOT_NAMES = new Set(
  [
    'the',
    'a',
    'an',
    'and',
    'on',
    'in',
    'at',
    'was',
    'is',
    'has',
    'had',
    'who',
    'said',
    'told',
    'ward',
    'team',
    'staff',
    'hospital',
    'station',
    'today',
    'yesterday',
    'tonight',
    'here',
    'there',
    'not',
    'very',
    'so',
    'really',
    'still',
    'just',
    'waiting',
    'sorry',
    'happy',
    'fine',
    'okay',
    'ok',
    'again',
    'everyone',
    'all',
    'you',
    'we',
    'they',
    'he',
    'she',
    'it',
    'i',
  ].map((w) => w.toLowerCase()),
);

function isKnownFirstName(word: string): boolean {
  return nlp(word).has('#FirstName');
}

function contextNames(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  for (const { pattern, checkFirstName } of CONTEXTS) {
    for (const m of text.matchAll(pattern)) {
      let value = m[1]!;
      const start = m.indices![1]![0];
      const words = value.split(' ');
      if (NOT_NAMES.has(words[0]!.toLowerCase())) continue;
      if (checkFirstName && words[0] === words[0]!.toLowerCase() && !isKnownFirstName(words[0]!)) continue;
      // A second lower-case word is the sentence going on, not a surname.
      if (
        words.length > 1 &&
        (words[1] === words[1]!.toLowerCase() || NOT_NAMES.has(words[1]!.toLowerCase()))
      ) {
        value = words[0]!;
      }
      out.push({ type: 'NAME', start, end: start + value.length });
    }
  }
  return out;
}

const TITLE_PREFIX = new RegExp(`^(?:${TITLES.join('|')})\\.?\\s+`);

/** compromise's people, trimmed of punctuation and titles; "St Mary's" and the like are places, not people. */
/**
 * compromise's tagger costs about a millisecond a word on a busy core, and names are capitalised words:
 * it reads only windows of text around capitalised words (a few words of context each side, merged
 * where they touch), and offsets are shifted back. Lower-case names are the context rules' job.
 */
const CONTEXT_CHARS = 40;
const CAPITALISED = /\p{Lu}[\p{Ll}'’-]+/gu;

function windows(text: string): { at: number; text: string }[] {
  const out: { at: number; end: number }[] = [];
  for (const m of text.matchAll(CAPITALISED)) {
    let at = Math.max(0, m.index - CONTEXT_CHARS);
    let end = Math.min(text.length, m.index + m[0].length + CONTEXT_CHARS);
    while (at > 0 && /\S/.test(text[at - 1]!)) at--; // whole words only
    while (end < text.length && /\S/.test(text[end]!)) end++;
    const last = out.at(-1);
    if (last && at <= last.end) last.end = Math.max(last.end, end);
    else out.push({ at, end });
  }
  return out.map((w) => ({ at: w.at, text: text.slice(w.at, w.end) }));
}

function peopleIn(text: string): { start: number; length: number }[] {
  return windows(text).flatMap((w) =>
    (nlp(w.text).people().json({ offset: true }) as { offset: { start: number; length: number } }[]).map(
      (p) => ({
        start: w.at + p.offset.start,
        length: p.offset.length,
      }),
    ),
  );
}

function taggedNames(text: string): PhiSpan[] {
  const people = peopleIn(text).map((offset) => ({ offset }));
  const out: PhiSpan[] = [];
  for (const p of people) {
    let start = p.offset.start;
    let value = text.slice(start, start + p.offset.length);
    const title = TITLE_PREFIX.exec(value);
    if (title) {
      start += title[0].length;
      value = value.slice(title[0].length);
    }
    value = value.replace(/[^\p{L}]+$/u, '').replace(/['’]s$/, '');
    if (value.length < 2 || NOT_NAMES.has(value.toLowerCase())) continue;
    if (/\b(?:St|Saint)\.?\s+$/.test(text.slice(Math.max(0, start - 7), start))) continue;
    out.push({ type: 'NAME', start, end: start + value.length });
  }
  return out;
}

export function findNameCandidates(text: string): PhiSpan[] {
  return [...contextNames(text), ...taggedNames(text)];
}
