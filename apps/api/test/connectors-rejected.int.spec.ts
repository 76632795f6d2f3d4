import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ingestJobId, QUEUES, type RejectedItemPage } from '@auscult/contracts';
import { redisOptions } from '@auscult/config';
import { Queue } from 'bullmq';
import { ingest, login, startApi, type ApiHarness } from './api-harness.js';
import { fixture, postGeneric, query, SECRETS } from './connectors-support.js';

let api: ApiHarness;
let queue: Queue;
let admin: string;

beforeAll(async () => {
  api = await startApi('rejected', SECRETS);
  queue = new Queue(QUEUES.ingest, {
    connection: redisOptions(api.config.redisUrl, 'producer'),
    prefix: api.config.redisPrefix,
  });
  admin = await login(api, 'admin@auscult.local');
}, 30_000);

afterAll(async () => {
  await queue?.obliterate({ force: true });
  await queue?.close();
  await api?.close();
});

const asAdmin = (path: string, init: RequestInit = {}, token = admin) =>
  fetch(`${api.url}/api/v1/admin/rejected${path}`, {
    ...init,
    headers: { authorization: `Bearer ${token}` },
  });

/** A payload an older parser refused: kept as raw payload + rejection, as the webhook path keeps it. */
async function keepOldRejection(
  source: string,
  contentType: string,
  body: Buffer,
  reason: string,
): Promise<string> {
  const [raw] = await query<{ id: string }>(
    api,
    `INSERT INTO raw_payloads (source, content_type, body, outcome) VALUES ($1, $2, $3, 'rejected') RETURNING id`,
    [source, contentType, body],
  );
  const [rejected] = await query<{ id: string }>(
    api,
    `INSERT INTO rejected_items (source, reason, content_type, payload, is_truncated, raw_payload_id)
     VALUES ($1, $2, $3, $4, false, $5) RETURNING id`,
    [source, reason, contentType, body.toString('utf8'), raw.id],
  );
  return rejected.id;
}

describe('GET /api/v1/admin/rejected', () => {
  it('lists rejections newest first with source, reason, time and a copy, page by page', async () => {
    await postGeneric(api, 'not json at all');
    await postGeneric(api, '[{"externalId":"r1","text":"x","channel":"fax"}]');
    const first = (await (await asAdmin('?limit=1')).json()) as RejectedItemPage;
    expect(first.items).toEqual([
      expect.objectContaining({
        source: 'survey-tool',
        reason:
          "item 0: field 'channel': must be one of social, review, survey, comment_card, email, sms, web_form, import",
        payload: '[{"externalId":"r1","text":"x","channel":"fax"}]',
        isTruncated: false,
        canReplayInFull: true,
        replayedAt: null,
      }),
    ]);
    const second = (await (
      await asAdmin(`?limit=1&cursor=${encodeURIComponent(first.nextCursor ?? '')}`)
    ).json()) as RejectedItemPage;
    expect(second.items[0].payload).toBe('not json at all');
  });

  it('is for admins only', async () => {
    expect((await asAdmin('', {}, await login(api, 'px@auscult.local'))).status).toBe(403);
    expect((await fetch(`${api.url}/api/v1/admin/rejected`)).status).toBe(401);
  });

  it('names a bad query parameter', async () => {
    const res = await asAdmin('?limit=5000');
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { field: string }[] }).errors[0].field).toBe('limit');
  });
});

describe('POST /api/v1/admin/rejected/:id/replay', () => {
  it('replays a payload an older parser refused: the items are enqueued and the rejection marked', async () => {
    const id = await keepOldRejection(
      'facebook',
      'application/json',
      fixture('meta/fixtures/page-feed.json'),
      "field 'object': unknown",
    );
    const res = await asAdmin(`/${id}/replay`, { method: 'POST' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      outcome: string;
      items: { externalId: string }[];
      reasons: string[];
    };
    expect(body.items.map((i) => i.externalId)).toContain('845512376001_1120394857');
    expect(await queue.getJob(ingestJobId('facebook', '845512376001_1120394857'))).toBeDefined();
    const listed = (await (await asAdmin('?source=facebook')).json()) as RejectedItemPage;
    expect(listed.items[0]).toMatchObject({
      id,
      replayedAt: expect.any(String),
      replayOutcome: expect.stringMatching(/by admin@auscult\.local$/),
    });
  });

  it('says when a payload is still rejected, with the reason', async () => {
    const id = await keepOldRejection(
      'survey-tool',
      'application/json',
      Buffer.from('{"externalId":"s1"}'),
      'old reason',
    );
    const body = (await (await asAdmin(`/${id}/replay`, { method: 'POST' })).json()) as {
      outcome: string;
      reasons: string[];
    };
    expect(body).toEqual({
      outcome: 'still_rejected',
      items: [],
      reasons: ["field 'text': required, a non-empty string"],
    });
  });

  it('answers 404 for an unknown id and 409 when only a truncated copy is left', async () => {
    expect((await asAdmin('/00000000-0000-4000-8000-000000000000/replay', { method: 'POST' })).status).toBe(
      404,
    );
    const [row] = await query<{ id: string }>(
      api,
      `INSERT INTO rejected_items (source, reason, content_type, payload, is_truncated) VALUES ('survey-tool', 'big', 'application/json', '[{', true) RETURNING id`,
    );
    const res = await asAdmin(`/${row.id}/replay`, { method: 'POST' });
    expect(res.status).toBe(409);
  });
});

describe('refused POST /api/v1/ingest bodies', () => {
  it('are kept as rejected items with the problems named in the 400, and can be replayed', async () => {
    const res = await ingest(api, [
      { source: 'twitter', externalId: 'i1', text: 'ok' },
      { source: 'twitter', text: 'no id' },
    ]);
    expect(res.status).toBe(400);
    const page = (await (
      await asAdmin(`?source=${encodeURIComponent('@ingest-api')}`)
    ).json()) as RejectedItemPage;
    expect(page.items[0]).toMatchObject({
      source: '@ingest-api',
      reason: expect.stringMatching(/^\[1\]\.externalId: /),
    });
    const replay = (await (await asAdmin(`/${page.items[0].id}/replay`, { method: 'POST' })).json()) as {
      outcome: string;
    };
    expect(replay.outcome).toBe('still_rejected');
  });

  it('accepts on replay a body that the ingest rules now accept', async () => {
    const body = Buffer.from(
      JSON.stringify({ source: 'twitter', externalId: 'replayed-1', text: 'call bell unanswered' }),
    );
    const id = await keepOldRejection('@ingest-api', 'application/json', body, 'an older rule');
    const replay = (await (await asAdmin(`/${id}/replay`, { method: 'POST' })).json()) as { outcome: string };
    expect(replay.outcome).toBe('accepted');
    expect(await queue.getJob(ingestJobId('twitter', 'replayed-1'))).toBeDefined();
  });
});
