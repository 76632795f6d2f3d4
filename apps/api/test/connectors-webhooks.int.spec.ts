import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ingestJobId, QUEUES } from '@auscult/contracts';
import { redisOptions } from '@auscult/config';
import { Queue } from 'bullmq';
import { startApi, type ApiHarness } from './api-harness.js';
import {
  fixture,
  postEmail,
  postGeneric,
  postMeta,
  postTwilio,
  query,
  SECRETS,
  webhookUrl,
} from './connectors-support.js';

let api: ApiHarness;
let queue: Queue;

beforeAll(async () => {
  api = await startApi('webhooks', SECRETS);
  queue = new Queue(QUEUES.ingest, {
    connection: redisOptions(api.config.redisUrl, 'producer'),
    prefix: api.config.redisPrefix,
  });
}, 30_000);

afterAll(async () => {
  await queue?.obliterate({ force: true });
  await queue?.close();
  await api?.close();
});

const json = async (res: Response) =>
  (await res.json()) as Record<string, unknown> & {
    items: { id: string; externalId: string; duplicate: boolean }[];
  };

describe('generic signed JSON webhook', () => {
  const survey = fixture('generic/fixtures/survey-tool.json');

  it('accepts a signed batch, enqueues its valid items and keeps the invalid one as rejected', async () => {
    const res = await postGeneric(api, survey);
    expect(res.status).toBe(202);
    const body = await json(res);
    expect(body.items.map((i) => [i.externalId, i.duplicate])).toEqual([
      ['resp-20261123-0001', false],
      ['resp-20261123-0002', false],
    ]);
    expect(body.rejected).toEqual([
      { id: expect.any(String), reason: "item 2: field 'text': required, a non-empty string" },
    ]);
    const job = await queue.getJob(ingestJobId('survey-tool', 'resp-20261123-0002'));
    expect(job?.data.item).toMatchObject({ source: 'survey-tool', unit: '4B', channel: 'survey' });
  });

  it('reports a second delivery of the same items as duplicates', async () => {
    const body = await json(await postGeneric(api, survey));
    expect(body.items.map((i) => i.duplicate)).toEqual([true, true]);
  });

  it('answers 401 with the reason for a wrong secret, a stale timestamp or no signature, and accepts nothing', async () => {
    const wrong = await postGeneric(
      api,
      '{"externalId":"w1","text":"x"}',
      undefined,
      'not-the-secret-00000000',
    );
    expect(wrong.status).toBe(401);
    expect((await json(wrong)).message).toMatch(
      /^Signature check failed for survey-tool: X-Auscult-Signature does not match/,
    );
    const stale = await postGeneric(
      api,
      '{"externalId":"w2","text":"x"}',
      Math.floor(Date.now() / 1000) - 600,
    );
    expect((await json(stale)).message).toMatch(/replay protection/);
    const unsigned = await fetch(webhookUrl(api, 'survey-tool'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(unsigned.status).toBe(401);
    expect(await queue.getJob(ingestJobId('survey-tool', 'w1'))).toBeUndefined();
  });

  it('answers 404 for a source with no secret configured, naming the setting', async () => {
    const res = await postGeneric(api, '{"externalId":"1","text":"x"}');
    const other = await fetch(webhookUrl(api, 'unknown-tool'), { method: 'POST', body: '{}' });
    expect(res.status).toBe(202);
    expect(other.status).toBe(404);
    expect((await json(other)).message).toMatch(/WEBHOOK_SECRETS=unknown-tool=<secret>/);
  });

  it('answers 400 for signed JSON that cannot be read and keeps it, with its raw payload', async () => {
    const res = await postGeneric(api, '{"externalId": "x", "text": ');
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(body.message).toMatch(/^The payload could not be read: the body is not valid JSON/);
    const rows = await query<{ reason: string; payload: string; raw: string }>(
      api,
      `SELECT r.reason, r.payload, convert_from(p.body, 'UTF8') AS raw FROM rejected_items r JOIN raw_payloads p ON p.id = r.raw_payload_id
        WHERE r.source = 'survey-tool' AND r.reason LIKE 'the body is not valid JSON%'`,
    );
    expect(rows).toEqual([
      {
        reason: expect.any(String),
        payload: '{"externalId": "x", "text": ',
        raw: '{"externalId": "x", "text": ',
      },
    ]);
  });
});

describe('Facebook and Instagram (Graph API webhooks)', () => {
  it('answers the subscription handshake with hub.challenge, and 403 to a wrong verify token', async () => {
    const ok = await fetch(
      `${webhookUrl(api, 'facebook')}?hub.mode=subscribe&hub.verify_token=${SECRETS.META_VERIFY_TOKEN}&hub.challenge=1158201444`,
    );
    expect([ok.status, await ok.text()]).toEqual([200, '1158201444']);
    const wrong = await fetch(
      `${webhookUrl(api, 'facebook')}?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1`,
    );
    expect(wrong.status).toBe(403);
  });

  it('accepts a signed page feed notification with 200 and enqueues its posts, comments and ratings', async () => {
    const res = await postMeta(api, 'facebook', fixture('meta/fixtures/page-feed.json'));
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.items.map((i) => i.externalId)).toEqual([
      '104857600123456_845512376001',
      '845512376001_1120394857',
      '1988776655443322',
    ]);
    expect(body).toMatchObject({
      ignored: 2,
      rejected: [{ reason: expect.stringMatching(/^entry\[1\]\.changes\[1\]/) }],
    });
    const job = await queue.getJob(ingestJobId('facebook', '845512376001_1120394857'));
    expect(job?.data.item).toMatchObject({ channel: 'social', author: 'fb:6601928374650011' });
  });

  it('accepts Instagram comments on the instagram source', async () => {
    const body = await json(
      await postMeta(api, 'instagram', fixture('meta/fixtures/instagram-comments.json')),
    );
    expect(body.items.map((i) => i.externalId)).toEqual(['17865799348089039']);
  });

  it('answers 401 to a body signed with another app secret', async () => {
    const res = await postMeta(
      api,
      'facebook',
      fixture('meta/fixtures/page-feed.json'),
      'some-other-app-secret-000',
    );
    expect(res.status).toBe(401);
    expect((await json(res)).message).toMatch(/X-Hub-Signature-256 does not match/);
  });
});

describe('Twilio inbound SMS', () => {
  const form = fixture('twilio/fixtures/inbound-sms.form');

  it('accepts a signed message with empty TwiML and enqueues it with a sender reference, not the number', async () => {
    const res = await postTwilio(api, form);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/xml/);
    expect(await res.text()).toBe('<?xml version="1.0" encoding="UTF-8"?><Response></Response>');
    const job = await queue.getJob(ingestJobId('twilio', 'SM9f2c4b1e7d0a4c3b8e6f1a2b3c4d5e6f'));
    expect(job?.data.item).toMatchObject({
      channel: 'sms',
      author: expect.stringMatching(/^sms:[0-9a-f]{24}$/),
    });
    expect(JSON.stringify(job?.data)).not.toContain('447700900456');
  });

  it('answers 401 to a signature made with another auth token', async () => {
    const res = await postTwilio(api, form, 'another-auth-token-0000000000');
    expect(res.status).toBe(401);
    expect((await json(res)).message).toMatch(/X-Twilio-Signature does not match/);
  });
});

