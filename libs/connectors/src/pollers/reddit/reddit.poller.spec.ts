import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFixture } from '../../fixture.js';
import { sendJson, startFixtureServer, type FixtureServer } from '../fixture-server.js';
import { PollError } from '../http.js';
import { RedditPoller, type RedditCursor } from './reddit.poller.js';

const page1 = readFixture('pollers/reddit/fixtures/search-page-1.json').toString();
const page2 = readFixture('pollers/reddit/fixtures/search-page-2.json').toString();
const newer = readFixture('pollers/reddit/fixtures/search-newer.json').toString();

describe('RedditPoller (search listing JSON against a local server)', () => {
  let server: FixtureServer;
  let poller: RedditPoller;
  const serveListings = () =>
    server.answer((req, res) => {
      if (req.query.get('after') === 't3_1gz0c03') return sendJson(res, 200, page2);
      return sendJson(res, 200, page1, { 'x-ratelimit-remaining': '99.0', 'x-ratelimit-reset': '420' });
    });

  beforeAll(async () => {
    server = await startFixtureServer(() => undefined);
    serveListings();
    poller = new RedditPoller({
      baseUrl: server.baseUrl,
      query: 'Auscult General',
      subreddit: 'nhs',
      accessToken: 'reddit-token',
      userAgent: 'server:auscult-test:0.1',
      intervalSeconds: 300,
      timeoutMs: 2000,
    });
  });
  afterAll(() => server.close());

  it('pages back with `after` and then sets the watermark to the newest post of the run', async () => {
    const first = await poller.fetchPage(poller.initialCursor());
    expect(first.items.map((item) => item.externalId)).toEqual(['t3_1gz0c05', 't3_1gz0c04']);
    expect(first.items[1]).toEqual({
      source: 'reddit',
      externalId: 't3_1gz0c04',
      text: 'Anyone else waited 6 hours at Auscult General A&E?\n\nCame in with my son who had a bad asthma attack, triage was quick but then nothing for hours.',
      channel: 'social',
      author: 'u/worried_dad_22',
      postedAt: new Date(1795597200 * 1000).toISOString(),
      url: 'https://www.reddit.com/r/nhs/comments/1gz0c04/slug/',
      raw: { name: 't3_1gz0c04', subreddit: 'nhs', score: 12, num_comments: 4 },
    });
    expect(first).toMatchObject({ hasMore: true, cursor: { seen: null, after: 't3_1gz0c03' } });
    const second = await poller.fetchPage(first.cursor);
    expect(second.items.map((item) => [item.externalId, item.author])).toEqual([['t3_1gz0c03', undefined]]);
    expect(second).toMatchObject({
      hasMore: false,
      cursor: { seen: { name: 't3_1gz0c05', created: 1795600800 }, after: null, runNewest: null },
    });
  });

  it('searches the subreddit, newest first, with the user agent and token', async () => {
    await poller.fetchPage(poller.initialCursor());
    const request = server.requests.at(-1)!;
    expect(request.path).toBe('/r/nhs/search.json');
    expect(Object.fromEntries(request.query)).toMatchObject({
      q: 'Auscult General',
      sort: 'new',
      restrict_sr: '1',
    });
    expect(request.headers['user-agent']).toBe('server:auscult-test:0.1');
    expect(request.headers.authorization).toBe('bearer reddit-token');
  });

  it('stops at the watermark: only posts newer than the last run', async () => {
    server.answer((_req, res) => sendJson(res, 200, newer));
    const cursor: RedditCursor = {
      seen: { name: 't3_1gz0c05', created: 1795600800 },
      after: null,
      runNewest: null,
    };
    const page = await poller.fetchPage(cursor);
    expect(page.items.map((item) => item.externalId)).toEqual(['t3_1gz0c06']);
    expect(page).toMatchObject({ hasMore: false, cursor: { seen: { name: 't3_1gz0c06' } } });
    serveListings();
  });

  it('keeps the page and pauses until the reset when x-ratelimit-remaining runs out', async () => {
    server.answer((_req, res) =>
      sendJson(res, 200, page2, { 'x-ratelimit-remaining': '0.0', 'x-ratelimit-reset': '120' }),
    );
    const before = Date.now();
    const page = await poller.fetchPage(poller.initialCursor());
    expect(page.items).toHaveLength(1);
    expect(page.pauseUntil!.getTime()).toBeGreaterThanOrEqual(before + 120_000);
    serveListings();
  });

  it('turns a 429 into a PollError with the reset time', async () => {
    server.answer((_req, res) =>
      sendJson(res, 429, { message: 'Too Many Requests', error: 429 }, { 'x-ratelimit-reset': '300' }),
    );
    const before = Date.now();
    const error = (await poller.fetchPage(poller.initialCursor()).catch((e: unknown) => e)) as PollError;
    expect(error).toBeInstanceOf(PollError);
    expect(error.retryAt!.getTime()).toBeGreaterThanOrEqual(before + 300_000);
    serveListings();
  });

  it('refuses an answer that is not a listing', async () => {
    server.answer((_req, res) => sendJson(res, 200, { kind: 't3', data: {} }));
    await expect(poller.fetchPage(poller.initialCursor())).rejects.toThrow('not a search listing');
    serveListings();
  });
});
