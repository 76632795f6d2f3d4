// Cuts a text into plain and marked segments from [start, end) spans (sorted, non-overlapping).
export interface MarkedSegment {
  text: string;
  mark: string | null;
}

export function markSegments(
  text: string,
  spans: readonly { start: number; end: number; mark: string }[],
): MarkedSegment[] {
  const out: MarkedSegment[] = [];
  let cursor = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < cursor || s.end > text.length) continue;
    if (s.start > cursor) out.push({ text: text.slice(cursor, s.start), mark: null });
    out.push({ text: text.slice(s.start, s.end), mark: s.mark });
    cursor = s.end;
  }
  if (cursor < text.length) out.push({ text: text.slice(cursor), mark: null });
  return out;
}
