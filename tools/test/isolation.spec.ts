import { describe, expect, it } from '@jest/globals';
import { Redis } from 'ioredis';
import { LOCAL_POSTGRES_ADMIN_URL, withClient } from '../run/postgres.js';
import { answersPing } from '../run/redis.js';
import { deleteRedisKeys, dropTestDatabases, newRunId, testRedisPrefix } from './isolation.js';

const redisUrl = process.env.AUSCULT_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const adminUrl = process.env.AUSCULT_TEST_PG_URL ?? LOCAL_POSTGRES_ADMIN_URL;

describe('test data isolation', () => {
  it('makes run ids usable unquoted in database names and Redis prefixes', () => {
    expect(newRunId()).toMatch(/^[a-z0-9]+$/);
    expect(newRunId()).not.toBe(newRunId());
  });

  it("deletes the run's Redis keys and no one else's", async () => {
    const u = new URL(redisUrl);
    if (!(await answersPing(u.hostname, Number(u.port || 6379)))) {
      console.warn(`skipping: no Redis at ${redisUrl}`);
      return;
    }
    const runId = newRunId();
    const other = `${testRedisPrefix(newRunId())}-keep`;
    const redis = new Redis(redisUrl);
    try {
      await redis.mset(`${testRedisPrefix(runId)}-a:1`, 'x', `${testRedisPrefix(runId)}:b`, 'y', other, 'z');
      expect(await deleteRedisKeys(redisUrl, testRedisPrefix(runId))).toBe(2);
      expect(await redis.exists(other)).toBe(1);
    } finally {
      await redis.del(other);
      redis.disconnect();
    }
  });

  it("drops the run's databases, matching `_` literally", async () => {
    const reachable = await withClient(adminUrl, (c) => c.query('SELECT 1')).then(
      () => true,
      () => false,
    );
    if (!reachable) {
      console.warn(`skipping: no PostgreSQL at ${adminUrl}`);
      return;
    }
    const runId = newRunId();
    const name = `auscult_test_${runId}_isolation`;
    await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
    expect(await dropTestDatabases(adminUrl, runId)).toEqual([name]);
    const left = await withClient(adminUrl, (c) =>
      c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]),
    );
    expect(left.rowCount).toBe(0);
  });
});
