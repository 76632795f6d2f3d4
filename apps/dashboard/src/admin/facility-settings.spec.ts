import { describe, expect, it } from '@jest/globals';
import { parseCap } from './facility-settings';

describe('parseCap', () => {
  it('takes a whole number within the API bounds', () => {
    expect([parseCap(' 12 '), parseCap('1'), parseCap('1000')]).toEqual([
      { cap: 12 },
      { cap: 1 },
      { cap: 1000 },
    ]);
  });

  it('refuses blanks, fractions, signs and numbers out of range, saying why', () => {
    for (const text of ['', '2.5', '-3', 'ten'])
      expect(parseCap(text)).toEqual({ error: 'Enter a whole number of open items.' });
    expect([parseCap('0'), parseCap('1001')]).toEqual([
      { error: 'Between 1 and 1000 open items.' },
      { error: 'Between 1 and 1000 open items.' },
    ]);
  });
});
