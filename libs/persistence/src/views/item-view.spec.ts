import { describe, expect, it } from '@jest/globals';
import type { EvidenceSpan, RedactionSpan } from '@auscult/contracts';
import { phrasesInRedactedText } from './item-view.js';

const original = 'Call Priya Sharma on 07700 900123, dad is in pain';
const redacted = 'Call [NAME] on [PHONE], dad is in pain';
const spans: RedactionSpan[] = [
  { type: 'NAME', original: { start: 5, end: 17 }, redacted: { start: 5, end: 11 } },
  { type: 'PHONE', original: { start: 21, end: 33 }, redacted: { start: 15, end: 22 } },
];
const phrase = (text: string, from: string): EvidenceSpan => {
  const start = from.indexOf(text);
  return { start, end: start + text.length, text, label: 'topic:pain', weight: 1 };
};

describe('phrasesInRedactedText', () => {
  it('moves a phrase after identifiers to the same words in the redacted text', () => {
    const [moved] = phrasesInRedactedText([phrase('in pain', original)], spans);
    expect(redacted.slice(moved!.start, moved!.end)).toBe('in pain');
  });

  it('drops a phrase that touches an identifier, since its quote would carry it', () => {
    expect(phrasesInRedactedText([phrase('Sharma on', original), phrase('Call', original)], spans)).toEqual([
      phrase('Call', original),
    ]);
  });
});
