import { describe, expect, it } from '@jest/globals';
import { extractFeatures } from './extract.js';

const DIM = 17;

describe('extractFeatures', () => {
  // Features are views into reused scratch arrays, so each result is copied before the next call.
  const indicesOf = (text: string, channel?: string): number[] =>
    Array.from(extractFeatures(text, channel, DIM).index);

  it('is deterministic', () => {
    expect(indicesOf('my dad is in pain', 'social')).toEqual(indicesOf('my dad is in pain', 'social'));
  });

  it('gives a negated word a different feature from the plain word', () => {
    const plain = new Set(extractFeatures('pain', undefined, DIM).index);
    const negated = extractFeatures('no pain', undefined, DIM);
    const painToken = 1;
    const negatedUnigram = negated.index[Array.from(negated.token).indexOf(painToken)];
    expect(plain.has(negatedUnigram)).toBe(false);
  });

  it('puts bigrams and character n-grams after the unigrams and cues the topic head reads', () => {
    const f = extractFeatures('car parking', undefined, DIM);
    expect(f.topicEnd).toBeGreaterThan(0);
    expect(f.charStart - f.topicEnd).toBe(1);
    expect(f.index.length - f.charStart).toBe(' car '.length - 3 + ' parking '.length - 3);
  });

  it('adds the channel as a feature', () => {
    expect(indicesOf('hello', 'sms')).not.toEqual(indicesOf('hello', 'review'));
  });

  it('keeps every index inside the hashed dimension', () => {
    const f = extractFeatures('Waited 6 hours in A&E 😡 #StillWaiting @CityGeneral', 'social', DIM);
    expect(Array.from(f.index).every((i) => i >= 0 && i < 1 << DIM)).toBe(true);
  });
});
