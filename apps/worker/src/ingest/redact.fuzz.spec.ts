// Property tests: the redactor never throws on any text, its spans are a faithful map, and no generated identifier survives.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { redact } from './redact.js';

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const word = fc.stringMatching(/^[a-z]{2,10}$/);

/** Identifiers of shapes the redactor claims to catch, each in several real-world formats. */
const identifier = fc.oneof(
  fc
    .tuple(word, word, fc.constantFrom('gmail.com', 'nhs.net', 'example.co.uk'))
    .map(([a, b, d]) => `${a}.${b}@${d}`),
  fc.tuple(digits(3), digits(6)).map(([a, b]) => `07${a} ${b}`),
  fc.tuple(digits(4), digits(6)).map(([a, b]) => `+44 ${a} ${b}`),
  fc.tuple(fc.integer({ min: 200, max: 999 }), digits(3), digits(4)).map(([a, b, c]) => `(${a}) ${b}-${c}`),
  fc.tuple(fc.integer({ min: 100, max: 899 }), digits(2), digits(4)).map(([a, b, c]) => `${a}-${b}-${c}`),
  fc.tuple(word, digits(9)).map(([w, d]) => `https://twitter.com/${w}/status/${d}`),
  fc.tuple(word, digits(3)).map(([w, d]) => `@${w}_${d}`),
);
const filler = fc.constantFrom(
  'please call',
  'my details are',
  'waited hours on ward 4B,',
  'reply to',
  'thank you',
  'see',
  '',
  'or',
  '— from',
);
const sentence = fc.array(fc.tuple(filler, identifier), { minLength: 1, maxLength: 3 }).map((parts) => ({
  text: parts.map(([f, id]) => `${f} ${id}`).join(' ') + '.',
  ids: parts.map(([, id]) => id),
}));

function checkSpans(text: string) {
  const r = redact(text);
  let lastOriginal = 0;
  let lastRedacted = 0;
  let rebuilt = '';
  let cursor = 0;
  for (const s of r.spans) {
    expect(s.original.start).toBeGreaterThanOrEqual(lastOriginal);
    expect(s.original.end).toBeGreaterThan(s.original.start);
    expect(s.original.end).toBeLessThanOrEqual(text.length);
    expect(s.redacted.start).toBeGreaterThanOrEqual(lastRedacted);
    expect(r.text.slice(s.redacted.start, s.redacted.end)).toBe(`[${s.type}]`);
    rebuilt += r.text.slice(cursor, s.redacted.start) + text.slice(s.original.start, s.original.end);
    cursor = s.redacted.end;
    lastOriginal = s.original.end;
    lastRedacted = s.redacted.end;
  }
  // Putting the originals back where the placeholders stand gives the original text exactly.
  expect(rebuilt + r.text.slice(cursor)).toBe(text);
  return r;
}

describe('redact under generated input', () => {
  it('never throws and keeps valid, ordered spans on any text (2,000 runs)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 80 })),
        (text) => {
          checkSpans(text);
        },
      ),
      { numRuns: 2000, seed: 6006 },
    );
  });

  it('lets no generated email, phone, SSN, URL or handle survive (1,500 runs)', () => {
    fc.assert(
      fc.property(sentence, ({ text, ids }) => {
        const r = checkSpans(text);
        for (const id of ids) expect(r.text).not.toContain(id);
      }),
      { numRuns: 1500, seed: 6006 },
    );
  });
});
