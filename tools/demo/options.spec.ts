import { describe, expect, it } from '@jest/globals';
import { OptionsError, parseOptions } from './options.js';

describe('parseOptions', () => {
  it('defaults to the local API, the demo key and one item every 1-3 s', () => {
    expect(parseOptions([], {})).toMatchObject({
      url: 'http://localhost:3000',
      apiKey: 'demo-ingest-key',
      rate: 0.5,
      count: null,
      once: false,
    });
  });

  it('takes the URL and key from the environment, and flags over the environment', () => {
    expect(parseOptions([], { AUSCULT_URL: 'http://api:3000/', AUSCULT_INGEST_KEY: 'k' })).toMatchObject({
      url: 'http://api:3000',
      apiKey: 'k',
    });
    expect(parseOptions(['--url', 'http://other:1'], { AUSCULT_URL: 'http://api:3000' }).url).toBe(
      'http://other:1',
    );
  });

  it('reads flags with a space or an equals sign', () => {
    expect(
      parseOptions(['--rate=2', '--count', '20', '--burst', '0', '--once', '--seed', '5'], {}),
    ).toMatchObject({ rate: 2, count: 20, burst: 0, once: true, seed: 5 });
  });

  it('refuses values out of range with the reason', () => {
    expect(() => parseOptions(['--count', '0'], {})).toThrow('--count must be a whole number above 0');
    expect(() => parseOptions(['--burst', '2'], {})).toThrow(OptionsError);
    expect(() => parseOptions(['--rate'], {})).toThrow('--rate needs a value');
    expect(() => parseOptions(['--url', 'localhost'], {})).toThrow("'localhost' is not an http(s) URL");
  });

  it('refuses unknown flags', () => {
    expect(() => parseOptions(['--fast'], {})).toThrow('unknown option --fast');
  });
});
