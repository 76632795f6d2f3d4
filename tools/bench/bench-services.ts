// The services every benchmark in one run shares: a private redis-server and a throwaway database
// on the local PostgreSQL (migrated and seeded with the demo data), dropped at the end.
import path from 'node:path';
import { makeLogger } from '../run/log.js';
import { ensureDatabase, LOCAL_POSTGRES_ADMIN_URL, withClient, withDatabase } from '../run/postgres.js';
import type { Cleanup } from '../run/processes.js';
import { findOnPath, startPrivateRedis } from '../run/redis.js';
import { runStep } from '../run/steps.js';

export interface BenchServices {
  redisUrl: string;
  databaseUrl: string;
}

export async function startBenchServices(root: string, cleanup: Cleanup): Promise<BenchServices> {
  const log = makeLogger('bench');
  const binary = findOnPath('redis-server', process.env.PATH);
  if (!binary) throw new Error('the benchmarks need redis-server on PATH (apt-get install redis-server)');
  const redis = await startPrivateRedis(binary, log);
  cleanup.add('stop the private redis-server', () => redis.stop());
  const adminUrl = process.env.BENCH_POSTGRES_ADMIN_URL ?? LOCAL_POSTGRES_ADMIN_URL;
  const database = `auscult_bench_${Date.now()}`;
  await ensureDatabase(adminUrl, database);
  cleanup.add(`drop the database ${database}`, () =>
    withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)).then(
      () => undefined,
    ),
  );
  const databaseUrl = withDatabase(adminUrl, database);
  const env = { ...process.env, DATABASE_URL: databaseUrl, AUSCULT_DEMO: 'true' };
  for (const [title, file] of [
    ['migrations', 'libs/persistence/dist/cli/migrate.js'],
    ['demo data', 'libs/persistence/dist/cli/seed-demo.js'],
  ] as const) {
    const step = await runStep(log, title, process.execPath, [path.join(root, file)], { env, cwd: root });
    if (!step.ok) throw new Error(`${title} failed`);
  }
  return { redisUrl: redis.url, databaseUrl };
}
