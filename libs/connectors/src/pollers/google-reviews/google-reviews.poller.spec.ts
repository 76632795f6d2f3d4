import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFixture } from '../../fixture.js';
import { sendJson, startFixtureServer, type FixtureServer } from '../fixture-server.js';
import { GoogleReviewsPoller } from './google-reviews.poller.js';

const page1 = readFixture('pollers/google-reviews/fixtures/reviews-page-1.json').toString();
const page2 = readFixture('pollers/google-reviews/fixtures/reviews-page-2.json').toString();
const LOCATION = 'accounts/1043/locations/7781';

describe('GoogleReviewsPoller (Business Profile reviews.list against a local server)', () => {
  let server: FixtureServer;
  let poller: GoogleReviewsPoller;

  beforeAll(async () => {
    server = await startFixtureServer((req, res) =>
      sendJson(res, 200, req.query.get('pageToken') === 'CiAKGjBBT0RnSWtN' ? page2 : page1),
    );
    poller = new GoogleReviewsPoller({
      baseUrl: `${server.baseUrl}/v4`,
      accessToken: 'ya29.test',
      location: LOCATION,
      intervalSeconds: 900,
      timeoutMs: 2000,
    });
  });
  afterAll(() => server.close());

  it('reads reviews with their star rating, reply and reviewer, paging with nextPageToken', async () => {
    const first = await poller.fetchPage(poller.initialCursor());
    expect(server.requests.at(-1)!.path).toBe(`/v4/${LOCATION}/reviews`);
    expect(server.requests.at(-1)!.headers.authorization).toBe('Bearer ya29.test');
    expect(server.requests.at(-1)!.query.get('orderBy')).toBe('updateTime desc');
    expect(first.items[0]).toEqual({
      source: 'google-reviews',
      externalId: 'AbFvOqk1',
      text: 'Left on a trolley in a corridor for 11 hours, my husband is 84. Nobody offered him water.',
      channel: 'review',
      author: 'Margaret H',
      postedAt: '2026-11-22T21:04:11.512Z',
      raw: { location: LOCATION, starRating: 1, updateTime: '2026-11-22T21:04:11.512Z', reply: null },
    });
    // A rating without a comment is kept; an anonymous reviewer has no author reference.
    expect(first.items[1]).toMatchObject({
      text: 'Rated 5 of 5 stars, without a comment',
      raw: { starRating: 5, reply: { comment: 'Thank you for your kind rating.' } },
    });
    expect(first.items[1].author).toBeUndefined();
    expect(first).toMatchObject({
      hasMore: true,
      cursor: { seenUntil: null, pageToken: 'CiAKGjBBT0RnSWtN' },
    });

    const second = await poller.fetchPage(first.cursor);
    expect(second.items).toHaveLength(1);
    // Google's machine translation is dropped: the reviewer's own words are classified.
    expect(second.items[0].text).toBe('Położne były bardzo miłe, ale jedzenie było zimne.');
    expect(second.items[0].raw).toMatchObject({ starRating: 4 });
    expect(second).toMatchObject({
      hasMore: false,
      cursor: { seenUntil: '2026-11-22T21:04:11.512Z', pageToken: null, runNewest: null },
    });
  });

  it('stops at reviews not updated since the last run', async () => {
    const page = await poller.fetchPage({
      seenUntil: '2026-11-21T10:00:00Z',
      pageToken: null,
      runNewest: null,
    });
    expect(page.items.map((item) => item.externalId)).toEqual(['AbFvOqk1']);
    expect(page).toMatchObject({ hasMore: false, cursor: { seenUntil: '2026-11-22T21:04:11.512Z' } });
  });

  it('reports an expired token as HTTP 401', async () => {
    server.answer((_req, res) => sendJson(res, 401, { error: { code: 401, status: 'UNAUTHENTICATED' } }));
    await expect(poller.fetchPage(poller.initialCursor())).rejects.toThrow('HTTP 401');
  });

  it('keys each location separately', () => {
    expect(poller.key).toBe(`google-reviews:${LOCATION}`);
  });
});
