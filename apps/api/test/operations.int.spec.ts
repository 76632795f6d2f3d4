import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ingestJobId, QUEUES, type IngestJobData } from '@auscult/contracts';
import { redisOptions } from '@auscult/config';
import { Queue, Worker } from 'bullmq';
import { ingest, login, startApi, type ApiHarness } from './api-harness.js';

const METRICS_TOKEN = 'metrics-token-for-tests-0123456789abcdef';
let api: ApiHarness;
let queue: Queue<IngestJobData>;

const item = (externalId: string) => ({
  source: 'ops-test',
  externalId,
  text: 'The car park machine ate my ticket',
  channel: 'review' as const,
});

beforeAll(async () => {
  api = await startApi('operations', { METRICS_TOKEN, INGEST_MAX_BACKLOG: '100' });
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

describe('GET /metrics', () => {
  it('answers the scraper holding the metrics token with queue, HTTP and socket metrics', async () => {
    await ingest(api, item('m-1'));
    const res = await fetch(`${api.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/auscult_queue_jobs\{queue="ingest",state="waiting"\} 1/);
    expect(text).toMatch(
      /auscult_http_requests_total\{method="POST",route="\/api\/v1\/ingest",status="202"\} 1/,
    );
    expect(text).toMatch(/auscult_live_sockets 0/);
    expect(text).toMatch(/auscult_db_pool_connections\{state="total"\}/);
    expect(text).toMatch(/auscult_api_process_resident_memory_bytes/);
  });

  it('answers an admin, refuses a nurse (403) and anyone without a token (401)', async () => {
    const admin = await login(api, 'admin@auscult.local');
    const nurse = await login(api, 'nurse.4b@auscult.local');
    const status = (token?: string) =>
      fetch(`${api.url}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} }).then(
        (r) => r.status,
      );
    expect([await status(admin), await status(nurse), await status()]).toEqual([200, 403, 401]);
  });
});

describe('dead letters', () => {
  it('lists an ingest job that failed every attempt, and replays it for an admin', async () => {
    const data: IngestJobData = {
      id: crypto.randomUUID(),
      item: item('dl-1'),
      receivedAt: new Date().toISOString(),
    };
    const jobId = ingestJobId('ops-test', 'dl-1');
    await queue.add('ingest.item', data, { jobId, attempts: 1 });
    // A stand-in worker that cannot store anything, so the job lands in the failed set.
    const failing = new Worker(
      QUEUES.ingest,
      async () => {
        throw new Error('relation "items" is unavailable');
      },
      { connection: redisOptions(api.config.redisUrl, 'worker'), prefix: api.config.redisPrefix },
    );
    await new Promise<void>((r) => failing.on('failed', () => r()));
    await failing.close();
    const admin = { authorization: `Bearer ${await login(api, 'admin@auscult.local')}` };
    const listed = await fetch(`${api.url}/api/v1/admin/dead-letters`, { headers: admin });
    const body = (await listed.json()) as { total: number; deadLetters: Record<string, unknown>[] };
    expect(body.total).toBe(1);
    expect(body.deadLetters[0]).toMatchObject({
      jobId,
      itemId: data.id,
      externalId: 'dl-1',
      attemptsMade: 1,
    });
    expect(body.deadLetters[0]).not.toHaveProperty('text');

    const nurse = { authorization: `Bearer ${await login(api, 'nurse.4b@auscult.local')}` };
    const refused = await fetch(`${api.url}/api/v1/admin/dead-letters/${jobId}/replay`, {
      method: 'POST',
      headers: nurse,
    });
    expect(refused.status).toBe(403);
    const replayed = await fetch(`${api.url}/api/v1/admin/dead-letters/${jobId}/replay`, {
      method: 'POST',
      headers: admin,
    });
    expect(replayed.status).toBe(202);
    expect(await (await queue.getJob(jobId))!.getState()).toBe('waiting');
    const again = await fetch(`${api.url}/api/v1/admin/dead-letters/${jobId}/replay`, {
      method: 'POST',
      headers: admin,
    });
    expect(again.status).toBe(404);
  });
});

describe('back-pressure', () => {
  it('answers 503 with Retry-After, accepting nothing, once the backlog reaches INGEST_MAX_BACKLOG', async () => {
    await queue.obliterate({ force: true });
    await queue.addBulk(
      Array.from({ length: 100 }, (_, i) => ({
        name: 'ingest.item',
        data: { id: crypto.randomUUID(), item: item(`bp-${i}`), receivedAt: new Date().toISOString() },
      })),
    );
    // The API reads the backlog at most every 250 ms; poll until it has seen the new depth.
    let res = await ingest(api, item('bp-over'));
    for (let i = 0; i < 20 && res.status === 202; i++) {
      await new Promise((r) => setTimeout(r, 100));
      res = await ingest(api, item(`bp-over-${i}`));
    }
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(await queue.getJob(ingestJobId('ops-test', 'bp-over-19'))).toBeUndefined();
  });
});
