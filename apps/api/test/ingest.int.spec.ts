import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ingestJobId, QUEUES } from '@auscult/contracts';
import { redisOptions } from '@auscult/config';
import { Queue } from 'bullmq';
import { ingest, login, startApi, type ApiHarness } from './api-harness.js';

let api: ApiHarness;
let queue: Queue;

const item = (externalId: string, extra: Record<string, unknown> = {}) => ({
  source: 'twitter',
  externalId,
  text: 'My dad on ward 4B has been in pain since 3am',
  channel: 'social',
  ...extra,
});

beforeAll(async () => {
  api = await startApi('ingest');
  queue = new Queue(QUEUES.ingest, {
    connection: redisOptions(api.config.redisUrl, 'producer'),
    prefix: api.config.redisPrefix,
  });
});

afterAll(async () => {
  await queue?.obliterate({ force: true });
  await queue?.close();
  await api?.close();
});

describe('POST /api/v1/ingest', () => {
  it('answers 202 with the item id once the job is in Redis', async () => {
    const res = await ingest(api, item('a1'));
    const body = (await res.json()) as { items: { id: string; externalId: string; duplicate: boolean }[] };
    expect(res.status).toBe(202);
    expect(body.items).toEqual([
      { id: expect.stringMatching(/^[0-9a-f-]{36}$/), externalId: 'a1', duplicate: false },
    ]);
    const job = await queue.getJob(ingestJobId('twitter', 'a1'));
    expect(job?.data).toMatchObject({ id: body.items[0].id, item: { externalId: 'a1' } });
  });

  it('reports a re-send of the same (source, externalId) as a duplicate with the same id', async () => {
    const first = (await (await ingest(api, item('dup-1'))).json()) as { items: { id: string }[] };
    const again = (await (await ingest(api, item('dup-1', { text: 'changed' }))).json()) as {
      items: { id: string; duplicate: boolean }[];
    };
    expect(again.items[0]).toEqual({ id: first.items[0].id, externalId: 'dup-1', duplicate: true });
  });

  it('accepts a batch and reports a duplicate inside the same batch', async () => {
    const res = await ingest(api, [item('b1'), item('b2'), item('b1')]);
    const body = (await res.json()) as { items: { externalId: string; duplicate: boolean }[] };
    expect(body.items.map((i) => [i.externalId, i.duplicate])).toEqual([
      ['b1', false],
      ['b2', false],
      ['b1', true],
    ]);
  });

  it('accepts a user bearer token instead of an ingest key', async () => {
    const token = await login(api, 'px@auscult.local');
    expect((await ingest(api, item('bearer-1'), { authorization: `Bearer ${token}` })).status).toBe(202);
  });

  it.each([
    ['no credentials', {}],
    ['a wrong ingest key', { 'x-api-key': 'nope' }],
    ['a forged bearer token', { authorization: 'Bearer abc.def.ghi' }],
  ])('answers 401 with %s', async (_, headers) => {
    expect((await ingest(api, item('x'), headers)).status).toBe(401);
  });

  it.each([
    ['malformed JSON', '{"source": ', 'body'],
    ['an empty array', [], 'body'],
    ['a string body', '"hello"', 'body'],
    ['a missing text', { source: 's', externalId: '1' }, 'text'],
    ['a wrong type', { source: 's', externalId: '1', text: 42 }, 'text'],
    ['an unknown field', { ...item('u1'), priority: 'high' }, 'priority'],
    ['an unknown channel', item('c1', { channel: 'pigeon' }), 'channel'],
    ['a bad postedAt', item('p1', { postedAt: 'yesterday' }), 'postedAt'],
    ['an oversized text', item('o1', { text: 'x'.repeat(20_001) }), 'text'],
    [
      'a bad item inside a batch',
      [item('ok-1'), { source: 's', externalId: '', text: 'x' }],
      '[1].externalId',
    ],
  ])('answers 400 naming the field for %s', async (_, body, field) => {
    const res = await ingest(api, body);
    const json = (await res.json()) as { errors: { field: string; reason: string }[] };
    expect(res.status).toBe(400);
    expect(json.errors.map((e) => e.field)).toContain(field);
  });

  it('accepts nothing from a batch that holds one bad item', async () => {
    await ingest(api, [item('half-1'), { ...item('half-2'), text: null }]);
    expect(await queue.getJob(ingestJobId('twitter', 'half-1'))).toBeUndefined();
  });

  it('answers 400 for more than 1,000 items', async () => {
    const res = await ingest(
      api,
      Array.from({ length: 1001 }, (_, i) => item(`many-${i}`, { text: 'x' })),
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(/at most 1000 items/);
  });

  it('answers 413 for a body over the size limit', async () => {
    const res = await ingest(
      api,
      Array.from({ length: 300 }, (_, i) => item(`big-${i}`, { text: 'y'.repeat(19_000) })),
    );
    expect(res.status).toBe(413);
  });
});

describe('POST /api/v1/ingest while Redis is unreachable', () => {
  let down: ApiHarness;

  beforeAll(async () => {
    down = await startApi('redis-down', { REDIS_URL: 'redis://127.0.0.1:1' });
  });

  afterAll(async () => {
    await down?.close();
  });

  it('answers 503 with Retry-After, never 202', async () => {
    const res = await ingest(down, item('down-1'));
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('5');
  });
});
