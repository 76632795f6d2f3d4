// Splits an item's text into plain and highlighted segments from the classifier's evidence spans.
// Spans come from another process and may overlap, run past the text, or be malformed
// (e.g. after a redaction changed the text); none of that may break or distort the text shown.

export interface SpanLike {
  start: number;
  end: number;
  label?: string;
}

export interface TextSegment {
  text: string;
  isHighlighted: boolean;
  /** Labels of every span that covers this segment (for a tooltip); empty when plain. */
  labels: string[];
}

interface Range {
  start: number;
  end: number;
  labels: string[];
}

/** Clamps each span to the text, drops empty or non-numeric ones, and merges overlaps. */
export function normaliseSpans(spans: readonly SpanLike[], textLength: number): Range[] {
  const clamped: Range[] = [];
  for (const span of spans) {
    if (!Number.isFinite(span.start) || !Number.isFinite(span.end)) continue;
    const start = Math.max(0, Math.min(textLength, Math.floor(span.start)));
    const end = Math.max(0, Math.min(textLength, Math.ceil(span.end)));
    if (end <= start) continue;
    clamped.push({ start, end, labels: span.label ? [span.label] : [] });
  }
  clamped.sort((a, b) => a.start - b.start || a.end - b.end);

  const merged: Range[] = [];
  for (const range of clamped) {
    const last = merged[merged.length - 1];
    if (last && range.start < last.end) {
      last.end = Math.max(last.end, range.end);
      for (const label of range.labels) if (!last.labels.includes(label)) last.labels.push(label);
    } else {
      merged.push({ ...range, labels: [...range.labels] });
    }
  }
  return merged;
}

/** Every character of `text` appears exactly once, in order, across the returned segments. */
export function highlightSegments(text: string, spans: readonly SpanLike[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const range of normaliseSpans(spans, text.length)) {
    if (range.start > cursor) {
      segments.push({ text: text.slice(cursor, range.start), isHighlighted: false, labels: [] });
    }
    segments.push({ text: text.slice(range.start, range.end), isHighlighted: true, labels: range.labels });
    cursor = range.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), isHighlighted: false, labels: [] });
  return segments;
}
