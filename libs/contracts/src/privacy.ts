import type { ItemKind } from './domain.js';

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

/** Why a public reply could harm: it confirms a patient relationship, names someone, discloses health details, or argues. */
export const REPLY_WARNING_KINDS = ['confirms_patient', 'names_person', 'mentions_health', 'argues'] as const;
export type ReplyWarningKind = (typeof REPLY_WARNING_KINDS)[number];

export interface ReplyWarning {
  kind: ReplyWarningKind;
  /** [start, end) in the draft. */
  start: number;
  end: number;
  text: string;
  reason: string;
}

/** The hospital's approved public wording for replies to items of one kind: it moves the conversation to a private channel. */
export interface ReplyTemplate {
  kind: ItemKind;
  text: string;
  updatedAt: string;
  updatedBy: string | null;
}

export interface ReplyCheckResult {
  itemId: string;
  warnings: ReplyWarning[];
  /** True when nothing was found: the draft may be copied out as written. */
  isSafe: boolean;
  suggestion: ReplyTemplate;
}