describe('inbound e-mail', () => {
  it('accepts an inbound-parse multipart post with Basic auth', async () => {
    const res = await postEmail(
      api,
      fixture('email/fixtures/inbound-parse.multipart'),
      'multipart/form-data; boundary=xYzZY',
    );
    expect(res.status).toBe(202);
    expect((await json(res)).items.map((i) => i.externalId)).toEqual(['20261123100057.GA4410@example.net']);
  });

  it('accepts raw MIME (.eml) and enqueues the text without the quoted reply', async () => {
    const res = await postEmail(api, fixture('email/fixtures/reply-with-quote.eml'), 'message/rfc822');
    expect(res.status).toBe(202);
    const job = await queue.getJob(ingestJobId('email', 'CAF3k9Zq7x1=ward4b.reply@mail.example.org'));
    expect(job?.data.item.text).toMatch(/^Re: Your feedback about your visit\n\nThank you for asking/);
    expect(job?.data.item.text).not.toMatch(/Dear Ms Doe/);
  });

  it('answers 401 to a wrong password', async () => {
    const res = await postEmail(
      api,
      fixture('email/fixtures/reply-with-quote.eml'),
      'message/rfc822',
      'wrong-password',
    );
    expect(res.status).toBe(401);
  });
});

describe('every accepted delivery', () => {
  it('is kept as a raw payload for replay', async () => {
    const rows = await query<{ source: string; n: string }>(
      api,
      `SELECT source, count(*) AS n FROM raw_payloads GROUP BY source ORDER BY source`,
    );
    expect(rows.map((r) => r.source)).toEqual(['email', 'facebook', 'instagram', 'survey-tool', 'twilio']);
  });
});

describe('a webhook whose provider secret is not configured', () => {
  let bare: ApiHarness;
  beforeAll(async () => {
    bare = await startApi('webhooks-bare');
  }, 30_000);
  afterAll(async () => {
    await bare?.close();
  });

  it('answers 503 naming the settings, and accepts nothing unsigned', async () => {
    const res = await fetch(webhookUrl(bare, 'twilio'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'MessageSid=SM1&Body=hi',
    });
    expect(res.status).toBe(503);
    expect((await json(res)).message).toMatch(/set TWILIO_AUTH_TOKEN/);
  });
});

describe('a webhook while Redis is unreachable', () => {
  let down: ApiHarness;
  beforeAll(async () => {
    down = await startApi('webhooks-redis-down', { ...SECRETS, REDIS_URL: 'redis://127.0.0.1:1' });
  }, 30_000);
  afterAll(async () => {
    await down?.close();
  });

  it('answers 503 with Retry-After and still keeps the raw payload', async () => {
    const res = await postGeneric(down, '{"externalId":"down-1","text":"no bed for my mother"}');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
    expect(await query(down, `SELECT source FROM raw_payloads`)).toEqual([{ source: 'survey-tool' }]);
  });
});
