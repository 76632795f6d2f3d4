import { describe, expect, it } from '@jest/globals';
import { parseUnits } from './users-route';

describe('parseUnits', () => {
  it('reads a comma- or space-separated list of unit codes, upper-cased, without repeats', () => {
    expect(parseUnits(' 4b, icu  ICU,')).toEqual(['4B', 'ICU']);
  });

  it('gives no units for an empty field', () => {
    expect(parseUnits('  ')).toEqual([]);
  });
});
