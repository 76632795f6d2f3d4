import { describe, expect, it } from '@jest/globals';
import { markSegments } from './span-segments';

describe('markSegments', () => {
  it('cuts the text around the spans, in order, keeping every character', () => {
    const segments = markSegments('call Jo on 0770', [
      { start: 11, end: 15, mark: 'PHONE' },
      { start: 5, end: 7, mark: 'NAME' },
    ]);
    expect(segments).toEqual([
      { text: 'call ', mark: null },
      { text: 'Jo', mark: 'NAME' },
      { text: ' on ', mark: null },
      { text: '0770', mark: 'PHONE' },
    ]);
  });

  it('skips spans that overlap an earlier one or run past the text', () => {
    expect(
      markSegments('abc', [
        { start: 0, end: 2, mark: 'A' },
        { start: 1, end: 3, mark: 'B' },
        { start: 2, end: 9, mark: 'C' },
      ])
        .map((s) => s.text)
        .join(''),
    ).toBe('abc');
  });
});
