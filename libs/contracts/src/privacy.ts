/** The kinds of identifier the redactor replaces, each shown as `[TYPE]` in the redacted text. */
export const PHI_TYPES = [
  'NAME',
  'PHONE',
  'EMAIL',
  'ADDRESS',
  'DOB',
  'MRN',
  'ID_NUMBER',
  'URL',
  'HANDLE',
] as const;
export type PhiType = (typeof PHI_TYPES)[number];

/** An identifier in a text: [start, end) character offsets. */
export interface PhiSpan {
  type: PhiType;
  start: number;
  end: number;
}

/**
 * One replaced identifier: where it was in the original text and where its placeholder is in the
 * redacted text, so a viewer allowed to read both can line them up.
 */
export interface RedactionSpan {
  type: PhiType;
  original: { start: number; end: number };
  redacted: { start: number; end: number };
}

/** An item's original text and identifying fields, for roles allowed to read them; every read is audited. */
export interface ItemOriginalView {
  itemId: string;
  text: string;
  author: string | null;
  url: string | null;
  raw: unknown;
  redactedText: string;
  redactions: RedactionSpan[];
}
