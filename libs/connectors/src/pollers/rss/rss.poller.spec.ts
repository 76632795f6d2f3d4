import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFixture } from '../../fixture.js';
import { startFixtureServer, type FixtureServer } from '../fixture-server.js';
import { RssPoller } from './rss.poller.js';

const rss = readFixture('pollers/rss/fixtures/local-news.rss.xml').toString();
const atom = readFixture('pollers/rss/fixtures/patient-blog.atom.xml').toString();
const ETAG = '"5f1d-62a9"';
const LAST_MODIFIED = 'Mon, 23 Nov 2026 09:30:00 GMT';

describe('RssPoller (RSS 2.0 and Atom against a local server)', () => {
  let server: FixtureServer;
  const poller = (path: string) =>
    new RssPoller({ url: `${server.baseUrl}${path}`, source: 'news', intervalSeconds: 900, timeoutMs: 2000 });

  beforeAll(async () => {
    server = await startFixtureServer((req, res) => {
      if (req.path === '/atom.xml') {
        res.writeHead(200, { 'content-type': 'application/atom+xml', 'last-modified': LAST_MODIFIED });
        return void res.end(atom);
      }
      if (req.path === '/broken.xml') return void res.writeHead(200).end('<html><body>Moved</body>');
      if (req.headers['if-none-match'] === ETAG) return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: ETAG });
      res.end(rss);
    });
  });
  afterAll(() => server.close());

  it('reads RSS 2.0 items as mentions with title, plain text, link, date and author', async () => {
    const news = poller('/rss.xml');
    const page = await news.fetchPage(news.initialCursor());
    expect(page.items).toHaveLength(2);
    expect(page.items[0]).toEqual({
      source: 'news',
      externalId: 'gazette-48211',
      text: 'Families say waits at Auscult General A&E reached 14 hours\n\nSeveral families told the Gazette that elderly relatives waited on trolleys overnight.',
      channel: 'social',
      url: 'https://gazette.example.org/health/2026/11/23/ae-waits',
      postedAt: '2026-11-23T09:15:00.000Z',
      author: 'Ruth Okafor',
      raw: {
        feed: 'Northfield Gazette — Health',
        title: 'Families say waits at Auscult General A&E reached 14 hours',
        link: 'https://gazette.example.org/health/2026/11/23/ae-waits',
        guid: 'gazette-48211',
      },
    });
    expect(page.cursor).toEqual({ etag: ETAG, lastModified: null, seen: ['gazette-48211', 'gazette-48190'] });
  });

  it('sends the stored ETag and takes a 304 as "nothing new" without changing the cursor', async () => {
    const news = poller('/rss.xml');
    const cursor = { etag: ETAG, lastModified: null, seen: ['gazette-48211', 'gazette-48190'] };
    const page = await news.fetchPage(cursor);
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe(ETAG);
    expect(page).toEqual({ items: [], cursor, hasMore: false });
  });

  it('yields an entry once even when the feed is served again in full', async () => {
    const news = poller('/rss.xml');
    const page = await news.fetchPage({ etag: null, lastModified: null, seen: ['gazette-48190'] });
    expect(page.items.map((item) => item.externalId)).toEqual(['gazette-48211']);
    expect(page.cursor.seen).toEqual(['gazette-48211', 'gazette-48190']);
  });

  it('reads Atom entries and sends If-Modified-Since from the stored Last-Modified', async () => {
    const blog = poller('/atom.xml');
    const first = await blog.fetchPage(blog.initialCursor());
    expect(first.items).toEqual([
      expect.objectContaining({
        externalId: 'urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a',
        text: 'Parking charges at the hospital are still too high\n\nVisitors to ward 4B paid £14 for an afternoon visit.',
        url: 'https://voices.example.org/2026/11/parking',
        postedAt: '2026-11-23T08:00:00.000Z',
      }),
    ]);
    expect(first.cursor.lastModified).toBe(LAST_MODIFIED);
    await blog.fetchPage(first.cursor);
    expect(server.requests.at(-1)!.headers['if-modified-since']).toBe(LAST_MODIFIED);
  });

  it('refuses a page that is not a feed', async () => {
    const broken = poller('/broken.xml');
    await expect(broken.fetchPage(broken.initialCursor())).rejects.toThrow('not an RSS or Atom feed');
  });

  it('keys each feed by its URL', () => {
    expect(poller('/a.xml').key).not.toBe(poller('/b.xml').key);
    expect(poller('/a.xml').key).toMatch(/^rss:[0-9a-f]{16}$/);
  });
});
