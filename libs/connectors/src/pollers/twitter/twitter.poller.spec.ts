import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFixture } from '../../fixture.js';
import { sendJson, startFixtureServer, type FixtureServer } from '../fixture-server.js';
import { PollError } from '../http.js';
import { TwitterPoller } from './twitter.poller.js';

const page1 = readFixture('pollers/twitter/fixtures/search-page-1.json').toString();
const page2 = readFixture('pollers/twitter/fixtures/search-page-2.json').toString();
const newer = readFixture('pollers/twitter/fixtures/search-newer.json').toString();
const TOKEN = 'b26v89c19zqg8o3fpzbkk4qezbhqtw0jqh3mrbf9u3ry5';

describe('TwitterPoller (X API v2 recent search against a local server)', () => {
  let server: FixtureServer;
  let poller: TwitterPoller;

  beforeAll(async () => {
    server = await startFixtureServer((req, res) => {
      if (req.query.get('next_token') === TOKEN) return sendJson(res, 200, page2);
      if (req.query.get('since_id') === '1861000000000000105') return sendJson(res, 200, newer);
      return sendJson(res, 200, page1, {
        'x-rate-limit-remaining': '449',
        'x-rate-limit-reset': '1795700000',
      });
    });
    poller = new TwitterPoller({
      baseUrl: server.baseUrl,
      bearerToken: 'test-bearer',
      query: '"Auscult General" -is:retweet',
      intervalSeconds: 60,
      timeoutMs: 2000,
    });
  });
  afterAll(() => server.close());

  it('walks the pages of a run, then moves since_id to the newest tweet of that run', async () => {
    const first = await poller.fetchPage(poller.initialCursor());
    expect(first.hasMore).toBe(true);
    expect(first.cursor).toEqual({ sinceId: null, nextToken: TOKEN, runNewestId: '1861000000000000105' });
    expect(first.items.map((item) => item.externalId)).toEqual([
      '1861000000000000105',
      '1861000000000000104',
    ]);
    expect(first.items[0]).toMatchObject({
      source: 'twitter',
      channel: 'social',
      author: '@jobloggs',
      postedAt: '2026-11-23T09:41:07.000Z',
      url: 'https://x.com/jobloggs/status/1861000000000000105',
    });

    const second = await poller.fetchPage(first.cursor);
    expect(second.items.map((item) => item.externalId)).toEqual(['1861000000000000103']);
    expect(second.hasMore).toBe(false);
    expect(second.cursor).toEqual({ sinceId: '1861000000000000105', nextToken: null, runNewestId: null });

    const third = await poller.fetchPage(second.cursor);
    expect(third.items.map((item) => item.externalId)).toEqual(['1861000000000000107']);
    expect(third.cursor.sinceId).toBe('1861000000000000107');
  });

  it('sends the bearer token, the query and the author expansion', async () => {
    await poller.fetchPage(poller.initialCursor());
    const request = server.requests.at(-1)!;
    expect(request.path).toBe('/2/tweets/search/recent');
    expect(request.headers.authorization).toBe('Bearer test-bearer');
    expect(request.query.get('query')).toBe('"Auscult General" -is:retweet');
    expect(request.query.get('expansions')).toBe('author_id');
    expect(request.query.get('since_id')).toBeNull();
  });

  it('keeps since_id when a run finds nothing new', async () => {
    server.answer((_req, res) =>
      sendJson(res, 200, readFixture('pollers/twitter/fixtures/search-empty.json').toString()),
    );
    const page = await poller.fetchPage({
      sinceId: '1861000000000000107',
      nextToken: null,
      runNewestId: null,
    });
    expect(page).toMatchObject({ items: [], hasMore: false, cursor: { sinceId: '1861000000000000107' } });
  });

  it('pauses until the window resets when x-rate-limit-remaining reaches 0', async () => {
    server.answer((_req, res) =>
      sendJson(res, 200, page2, { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': '1795700000' }),
    );
    const page = await poller.fetchPage(poller.initialCursor());
    expect(page.pauseUntil).toEqual(new Date(1795700000 * 1000));
  });

  it('turns a 429 into a PollError that says when to come back (x-rate-limit-reset)', async () => {
    server.answer((_req, res) =>
      sendJson(res, 429, { title: 'Too Many Requests', status: 429 }, { 'x-rate-limit-reset': '1795700900' }),
    );
    const error = await poller.fetchPage(poller.initialCursor()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PollError);
    expect((error as PollError).message).toContain('HTTP 429');
    expect((error as PollError).retryAt).toEqual(new Date(1795700900 * 1000));
  });

  it('prefers Retry-After on a 429', async () => {
    server.answer((_req, res) =>
      sendJson(res, 429, '{}', { 'retry-after': '120', 'x-rate-limit-reset': '1' }),
    );
    const before = Date.now();
    const error = (await poller.fetchPage(poller.initialCursor()).catch((e: unknown) => e)) as PollError;
    expect(error.retryAt!.getTime()).toBeGreaterThanOrEqual(before + 120_000);
    expect(error.retryAt!.getTime()).toBeLessThan(before + 125_000);
  });

  it('reports a server error with its status and no retry time', async () => {
    server.answer((_req, res) => sendJson(res, 503, { title: 'Service Unavailable' }));
    await expect(poller.fetchPage(poller.initialCursor())).rejects.toMatchObject({
      message: expect.stringContaining('HTTP 503'),
      retryAt: undefined,
    });
  });

  it('gives up on a source that does not answer in time', async () => {
    server.answer(() => undefined); // never answers
    const slow = new TwitterPoller({
      baseUrl: server.baseUrl,
      bearerToken: 't',
      query: 'q',
      intervalSeconds: 60,
      timeoutMs: 150,
    });
    await expect(slow.fetchPage(slow.initialCursor())).rejects.toThrow('no answer within 150 ms');
  });

  it('refuses an answer that is not a recent-search response', async () => {
    server.answer((_req, res) => sendJson(res, 200, '<html>maintenance</html>'));
    await expect(poller.fetchPage(poller.initialCursor())).rejects.toThrow('not JSON');
  });
});
