// Scale-out: two API nodes and two workers on one Redis and one PostgreSQL. An item ingested through
// API 1 reaches a dashboard connected to API 2; SIGKILLing one worker mid-ingest loses nothing.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { freePort } from '../run/net.js';
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
  type SendLog,
} from './system.js';

let redis: PrivateService;
let postgres: PrivateService;
const apps: AppProcess[] = [];

beforeAll(async () => {
  [redis, postgres] = await Promise.all([privateRedis(), privatePostgres()]);
});

afterAll(async () => {
  await Promise.all(apps.map((a) => a.proc.stop()));
  await Promise.all([redis?.remove(), postgres?.remove()]);
});

it('runs on 2 API nodes and 2 workers: API 1 → a socket on API 2, and a killed worker loses nothing', async () => {
  const name = `scale_${process.pid}`;
  const databaseUrl = await createDatabase(postgres.url, name);
  const env1 = await appEnv(databaseUrl, redis.url, name);
  const env2 = { ...env1, PORT: String(await freePort()) };
  const [api1, api2, worker1, worker2] = [
    startApp('api', env1),
    startApp('api', env2),
    startApp('worker', env1),
    startApp('worker', env1),
  ];
  apps.push(api1, api2, worker1, worker2);
  const url1 = `http://127.0.0.1:${env1.PORT}`;
  const url2 = `http://127.0.0.1:${env2.PORT}`;
  await Promise.all([waitHealthy(url1), waitHealthy(url2)]);
  const onApi2 = await connectDashboard(url2, await login(url2));
  try {
    const log: SendLog = { accepted: new Set(), answers: [] };
    const sending = deliver(() => url1, 'scale', ids('scale', 800), log);
    await eventually('some items stored', async () => {
      const n = (await storedCounts(databaseUrl, 'scale')).size;
      return n > 100 ? n : undefined;
    });
    worker1.proc.child.kill('SIGKILL');
    await sending;
    const stored = await eventually(
      'every accepted item stored by the surviving worker',
      async () => {
        const counts = await storedCounts(databaseUrl, 'scale');
        return [...log.accepted].every((id) => counts.has(id)) ? counts : undefined;
      },
      120_000,
    );
    expect(log.accepted.size).toBe(800);
    expect([...stored.values()].every((n) => n === 1)).toBe(true);
    await eventually('every item seen on the dashboard connected to API 2', async () =>
      [...log.accepted].every((id) => onApi2.seen.has(id)) ? true : undefined,
    );
  } finally {
    onApi2.close();
  }
});
