import { describe, expect, it } from '@jest/globals';
import { Readable } from 'node:stream';
import { chunked, collectStream, readFixture } from '../fixture.js';
import { jsonlConnector } from './jsonl.connector.js';

const exportFile = readFixture('jsonl/fixtures/social-listening-export.jsonl');

describe('jsonlConnector on a social-listening export', () => {
  const result = jsonlConnector.parse(exportFile, {});

  it('reads every valid line, emoji and numeric ids included', () => {
    expect(result.items.map((item) => item.externalId)).toEqual([
      '1859912001',
      '1859912044',
      'ChdDSUhNMG9nS0VJQ0FnSURuN3JyR2J3',
    ]);
    expect(result.items[1].text).toContain('💕');
  });

  it('normalises postedAt to ISO 8601 UTC', () => {
    expect(result.items[2].postedAt).toBe('2026-11-21T18:02:00.000Z');
  });

  it('rejects each bad line with its line number and the reason', () => {
    expect(result.rejected.map((rejection) => rejection.index)).toEqual([4, 5, 6, 7, 8, 9]);
    expect(result.rejected[0].reason).toMatch(/^line 5: invalid JSON: /);
    expect(result.rejected.slice(1).map((rejection) => rejection.reason)).toEqual([
      "line 6: field 'text': required, a non-empty string",
      "line 7: field 'channel': must be one of social, review, survey, comment_card, email, sms, web_form, import",
      'line 8: a line must hold one JSON object',
      "line 9: field 'postedAt': must be an ISO 8601 date-time",
      "line 10: field 'likes': unknown field",
    ]);
  });

  it('gives the same result streamed in chunks of any size, split inside emoji', async () => {
    for (const size of [1, 5, 64, 8192]) {
      await expect(collectStream(jsonlConnector.stream(chunked(exportFile, size), {}))).resolves.toEqual(
        result,
      );
    }
  });
});

describe('jsonlConnector options and limits', () => {
  it('fills source and channel from the defaults', () => {
    const result = jsonlConnector.parse('{"externalId":"a","text":"hi"}\r\n', {
      source: 'sms-gateway',
      channel: 'sms',
    });
    expect(result.items).toEqual([{ source: 'sms-gateway', channel: 'sms', externalId: 'a', text: 'hi' }]);
  });

  it('rejects an overlong line without holding it, and reads on after it', async () => {
    async function* source(): AsyncGenerator<string> {
      yield '{"source":"s","externalId":"long","text":"';
      for (let i = 0; i < 1100; i += 1) yield 'x'.repeat(1000);
      yield '"}\n{"source":"s","externalId":"next","text":"after"}\n';
    }
    const result = await collectStream(jsonlConnector.stream(Readable.from(source()), {}));
    expect(result.rejected).toEqual([{ index: 0, reason: 'line 1: line longer than 1000000 characters' }]);
    expect(result.items.map((item) => item.externalId)).toEqual(['next']);
  });
});
