/**
 * Identifiers recognisable by their shape or by the words around them. Each detector returns the
 * character span of the identifier itself (not of its label: "MRN: [MRN]" keeps the reader oriented).
 */
import type { PhiSpan, PhiType } from '@auscult/contracts';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DATE = [
  '\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}',
  '\\d{4}-\\d{1,2}-\\d{1,2}',
  `\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?,?\\s+\\d{4}`,
  `${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
].join('|');

const STREET_TYPES =
  'Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Court|Ct|Boulevard|Blvd|Place|Pl|Crescent|Cres|Terrace|Gardens|Grove|Hill|Row|Square|Sq|Mews|Parade|Walk|Highway|Hwy|Circle|Park';
const UK_POSTCODE = '[A-Z]{1,2}\\d[A-Z\\d]?\\s?\\d[A-Z]{2}';
const US_STATE_ZIP = '[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?';

interface Rule {
  type: PhiType;
  pattern: RegExp;
  /** Which capture group is the identifier (0: the whole match). */
  group?: number;
  accept?: (value: string) => boolean;
}

const digitCount = (s: string) => s.replace(/\D/g, '').length;

/** NHS numbers carry a modulus-11 check digit: it tells an NHS number from ten random digits. */
export function isNhsNumber(value: string): boolean {
  const d = value.replace(/\D/g, '');
  if (d.length !== 10) return false;
  const sum = [...d.slice(0, 9)].reduce((acc, c, i) => acc + Number(c) * (10 - i), 0);
  const check = 11 - (sum % 11);
  return (check === 11 ? 0 : check) === Number(d[9]);
}

const RULES: Rule[] = [
  { type: 'EMAIL', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g },
  // A URL with a path or query can name a profile, a booking or a record; a bare domain cannot.
  {
    type: 'URL',
    pattern: /\b(?:https?:\/\/|www\.)[^\s<>"']+[^\s<>"'.,;:!?)\]]/gi,
    accept: (v) => /^(?:https?:\/\/)?[^/?#]+[/?#]./i.test(v),
  },
  {
    type: 'MRN',
    pattern:
      /\b(?:MRN|medical record|hospital (?:no|number)|patient (?:id|number|no)|record (?:no|number))\.?\s*(?:no\.?|number|#)?\s*[:#]?\s*([A-Z0-9][A-Z0-9-]{4,}\d)\b/gi,
    group: 1,
  },
  {
    type: 'ID_NUMBER',
    pattern:
      /\b(?:NHS|SSN|social security|national insurance|NI|insurance|member|policy)\s*(?:no\.?|number|#|id)?\s*[:#]?\s*((?:\d[\d -]{7,}\d)|[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D])\b/gi,
    group: 1,
  },
  { type: 'ID_NUMBER', pattern: /\b\d{3}-\d{2}-\d{4}\b/g },
  { type: 'ID_NUMBER', pattern: /\b\d{3} \d{3} \d{4}\b/g, accept: isNhsNumber },
  {
    type: 'DOB',
    pattern: new RegExp(
      `\\b(?:DOB|D\\.O\\.B\\.?|date of birth|born(?: on)?|birthday(?: is)?|birth date)\\s*[:,-]?\\s*(${DATE})`,
      'gi',
    ),
    group: 1,
  },
  {
    type: 'ADDRESS',
    pattern: new RegExp(
      `\\b(?:(?:Flat|Apt|Apartment|Unit)\\s+\\d+[A-Z]?,?\\s+)?\\d{1,5}[A-Z]?\\s+(?:[A-Z][a-z']+\\s+){1,3}(?:${STREET_TYPES})\\b\\.?(?:,?\\s+[A-Z][a-z]+(?:\\s+[A-Z][a-z]+)?)?(?:,?\\s+(?:${UK_POSTCODE}|${US_STATE_ZIP}))?`,
      'g',
    ),
  },
  { type: 'ADDRESS', pattern: new RegExp(`\\b${UK_POSTCODE}\\b`, 'g') },
  {
    type: 'PHONE',
    // Groups of digits, each pair joined by one separator (or a parenthesis): two numbers a double space
    // apart stay two, and no two ways to split a run of digits exist (no catastrophic backtracking).
    pattern:
      /(?<![\w@+/.-])(?:\+|00)?(?:\(\d{1,5}\)|\d{1,15})(?:(?:[ .-]|(?<=\))|(?=\())(?:\(\d{1,5}\)|\d{1,15})){0,7}(?:\s*(?:ext\.?|x)\s*\d{1,5})?(?![\w/])/g,
    accept: (v) => digitCount(v) >= 9 && digitCount(v) <= 15 && !new RegExp(`^(?:${DATE})$`, 'i').test(v),
  },
  { type: 'HANDLE', pattern: /(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?/g },
];

function acceptablePrefix(value: string, accept: (v: string) => boolean): string | undefined {
  for (let cut = value.length - 1; cut > 0; cut--) {
    if (/[ .-]/.test(value[cut]!) && accept(value.slice(0, cut))) return value.slice(0, cut);
  }
  return undefined;
}

// Match indices ('d') give each captured identifier's own offset.
for (const rule of RULES) rule.pattern = new RegExp(rule.pattern.source, `${rule.pattern.flags}d`);

export function findPatternCandidates(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  for (const rule of RULES) {
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      let value: string | undefined = m[rule.group ?? 0];
      if (value !== undefined && rule.accept && !rule.accept(value)) {
        // Two numbers one space apart read as one too long: the longest acceptable prefix is the first.
        value = acceptablePrefix(value, rule.accept);
        if (value === undefined) {
          pattern.lastIndex = m.index + 1;
          continue;
        }
        pattern.lastIndex = m.index + value.length;
      }
      if (value === undefined) continue;
      const start = m.indices?.[rule.group ?? 0]?.[0] ?? m.index;
      out.push({ type: rule.type, start, end: start + value.length });
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  return out;
}
