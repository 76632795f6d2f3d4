/**
 * PHI redaction: every identifier found becomes a typed placeholder ("[NAME]", "[PHONE]" …). The spans
 * map each placeholder back to the original text, for viewers allowed to see both versions.
 */
import type { PhiSpan, RedactionSpan } from '@auscult/contracts';
import { findNameCandidates } from './redact-names.js';
import { findPatternCandidates } from './redact-patterns.js';

export interface Redaction {
  text: string;
  spans: RedactionSpan[];
}

/** Where two detections overlap, the earlier one wins, then the longer (a URL over the handle inside it). */
function resolveOverlaps(candidates: PhiSpan[]): PhiSpan[] {
  const sorted = candidates.filter((c) => c.end > c.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PhiSpan[] = [];
  for (const c of sorted) {
    const last = kept.at(-1);
    if (!last || c.start >= last.end) kept.push(c);
    else if (c.end > last.end && last.type === c.type) last.end = c.end; // one name over two tags
  }
  return kept;
}

export function findIdentifiers(text: string): PhiSpan[] {
  return resolveOverlaps([...findPatternCandidates(text), ...findNameCandidates(text)]);
}

export function redact(text: string): Redaction {
  const spans: RedactionSpan[] = [];
  let out = '';
  let cursor = 0;
  for (const found of findIdentifiers(text)) {
    out += text.slice(cursor, found.start);
    const placeholder = `[${found.type}]`;
    spans.push({
      type: found.type,
      original: { start: found.start, end: found.end },
      redacted: { start: out.length, end: out.length + placeholder.length },
    });
    out += placeholder;
    cursor = found.end;
  }
  return { text: out + text.slice(cursor), spans };
}

export function redactText(text: string): string {
  return redact(text).text;
}
