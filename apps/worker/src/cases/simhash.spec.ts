import { describe, expect, it } from '@jest/globals';
import { hammingDistance, simhash, words } from './simhash.js';

const complaint =
  'My father has been waiting on a trolley in the corridor of A&E for eleven hours, nobody has brought him water or checked his pain relief since this morning.';

describe('simhash', () => {
  it('is the same for the same words whatever the case, punctuation and spacing', () => {
    expect(simhash(complaint)).toBe(simhash(complaint.toUpperCase().replace(/,/g, ' ;  ')));
  });

  it('puts a text with one word changed a few bits away', () => {
    const edited = complaint.replace('eleven', '11');
    expect(hammingDistance(simhash(complaint), simhash(edited))).toBeLessThanOrEqual(8);
  });

  it('puts unrelated texts far apart', () => {
    const other =
      'The parking machines only take coins and the car park was full, we missed our appointment in the eye clinic.';
    expect(hammingDistance(simhash(complaint), simhash(other))).toBeGreaterThan(16);
  });

  it('fingerprints short texts by single words and fits a signed 64-bit integer', () => {
    const value = BigInt(simhash('Thank you'));
    expect(value).toBeGreaterThanOrEqual(-(2n ** 63n));
    expect(value).toBeLessThan(2n ** 63n);
    expect(simhash('thank you!')).toBe(simhash('Thank you'));
  });

  it('splits words on anything but letters and digits, accents folded', () => {
    expect(words('Café—A&E, ward 4B!')).toEqual(['cafe', 'a', 'e', 'ward', '4b']);
  });

  it('counts differing bits', () => {
    expect(hammingDistance('0', '0')).toBe(0);
    expect(hammingDistance('0', '-1')).toBe(64);
    expect(hammingDistance('5', '6')).toBe(2);
  });
});
