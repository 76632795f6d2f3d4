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

describe('parseIngestBody and lone UTF-16 surrogates (no valid text; their job id cannot be encoded)', () => {
  const item = { source: 'web', externalId: 'n-1', text: 'fine' };

  it('names the externalId, a raw value and a raw key that carry one', () => {
    expect(problemsOf({ ...item, externalId: 'x\uD800' })).toEqual([
      { field: 'externalId', reason: 'must be valid Unicode text (it contains a lone surrogate)' },
    ]);
    expect(problemsOf({ ...item, raw: { a: '\uDC00' } })).toEqual([
      { field: 'raw.a', reason: 'must be valid Unicode text (it contains a lone surrogate)' },
    ]);
    expect(problemsOf({ ...item, raw: { '\uD800': 1 } })).toEqual([
      { field: 'raw.\uD800', reason: 'the key must be valid Unicode text (it contains a lone surrogate)' },
    ]);
  });

  it('accepts a well-formed surrogate pair (an emoji)', () => {
    expect(parseIngestBody({ ...item, externalId: 'x😀', text: '😀' })).toHaveLength(1);
  });
});
