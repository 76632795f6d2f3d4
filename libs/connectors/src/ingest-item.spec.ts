import { describe, expect, it } from '@jest/globals';
import { toIngestItem } from './ingest-item.js';

const valid = { source: 'x', externalId: '1', text: 'call bell unanswered' };

describe('toIngestItem', () => {
  it('accepts the minimal item', () => {
    expect(toIngestItem(valid)).toEqual({ ok: true, item: valid });
  });

  it('takes source and channel from the defaults when the record has none', () => {
    const result = toIngestItem({ externalId: '1', text: 'hi' }, { source: 'survey', channel: 'survey' });
    expect(result).toEqual({
      ok: true,
      item: { source: 'survey', channel: 'survey', externalId: '1', text: 'hi' },
    });
  });

  it('turns an integer externalId into a string', () => {
    expect(toIngestItem({ ...valid, externalId: 42 })).toMatchObject({
      ok: true,
      item: { externalId: '42' },
    });
  });

  it('names the field and the reason of the first problem', () => {
    expect(toIngestItem({ ...valid, text: ' ' })).toEqual({
      ok: false,
      field: 'text',
      reason: 'required, a non-empty string',
    });
  });

  it('rejects a source with characters the ingest API refuses', () => {
    expect(toIngestItem({ ...valid, source: 'my source' })).toMatchObject({ ok: false, field: 'source' });
  });

  it('rejects a field the ingest API does not know', () => {
    expect(toIngestItem({ ...valid, likes: 3 })).toMatchObject({
      ok: false,
      field: 'likes',
      reason: 'unknown field',
    });
  });

  it('rejects text over the ingest limit', () => {
    expect(toIngestItem({ ...valid, text: 'a'.repeat(20_001) })).toMatchObject({ ok: false, field: 'text' });
  });

  it('reads a date-time without offset as UTC', () => {
    expect(toIngestItem({ ...valid, postedAt: '2026-11-21 18:02' })).toMatchObject({
      item: { postedAt: '2026-11-21T18:02:00.000Z' },
    });
  });

  it('applies the offset of a date-time that has one', () => {
    expect(toIngestItem({ ...valid, postedAt: '2026-11-21T18:02:00+01:00' })).toMatchObject({
      item: { postedAt: '2026-11-21T17:02:00.000Z' },
    });
  });

  it('rejects dates that are not ISO 8601 or do not exist', () => {
    expect(toIngestItem({ ...valid, postedAt: '21/11/2026' })).toMatchObject({
      ok: false,
      field: 'postedAt',
    });
    expect(toIngestItem({ ...valid, postedAt: '2026-02-31' })).toMatchObject({
      ok: false,
      field: 'postedAt',
    });
  });

  it('rejects a url that is not http(s)', () => {
    expect(toIngestItem({ ...valid, url: 'javascript:alert(1)' })).toMatchObject({ ok: false, field: 'url' });
  });
});
