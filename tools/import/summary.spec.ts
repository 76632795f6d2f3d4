import { describe, expect, it } from '@jest/globals';
import { RejectionTally } from './summary.js';

describe('RejectionTally', () => {
  it('groups the same reason across rows and keeps where it first happened', () => {
    const tally = new RejectionTally();
    tally.add("row 3 (line 4): field 'text' (column 'Q12'): required, a non-empty string");
    tally.add("row 9 (line 12): field 'text' (column 'Q12'): required, a non-empty string");
    tally.add('line 7: not valid JSON');
    expect(tally.list()).toEqual([
      {
        reason: "field 'text' (column 'Q12'): required, a non-empty string",
        count: 2,
        first: 'row 3 (line 4)',
      },
      { reason: 'not valid JSON', count: 1, first: 'line 7' },
    ]);
  });

  it('folds reasons past the fiftieth distinct one into one group', () => {
    const tally = new RejectionTally();
    for (let i = 0; i < 60; i++) tally.add(`line ${i + 1}: reason ${i}`);
    const groups = tally.list();
    expect(groups).toHaveLength(51);
    expect(groups[50]).toEqual({ reason: 'other reasons', count: 10, first: 'line 51' });
  });
});
