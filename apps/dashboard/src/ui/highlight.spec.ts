import { describe, expect, it } from '@jest/globals';
import { highlightSegments, normaliseSpans } from './highlight';

const text = 'in pain for 3 hours and nobody answers the call bell';
const joined = (segments: { text: string }[]) => segments.map((s) => s.text).join('');
const marked = (segments: { text: string; isHighlighted: boolean }[]) =>
  segments.filter((s) => s.isHighlighted).map((s) => s.text);

describe('highlightSegments', () => {
  it('returns the whole text as one plain segment when there are no spans', () => {
    expect(highlightSegments(text, [])).toEqual([{ text, isHighlighted: false, labels: [] }]);
  });

  it('marks exactly the [start, end) characters of a span', () => {
    expect(marked(highlightSegments(text, [{ start: 3, end: 7 }]))).toEqual(['pain']);
  });

  it('keeps every character of the text in order', () => {
    const segments = highlightSegments(text, [
      { start: 3, end: 7 },
      { start: 43, end: 52 },
    ]);
    expect(joined(segments)).toBe(text);
    expect(marked(segments)).toEqual(['pain', 'call bell']);
  });

  it('merges overlapping spans into one highlight carrying both labels', () => {
    const segments = highlightSegments(text, [
      { start: 3, end: 11, label: 'topic:pain' },
      { start: 0, end: 7, label: 'care_need' },
    ]);
    expect(marked(segments)).toEqual(['in pain for']);
    expect(segments[0].labels).toEqual(['care_need', 'topic:pain']);
    expect(joined(segments)).toBe(text);
  });

  it('merges a span contained in another without duplicating text', () => {
    const segments = highlightSegments(text, [
      { start: 0, end: 19 },
      { start: 3, end: 7 },
    ]);
    expect(marked(segments)).toEqual(['in pain for 3 hours']);
  });

  it('clamps spans that run past either end of the text', () => {
    const segments = highlightSegments('short', [
      { start: -4, end: 2 },
      { start: 3, end: 99 },
    ]);
    expect(marked(segments)).toEqual(['sh', 'rt']);
    expect(joined(segments)).toBe('short');
  });

  it('ignores empty, inverted, wholly out-of-range and non-numeric spans', () => {
    const segments = highlightSegments('short', [
      { start: 2, end: 2 },
      { start: 4, end: 1 },
      { start: 10, end: 20 },
      { start: Number.NaN, end: 3 },
    ]);
    expect(segments).toEqual([{ text: 'short', isHighlighted: false, labels: [] }]);
  });

  it('returns no segments for empty text', () => {
    expect(highlightSegments('', [{ start: 0, end: 3 }])).toEqual([]);
  });
});

describe('normaliseSpans', () => {
  it('keeps touching spans apart, since they are separate phrases', () => {
    expect(
      normaliseSpans(
        [
          { start: 0, end: 2 },
          { start: 2, end: 4 },
        ],
        10,
      ),
    ).toHaveLength(2);
  });
});
