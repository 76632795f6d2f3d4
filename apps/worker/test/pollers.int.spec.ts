// Pull sources in the real worker: the job scheduler polls X's recent search on a local server that
// answers from fixtures in X's format; items land in PostgreSQL through the ingest queue; the cursor
// in connector_cursors carries a restart across a failed page with no gap and no repeat; errors back off.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pollSchedulerId, QUEUES, type PollJobData } from '@auscult/contracts';
import type { Queue } from 'bullmq';
import { PollRunner } from '../src/pollers/poll-runner.service.js';
import { PollerRegistry } from '../src/pollers/poller-registry.service.js';
import { eventually, startWorker, type WorkerHarness } from './worker-harness.js';

const fixtures = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../libs/connectors/src/pollers/twitter/fixtures',
);
const fixture = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');
const TOKEN = 'b26v89c19zqg8o3fpzbkk4qezbhqtw0jqh3mrbf9u3ry5';

type Answer = (query: URLSearchParams, res: ServerResponse) => void;

describe('pollers in the worker (X recent search on a local server)', () => {
  let harness: WorkerHarness;
  let pollQueue: Queue<PollJobData>;
  const requests: URLSearchParams[] = [];
  let answer: Answer;
  const server = createServer((req: IncomingMessage, res) => {
    const query = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams;
    requests.push(query);
    answer(query, res);
  });
  const json = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(body);
  };
  // Page 2 fails once with a 500: the first run stops after page 1.
  const withFailingPage2 = (): Answer => {
    let failed = false;
    return (query, res) => {
      if (query.get('next_token') === TOKEN) {
        if (!failed) return ((failed = true), json(res, 500, '{"title":"Internal Error"}'));
        return json(res, 200, fixture('search-page-2.json'));
      }
      if (query.get('since_id') === '1861000000000000105')
        return json(res, 200, fixture('search-newer.json'));
      return json(res, 200, fixture('search-page-1.json'));
    };
  };
  const runner = () => harness.worker.get(PollRunner);
  const twitter = () => harness.worker.get(PollerRegistry).get('twitter')!;
  const pollNow = () => runner().run(twitter(), 1);
  const storedIds = async () =>
    (
      (await harness.ds.query(
        `SELECT external_id FROM items WHERE source = 'twitter' ORDER BY external_id`,
      )) as {
        external_id: string;
      }[]
    ).map((r) => r.external_id);
  const cursorRow = async () =>
    (
      (await harness.ds.query(
        `SELECT cursor, failures, not_before FROM connector_cursors WHERE poller_key = 'twitter'`,
      )) as {
        cursor: Record<string, unknown>;
        failures: number;
        not_before: Date | null;
      }[]
    )[0];
  // Manual runs from here on: no scheduled job left waiting or running beside them.
  const stopScheduler = async () => {
    await pollQueue.removeJobScheduler(pollSchedulerId('twitter'));
    await eventually(async () => {
      const counts = await pollQueue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      return Object.values(counts).every((n) => n === 0) ? true : undefined;
    }, 20_000);
  };

  beforeAll(async () => {
    answer = withFailingPage2();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    harness = await startWorker('pollers', {
      X_API_BASE_URL: `http://127.0.0.1:${port}`,
      X_BEARER_TOKEN: 'test-bearer',
      X_SEARCH_QUERY: '"Auscult General"',
      X_POLL_SECONDS: '3600',
      POLL_TIMEOUT_SECONDS: '1',
    });
    harness.queue('ingest');
    pollQueue = harness.queue<PollJobData>(QUEUES.poll);
  }, 60_000);
  afterAll(async () => {
    await harness.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }, 30_000);

  it('schedules the configured source and its first run stores page 1, then backs off on the failing page 2', async () => {
    const schedulers = await pollQueue.getJobSchedulers();
    expect(schedulers.map((s) => [s.key, s.every])).toEqual([[pollSchedulerId('twitter'), 3_600_000]]);
    const status = await eventually(async () => {
      const rows = (await harness.ds.query(`SELECT * FROM connector_status WHERE source = 'twitter'`)) as {
        last_error: string | null;
        kind: string;
      }[];
      return rows[0]?.last_error ? rows[0] : undefined;
    }, 20_000);
    await stopScheduler();
    expect(status).toMatchObject({ kind: 'pull', last_error: expect.stringContaining('HTTP 500') });
    expect(
      await eventually(async () => ((await storedIds()).length === 2 ? storedIds() : undefined), 20_000),
    ).toEqual(['1861000000000000104', '1861000000000000105']);
    const row = await cursorRow();
    expect(row.cursor).toEqual({ sinceId: null, nextToken: TOKEN, runNewestId: '1861000000000000105' });
    expect(row.failures).toBe(1);
    expect(row.not_before!.getTime()).toBeGreaterThan(Date.now() + 20_000);
  }, 60_000);

  it('makes no call while the backoff runs', async () => {
    const before = requests.length;
    expect(await pollNow()).toEqual({ status: 'skipped' });
    expect(requests.length).toBe(before);
  });

  it('resumes after a restart at the stored page token: no gap, no repeat', async () => {
    await harness.restart();
    await stopScheduler();
    await harness.ds.query(`UPDATE connector_cursors SET not_before = now() - interval '1 second'`);
    const before = requests.length;
    const outcome = await pollNow();
    expect(outcome).toMatchObject({ status: 'ok', pages: 1, items: 1, accepted: 1 });
    expect(requests.slice(before).map((q) => [q.get('next_token'), q.get('since_id')])).toEqual([
      [TOKEN, null],
    ]);
    expect(await cursorRow()).toMatchObject({
      cursor: { sinceId: '1861000000000000105', nextToken: null, runNewestId: null },
      failures: 0,
      not_before: null,
    });
    await eventually(async () => ((await storedIds()).length === 3 ? true : undefined), 20_000);
    // Page 1 was fetched once in all: nothing polled twice.
    expect(requests.filter((q) => !q.get('next_token') && !q.get('since_id'))).toHaveLength(1);
  }, 60_000);

  it('asks only for tweets newer than the last run (since_id)', async () => {
    const outcome = await pollNow();
    expect(outcome).toMatchObject({ status: 'ok', items: 1 });
    expect(requests.at(-1)!.get('since_id')).toBe('1861000000000000105');
    await eventually(
      async () => ((await storedIds()).includes('1861000000000000107') ? true : undefined),
      20_000,
    );
    expect(await storedIds()).toHaveLength(4);
    const [status] = await harness.ds.query(
      `SELECT last_item_at FROM connector_status WHERE source = 'twitter'`,
    );
    expect((status as { last_item_at: Date }).last_item_at.toISOString()).toBe('2026-11-23T10:02:51.000Z');
  }, 30_000);

  it('waits until X says the rate-limit window resets after a 429', async () => {
    const reset = Math.floor(Date.now() / 1000) + 900;
    answer = (_q, res) =>
      json(res, 429, '{"title":"Too Many Requests"}', { 'x-rate-limit-reset': String(reset) });
    const outcome = await pollNow();
    expect(outcome).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('HTTP 429'),
      failures: 1,
    });
    expect((await cursorRow()).not_before!.getTime()).toBe(reset * 1000);
    const [status] = await harness.ds.query(
      `SELECT last_error FROM connector_status WHERE source = 'twitter'`,
    );
    expect(status).toEqual({ last_error: expect.stringContaining('HTTP 429 rate limited') });
  });

  it('backs off exponentially when the source does not answer in time', async () => {
    answer = () => undefined; // never answers
    await harness.ds.query(`UPDATE connector_cursors SET not_before = NULL`);
    const started = Date.now();
    const outcome = await pollNow();
    expect(outcome).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('no answer within 1000 ms'),
    });
    // Second failure in a row: 60 s (30 s doubled).
    const notBefore = (outcome as { notBefore: Date }).notBefore.getTime();
    expect(notBefore).toBeGreaterThanOrEqual(started + 59_000);
    expect(notBefore).toBeLessThan(Date.now() + 61_000);
    expect((await cursorRow()).failures).toBe(2);
  }, 30_000);
});
