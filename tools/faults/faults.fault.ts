// Nothing accepted is lost: each scenario sends a known set of items through the real API, breaks
// something (worker, Redis, PostgreSQL, API), repairs it, and asserts that every accepted item is
// stored exactly once and was shown on a live dashboard socket.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ingestJobId, QUEUES } from '@auscult/contracts';
import { ingestJobOptions, itemIdFor } from '@auscult/connectors';
import { Queue } from 'bullmq';
import { privatePostgres, privateRedis, type PrivateService } from './services.js';
import {
  appEnv,
  connectDashboard,
  createDatabase,
  deliver,
  eventually,
  ids,
  login,
  startApp,
  storedCounts,
  waitHealthy,
  type AppProcess,
  type Dashboard,
  type SendLog,
} from './system.js';

let redis: PrivateService;
let postgres: PrivateService;
let scenario = 0;

beforeAll(async () => {
  [redis, postgres] = await Promise.all([privateRedis(), privatePostgres()]);
});

afterAll(async () => {
  await Promise.all([redis?.remove(), postgres?.remove()]);
});

interface Running {
  env: NodeJS.ProcessEnv;
  url: string;
  databaseUrl: string;
  api: AppProcess;
  worker: AppProcess;
  dashboard: Dashboard;
  log: SendLog;
  stop(): Promise<void>;
}

async function startSystem(): Promise<Running> {
  const name = `faults_${process.pid}_${scenario++}`;
  const databaseUrl = await createDatabase(postgres.url, name);
  const env = await appEnv(databaseUrl, redis.url, name);
  const api = startApp('api', env);
  const worker = startApp('worker', env);
  const url = `http://127.0.0.1:${env.PORT}`;
  await waitHealthy(url);
  const dashboard = await connectDashboard(url, await login(url));
  const running: Running = {
    env,
    url,
    databaseUrl,
    api,
    worker,
    dashboard,
    log: { accepted: new Set(), answers: [] },
    stop: async () => {
      running.dashboard.close();
      await Promise.all([running.api.proc.stop(), running.worker.proc.stop()]);
    },
  };
  return running;
}

/** Every accepted item stored exactly once and seen live; nothing stored that was not accepted. */
async function expectNothingLost(s: Running, source: string): Promise<void> {
  const accepted = [...s.log.accepted];
  const stored = await eventually(
    `all ${accepted.length} accepted items stored`,
    async () => {
      const counts = await storedCounts(s.databaseUrl, source);
      return accepted.every((id) => counts.has(id)) ? counts : undefined;
    },
    120_000,
  ).catch((e: Error) => {
    throw new Error(`${e.message}\n[worker] ${s.worker.tail.join('\n[worker] ')}`);
  });
  expect([...stored.values()].filter((n) => n !== 1)).toEqual([]);
  expect([...stored.keys()].filter((id) => !s.log.accepted.has(id))).toEqual([]);
  await eventually(`all ${accepted.length} accepted items seen on the dashboard socket`, async () =>
    accepted.every((id) => s.dashboard.seen.has(id)) ? true : undefined,
  );
}

