import { describe, expect, it } from '@jest/globals';
import { parseArgs, parseLine } from './classify-io.js';

describe('classify command input', () => {
  it('parses a line with id, text and channel', () => {
    expect(parseLine('{"id":"a1","text":"hi","channel":"sms"}')).toEqual({
      ok: true,
      item: { id: 'a1', text: 'hi', channel: 'sms' },
    });
  });

  it('rejects a line that is not JSON', () => {
    expect(parseLine('{oops')).toEqual({ ok: false, message: 'not valid JSON' });
  });

  it('rejects a line without text and names the item', () => {
    expect(parseLine('{"id":7}')).toEqual({ ok: false, message: 'item 7: missing "text" (string)' });
  });

  it('requires --in and --out', () => {
    expect(parseArgs(['--in', 'a.jsonl']).ok).toBe(false);
  });
});
