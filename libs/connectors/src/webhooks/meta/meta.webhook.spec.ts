import { describe, expect, it } from '@jest/globals';
import { readFixture } from '../../fixture.js';
import { facebookWebhook, instagramWebhook, signMetaWebhook } from './meta.webhook.js';

const appSecret = 'meta-app-secret-abcdef0123456789';
const feed = readFixture('webhooks/meta/fixtures/page-feed.json');
const instagram = readFixture('webhooks/meta/fixtures/instagram-comments.json');
const receivedAt = new Date('2026-11-23T10:00:00Z');
const request = (headers: Record<string, string>, body = feed) => ({
  url: 'https://h/',
  headers,
  body,
  receivedAt,
});

describe('Meta webhook signature (X-Hub-Signature-256)', () => {
  it('accepts the HMAC-SHA256 of the raw body with the app secret', () => {
    expect(
      facebookWebhook.verify(request({ 'x-hub-signature-256': signMetaWebhook(appSecret, feed) }), {
        secret: appSecret,
      }),
    ).toEqual({ ok: true });
  });

  it('refuses a signature of a re-serialised body (the raw bytes are signed)', () => {
    const reserialised = JSON.stringify(JSON.parse(feed.toString()));
    const headers = { 'x-hub-signature-256': signMetaWebhook(appSecret, reserialised) };
    expect(facebookWebhook.verify(request(headers), { secret: appSecret }).ok).toBe(false);
  });

  it('names a missing header', () => {
    expect(facebookWebhook.verify(request({}), { secret: appSecret })).toEqual({
      ok: false,
      reason: 'missing X-Hub-Signature-256 header',
    });
  });
});

describe('Meta subscription handshake', () => {
  const secret = { secret: appSecret, verifyToken: 'verify-me-please' };
  it('echoes hub.challenge when the verify token matches', () => {
    const query = {
      'hub.mode': 'subscribe',
      'hub.verify_token': 'verify-me-please',
      'hub.challenge': '1158201444',
    };
    expect(facebookWebhook.handshake?.(query, secret)).toEqual({
      status: 200,
      contentType: 'text/plain; charset=utf-8',
      body: '1158201444',
    });
  });

  it('refuses a wrong verify token with 403', () => {
    const query = { 'hub.mode': 'subscribe', 'hub.verify_token': 'guess', 'hub.challenge': '1' };
    expect(facebookWebhook.handshake?.(query, secret)?.status).toBe(403);
  });
});

describe('Facebook Page feed changes', () => {
  const context = { source: 'facebook', authorKey: 'k', receivedAt };

  it('turns posts, comments and ratings with words into items; ignores reactions and removals', async () => {
    const result = await facebookWebhook.parse(feed, 'application/json', context);
    expect(result.items).toEqual([
      expect.objectContaining({
        source: 'facebook',
        externalId: '104857600123456_845512376001',
        channel: 'social',
        author: 'fb:7010293847561234',
        postedAt: '2026-11-24T09:00:00.000Z',
        url: 'https://www.facebook.com/104857600123456/posts/845512376001',
      }),
      expect.objectContaining({
        externalId: '845512376001_1120394857',
        text: 'Waited 5 hours in A&E with my daughter and nobody told us anything.',
      }),
      expect.objectContaining({
        externalId: '1988776655443322',
        channel: 'review',
        text: expect.stringMatching(/^Parking is impossible/),
      }),
    ]);
    expect(result.ignored).toBe(2);
  });

  it('rejects a change that lost its id, naming where it was', async () => {
    const result = await facebookWebhook.parse(feed, 'application/json', context);
    expect(result.rejected).toEqual([
      {
        index: 5,
        reason: "entry[1].changes[1]: field 'comment_id/post_id/id': required, a non-empty string",
      },
    ]);
  });

  it('refuses an Instagram notification sent to the Facebook webhook', async () => {
    const result = await facebookWebhook.parse(instagram, 'application/json', context);
    expect(result.rejected).toEqual([
      { reason: "field 'object': expected 'page' for facebook, got 'instagram'" },
    ]);
  });
});

describe('Instagram comments', () => {
  it('reads comments with the username and the entry time; ignores mentions (they carry no text)', async () => {
    const result = await instagramWebhook.parse(instagram, 'application/json', {
      source: 'instagram',
      authorKey: 'k',
      receivedAt,
    });
    expect(result.items).toEqual([
      expect.objectContaining({
        source: 'instagram',
        externalId: '17865799348089039',
        author: '@jo.walks.dogs',
        postedAt: '2026-11-24T09:20:00.000Z',
        text: expect.stringMatching(/^Mum is in ICU/),
      }),
    ]);
    expect(result).toMatchObject({ rejected: [], ignored: 1 });
  });
});