describe('fault tests (real processes)', () => {
  it('loses nothing when the worker is SIGKILLed mid-batch and restarted', async () => {
    const s = await startSystem();
    try {
      const items = ids('kill', 800);
      const sending = deliver(() => s.url, 'fault-kill', items, s.log);
      await eventually('some items stored', async () => {
        const n = (await storedCounts(s.databaseUrl, 'fault-kill')).size;
        return n > 100 ? n : undefined;
      });
      s.worker.proc.child.kill('SIGKILL');
      await s.worker.proc.exited;
      s.worker = startApp('worker', s.env);
      await sending;
      await expectNothingLost(s, 'fault-kill');
      expect(s.log.accepted.size).toBe(800);
    } finally {
      await s.stop();
    }
  });

  it('answers 503 with Retry-After, never 202, while Redis restarts, and loses nothing it accepted', async () => {
    const s = await startSystem();
    try {
      const before = ids('redis-a', 500);
      await deliver(() => s.url, 'fault-redis', before, s.log);
      const downAt = Date.now();
      await redis.stop('SIGKILL');
      const whileDown: SendLog = { accepted: new Set(), answers: [] };
      const during = deliver(() => s.url, 'fault-redis', ids('redis-b', 300), whileDown);
      await eventually('a refusal while Redis is down', async () =>
        whileDown.answers.length >= 2 ? true : undefined,
      );
      const upAt = Date.now();
      await redis.start();
      await during;
      for (const id of whileDown.accepted) s.log.accepted.add(id);
      const answeredWhileDown = whileDown.answers.filter((a) => a.at >= downAt && a.at < upAt);
      expect(answeredWhileDown.length).toBeGreaterThan(0);
      expect(answeredWhileDown.every((a) => a.status === 503 && a.retryAfter !== null)).toBe(true);
      await expectNothingLost(s, 'fault-redis');
      expect(s.log.accepted.size).toBe(800);
    } finally {
      await s.stop();
    }
  });

  it('retries through a PostgreSQL restart, and dead-letters an item that can never be stored', async () => {
    const s = await startSystem();
    try {
      // An item that can never be stored: the API refuses anything PostgreSQL would reject, so the
      // poison goes straight into the queue, as a producer bug would put it (its time cannot be parsed).
      const queue = new Queue(QUEUES.ingest, {
        connection: { url: s.env.REDIS_URL },
        prefix: s.env.AUSCULT_REDIS_PREFIX,
      });
      await queue.add(
        'ingest.item',
        {
          id: itemIdFor('fault-pg', 'poison'),
          item: { source: 'fault-pg', externalId: 'poison', channel: 'social', text: 'Lovely staff' },
          receivedAt: 'not a time',
        },
        { ...ingestJobOptions(50), jobId: ingestJobId('fault-pg', 'poison') },
      );
      await queue.close();
      const sending = deliver(() => s.url, 'fault-pg', ids('pg', 500), s.log);
      await eventually('some items stored', async () => {
        const n = (await storedCounts(s.databaseUrl, 'fault-pg')).size;
        return n > 50 ? n : undefined;
      });
      await postgres.stop('SIGKILL');
      await new Promise((r) => setTimeout(r, 3000));
      await postgres.start();
      await sending;
      await expectNothingLost(s, 'fault-pg');
      const admin = await fetch(`${s.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@auscult.local', password: 'auscult-demo' }),
      }).then((r) => r.json() as Promise<{ accessToken: string }>);
      const headers = { authorization: `Bearer ${admin.accessToken}` };
      const dead = await eventually(
        'the poison item in the dead letters',
        async () => {
          const body = (await fetch(`${s.url}/api/v1/admin/dead-letters`, { headers }).then((r) =>
            r.json(),
          )) as {
            deadLetters: { jobId: string; externalId: string; attemptsMade: number }[];
          };
          return body.deadLetters.length > 0 ? body.deadLetters : undefined;
        },
        120_000,
      );
      expect(dead.map((d) => [d.externalId, d.attemptsMade])).toEqual([['poison', 10]]);
      const replay = await fetch(
        `${s.url}/api/v1/admin/dead-letters/${encodeURIComponent(ingestJobId('fault-pg', 'poison'))}/replay`,
        {
          method: 'POST',
          headers,
        },
      );
      expect(replay.status).toBe(202);
    } finally {
      await s.stop();
    }
  });

  it('lets a dashboard reconnect to a restarted API and recover what it missed', async () => {
    const s = await startSystem();
    try {
      await deliver(() => s.url, 'fault-api', ids('api', 800), s.log, 100);
      // The worker is still working through the backlog while the API is away.
      await s.api.proc.stop();
      await new Promise((r) => setTimeout(r, 1000));
      s.api = startApp('api', s.env);
      await waitHealthy(s.url);
      await expectNothingLost(s, 'fault-api');
      expect(s.dashboard.reconnects.length).toBeGreaterThan(0);
      console.log(`dashboard reconnects after the API restart: ${JSON.stringify(s.dashboard.reconnects)}`);
    } finally {
      await s.stop();
    }
  });

  it('stops gracefully on SIGTERM: the worker finishes the jobs in hand and exits 0, and so does the API', async () => {
    const s = await startSystem();
    try {
      const sending = deliver(() => s.url, 'fault-term', ids('term', 600), s.log);
      await eventually('some items stored', async () => {
        const n = (await storedCounts(s.databaseUrl, 'fault-term')).size;
        return n > 50 ? n : undefined;
      });
      s.worker.proc.child.kill('SIGTERM');
      expect(await s.worker.proc.exited).toBe(0);
      await sending;
      // No job was left half-done: none is still active (a killed worker would leave its jobs active until their locks expire).
      const u = new URL(redis.url);
      const queue = new Queue(QUEUES.ingest, {
        connection: { host: u.hostname, port: Number(u.port) },
        prefix: s.env.AUSCULT_REDIS_PREFIX,
      });
      const active = await queue.getActiveCount();
      await queue.close();
      expect(active).toBe(0);
      s.worker = startApp('worker', s.env);
      await expectNothingLost(s, 'fault-term');
      s.api.proc.child.kill('SIGTERM');
      expect(await s.api.proc.exited).toBe(0);
    } finally {
      await s.stop();
    }
  });

  it('stores one item each when a source delivers the same items twice, even at once', async () => {
    const s = await startSystem();
    try {
      const items = ids('twice', 600);
      const again: SendLog = { accepted: new Set(), answers: [] };
      await Promise.all([
        deliver(() => s.url, 'fault-twice', items, s.log),
        deliver(() => s.url, 'fault-twice', items, again),
      ]);
      await deliver(() => s.url, 'fault-twice', items, again);
      await expectNothingLost(s, 'fault-twice');
      expect((await storedCounts(s.databaseUrl, 'fault-twice')).size).toBe(600);
    } finally {
      await s.stop();
    }
  });
});
