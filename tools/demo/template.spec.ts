import { describe, expect, it } from '@jest/globals';
import { seededRandom } from './random.js';
import { capitalise, fill } from './template.js';

describe('fill', () => {
  it('picks one of the inline alternatives', () => {
    const seen = new Set(Array.from({ length: 50 }, (_, seed) => fill('[a|b|c]', {}, seededRandom(seed))));
    expect(seen).toEqual(new Set(['a', 'b', 'c']));
  });

  it('fills variables, also inside alternatives', () => {
    expect(fill('[on {ward}|on {ward}] now', { ward: 'ICU' }, seededRandom(1))).toBe('on ICU now');
  });

  it('names a variable that has no value', () => {
    expect(() => fill('{nope}', {}, seededRandom(1))).toThrow('template variable {nope} has no value');
  });
});

describe('capitalise', () => {
  it('raises only the first letter', () => {
    expect(capitalise('a&e was busy')).toBe('A&e was busy');
  });
});
