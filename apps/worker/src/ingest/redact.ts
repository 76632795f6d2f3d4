/**
 * First-pass PHI redaction for the executive view: identifiers that are recognisable by shape.
 * Typed placeholders keep the text readable ("[PHONE]"); names and addresses need the NER-style
 * redaction of the security issue and are not caught here.
 */
const PATTERNS: [RegExp, string][] = [
  [/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[EMAIL]'],
  [/\b(?:MRN|NHS|medical record)\s*(?:no\.?|number|#)?\s*:?\s*[A-Z0-9-]{5,}\b/gi, '[MRN]'],
  [/\b(?:DOB|date of birth|born(?: on)?)\s*:?\s*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/gi, '[DOB]'],
  [/(?<![\w@])(?:\+?\d[\d ().-]{7,}\d)(?!\w)/g, '[PHONE]'],
  [/(?<![\w@])@[A-Za-z0-9_]{2,30}\b/g, '[HANDLE]'],
];

export function redactText(text: string): string {
  return PATTERNS.reduce((out, [pattern, placeholder]) => out.replace(pattern, placeholder), text);
}
