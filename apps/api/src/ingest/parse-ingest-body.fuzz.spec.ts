// Property test: whatever JSON arrives, the ingest parser answers with items or with field problems (a 400), never a crash (a 500).
import { describe, expect, it } from '@jest/globals';
import { CHANNELS } from '@auscult/contracts';
import fc from 'fast-check';
import { DomainError } from '../errors/domain-error.js';
import { parseIngestBody } from './parse-ingest-body.js';

const anything = fc.jsonValue({ maxDepth: 3 });
/** Valid items, then up to two fields broken, dropped, or joined by unknown and hostile keys. */
const validItem = fc.record(
  {
    source: fc.constantFrom('twitter', 'nhs-reviews', 'web_form'),
    externalId: fc.string({ minLength: 1, maxLength: 40 }),
    text: fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 50 })),
    channel: fc.constantFrom(...CHANNELS),
    author: fc.string({ maxLength: 100 }),
    postedAt: fc.date({ noInvalidDate: true, min: new Date(0) }).map((d) => d.toISOString()),
    unit: fc.constantFrom('4B', 'ICU'),
    raw: fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
  },
  { requiredKeys: ['source', 'externalId', 'text'] },
);
const fieldNames = fc.constantFrom(
  'source',
  'externalId',
  'text',
  'channel',
  'author',
  'postedAt',
  'unit',
  'url',
  'raw',
  'facility',
  '__proto__',
  'constructor',
  'prototype',
  'extra',
);
const itemish = fc
  .tuple(validItem, fc.array(fc.tuple(fieldNames, fc.option(anything)), { maxLength: 2 }))
  .map(([item, changes]) => {
    const out: Record<string, unknown> = JSON.parse(JSON.stringify(item));
    for (const [field, value] of changes) {
      if (value === null) delete out[field];
      else Object.defineProperty(out, field, { value, enumerable: true, writable: true, configurable: true });
    }
    return out;
  });
const body = fc.oneof(anything, itemish, fc.array(fc.oneof(itemish, anything), { maxLength: 5 }));

describe('parseIngestBody under generated bodies', () => {
  it('returns valid items or throws a validation error naming fields, never anything else (3,000 runs)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(body, (b) => {
        try {
          const items = parseIngestBody(b);
          accepted++;
          for (const i of items) {
            expect([typeof i.source, typeof i.externalId, typeof i.text]).toEqual([
              'string',
              'string',
              'string',
            ]);
          }
        } catch (e) {
          expect(e).toBeInstanceOf(DomainError);
          const err = e as DomainError;
          expect(err.code).toBe('validation');
          expect(err.details.errors?.length).toBeGreaterThan(0);
          for (const p of err.details.errors ?? [])
            expect([typeof p.field, typeof p.reason]).toEqual(['string', 'string']);
        }
      }),
      { numRuns: 3000, seed: 6006 },
    );
    // The generator must also reach the accepting path, or the property says little.
    expect(accepted).toBeGreaterThan(50);
  });
});
