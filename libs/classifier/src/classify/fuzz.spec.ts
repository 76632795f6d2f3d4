import { describe, expect, it } from '@jest/globals';
import { ITEM_KINDS, TOPICS, URGENCIES } from '@auscult/contracts';
import { classify } from '../index.js';

// Seeded random strings from pieces real input is made of, plus the awkward ones (lone surrogates, control bytes).
const PIECES = [
  'my dad',
  ' is in pain',
  ' no one came',
  '!!',
  ' 😡',
  '🙏🏽',
  '<b>',
  '</p>',
  '&amp;',
  ' https://t.co/x',
  ' @NHS',
  ' #StillWaiting',
  '\u0000',
  '\uD83D',
  '\uDE00',
  '\n',
  ' café',
  ' добрый',
  ' 病院',
  " can't breathe",
  ' not',
  ' fell',
  ' chest pain',
  '   ',
  '’',
  '🏳️‍🌈',
];

function randomText(seed: number): string {
  let s = seed;
  const next = (): number => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
  let text = '';
  const n = Math.floor(next() * 30);
  for (let i = 0; i < n; i++) text += PIECES[Math.floor(next() * PIECES.length)];
  return text;
}

describe('classify on random input', () => {
  it('always answers with a valid result whose spans index the original text', () => {
    for (let seed = 1; seed <= 400; seed++) {
      const text = randomText(seed);
      const r = classify({ text, channel: seed % 2 ? 'social' : undefined });
      expect(ITEM_KINDS).toContain(r.kind);
      expect(URGENCIES).toContain(r.urgency);
      expect(r.topics.every((t) => (TOPICS as readonly string[]).includes(t))).toBe(true);
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      for (const p of r.explanation.phrases) expect(text.slice(p.start, p.end)).toBe(p.text);
      if (r.urgency === 'critical') expect(r.kind).toBe('care_need');
    }
  });
});
