// Test support: every integration test gets its own database (migrated) and Redis key prefix,
// named after the run so the test command can clean up whatever a crashed test left behind.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDataSource, runMigrations } from './data-source.js';
import { seedDemo } from './demo/seed-demo.js';

const runId = process.env.AUSCULT_TEST_RUN_ID ?? `local${Date.now().toString(36)}`;
const adminUrl = process.env.AUSCULT_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const testRedisUrl = process.env.AUSCULT_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export function testRedisPrefix(label: string): string {
  return `auscult-test-${runId}-${label}-${randomBytes(3).toString('hex')}`;
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(
  label: string,
  options: { seedDemo?: boolean } = {},
): Promise<TestDatabase> {
  const name = `auscult_test_${runId}_${label}_${randomBytes(3).toString('hex')}`
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_');
  await withAdmin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await runMigrations(url.toString());
  if (options.seedDemo) await seedDatabase(url.toString());
  return {
    url: url.toString(),
    drop: () =>
      withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

async function seedDatabase(url: string): Promise<void> {
  const ds = createDataSource({ url, poolSize: 1 });
  await ds.initialize();
  try {
    await seedDemo(ds);
  } finally {
    await ds.destroy();
  }
}

/** The environment an app under test reads: its own database and Redis prefix, quiet logs, a small pool. */
export function testAppEnv(label: string, databaseUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    REDIS_URL: testRedisUrl,
    AUSCULT_REDIS_PREFIX: testRedisPrefix(label),
    LOG_LEVEL: 'silent',
    DB_POOL_SIZE: '4',
  };
}
