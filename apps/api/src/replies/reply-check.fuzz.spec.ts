// Property test: the reply checker never throws, and each warning points at the exact text it quotes.
import { describe, expect, it } from '@jest/globals';
import { REPLY_WARNING_KINDS } from '@auscult/contracts';
import fc from 'fast-check';
import { checkReply } from './reply-check.js';

const phrase = fc.constantFrom(
  'during your stay',
  'Actually',
  "that's not true",
  'Dr Patel',
  'your treatment',
  'chemotherapy',
  'please DM us',
  'we are sorry',
  'when you were admitted',
  'Sarah Jones',
  '\n',
  '  ',
  '!!',
  'é',
  '🙂',
);
const draft = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(fc.oneof(phrase, fc.string({ maxLength: 12 })), { maxLength: 12 }).map((p) => p.join(' ')),
);

describe('checkReply under generated drafts', () => {
  it('never throws; warnings are in order, in bounds, quote the draft and carry a reason (2,000 runs)', () => {
    fc.assert(
      fc.property(draft, (d) => {
        const warnings = checkReply(d);
        let last = 0;
        for (const w of warnings) {
          expect(REPLY_WARNING_KINDS).toContain(w.kind);
          expect(w.start).toBeGreaterThanOrEqual(last);
          expect(w.end).toBeLessThanOrEqual(d.length);
          expect(d.slice(w.start, w.end)).toBe(w.text);
          expect(w.reason.length).toBeGreaterThan(0);
          last = w.start;
        }
      }),
      { numRuns: 2000, seed: 6006 },
    );
  });
});
