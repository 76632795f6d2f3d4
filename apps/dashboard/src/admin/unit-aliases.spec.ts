import { describe, expect, it } from '@jest/globals';
import { parseAliases } from './unit-aliases';

describe('parseAliases', () => {
  it('splits on commas, tidies spaces, and drops blanks and repeats ignoring case', () => {
    expect(parseAliases(' ward 4b,  4B   ward ,, Ward 4B, medical ward ')).toEqual([
      'ward 4b',
      '4B ward',
      'medical ward',
    ]);
  });

  it('gives no aliases for an empty field', () => {
    expect(parseAliases('  ')).toEqual([]);
  });
});
