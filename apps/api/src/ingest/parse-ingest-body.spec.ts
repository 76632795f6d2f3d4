import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../errors/domain-error.js';
import { parseIngestBody } from './parse-ingest-body.js';

function problemsOf(body: unknown): unknown {
  try {
    parseIngestBody(body);
  } catch (e) {
    if (e instanceof DomainError) return e.details?.errors;
    throw e;
  }
  return [];
}

describe('parseIngestBody and NUL characters (PostgreSQL cannot store them)', () => {
  const item = { source: 'web', externalId: 'n-1', text: 'my mum is in pain' };

  it('names the text field, the raw payload path and a raw key that carry U+0000', () => {
    expect(problemsOf({ ...item, text: 'pain\u0000' })).toEqual([
      { field: 'text', reason: 'must not contain the NUL character (\\u0000)' },
    ]);
    expect(problemsOf([item, { ...item, externalId: 'n-2', raw: { a: ['ok', 'b\u0000ad'] } }])).toEqual([
      { field: '[1].raw.a[1]', reason: 'must not contain the NUL character (\\u0000)' },
    ]);
    expect(problemsOf({ ...item, raw: { 'k\u0000': 1 } })).toEqual([
      { field: 'raw.k\u0000', reason: 'the key must not contain the NUL character (\\u0000)' },
    ]);
  });

  it('accepts the same items without it', () => {
    expect(parseIngestBody({ ...item, raw: { a: ['ok'] } })).toHaveLength(1);
  });
});
