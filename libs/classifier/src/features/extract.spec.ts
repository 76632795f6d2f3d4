import { describe, expect, it } from '@jest/globals';
import { extractFeatures } from './extract.js';

const DIM = 17;

describe('extractFeatures', () => {
  it('is deterministic', () => {
    const a = extractFeatures('my dad is in pain', 'social', DIM);
    const b = extractFeatures('my dad is in pain', 'social', DIM);
    expect(Array.from(a.index)).toEqual(Array.from(b.index));
  });

  it('gives a negated word a different feature from the plain word', () => {
    const plain = new Set(extractFeatures('pain', undefined, DIM).index);
    const negated = extractFeatures('no pain', undefined, DIM);
    const painToken = 1;
    const negatedUnigram = negated.index[Array.from(negated.token).indexOf(painToken)];
    expect(plain.has(negatedUnigram)).toBe(false);
  });

  it('puts character n-grams after the word-level block the topic head reads', () => {
    const f = extractFeatures('parking', undefined, DIM);
    expect(f.charStart).toBeGreaterThan(0);
    expect(f.index.length - f.charStart).toBe(' parking '.length - 3);
  });

  it('adds the channel as a feature', () => {
    const a = extractFeatures('hello', 'sms', DIM);
    const b = extractFeatures('hello', 'review', DIM);
    expect(Array.from(a.index)).not.toEqual(Array.from(b.index));
  });

  it('keeps every index inside the hashed dimension', () => {
    const f = extractFeatures('Waited 6 hours in A&E 😡 #StillWaiting @CityGeneral', 'social', DIM);
    expect(Array.from(f.index).every((i) => i >= 0 && i < 1 << DIM)).toBe(true);
  });
});
