// Per-run isolation on shared services: CI machines keep PostgreSQL and Redis between runs, so every
// run names its databases `auscult_test_<runid>_…` and its Redis keys `auscult-test-<runid>…`, and
// removes them at the end (also what a crashed test left behind).
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { withClient } from '../run/postgres.js';

/** Lowercase letters and digits only: valid in a database name unquoted and in a Redis key prefix. */
export function newRunId(): string {
  return `r${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
}

export const testDatabasePrefix = (runId: string): string => `auscult_test_${runId}_`;
export const testRedisPrefix = (runId: string): string => `auscult-test-${runId}`;

/** Drops every database whose name starts with `auscult_test_<runid>` and returns their names. */
export async function dropTestDatabases(adminUrl: string, runId: string): Promise<string[]> {
  return withClient(adminUrl, async (client) => {
    // starts_with, not LIKE: `_` is a LIKE wildcard and would match other runs' names.
    const found = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
      [`auscult_test_${runId}`],
    );
    for (const { datname } of found.rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname.replace(/"/g, '""')}" WITH (FORCE)`);
    }
    return found.rows.map((r) => r.datname);
  });
}

/** Deletes every key starting with `prefix`, walking the keyspace with SCAN (KEYS would block Redis). */
export async function deleteRedisKeys(redisUrl: string, prefix: string): Promise<number> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  let deleted = 0;
  try {
    const pattern = `${prefix.replace(/[*?[\]\\]/g, '\\$&')}*`;
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) deleted += await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}
