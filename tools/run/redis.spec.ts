import { describe, expect, it } from '@jest/globals';
import { answersPing, resolveRedis, RedisUnavailableError } from './redis.js';

const quiet = (): void => undefined;

describe('resolveRedis', () => {
  it('uses REDIS_URL as given without probing', async () => {
    const redis = await resolveRedis({ env: { REDIS_URL: 'redis://example.invalid:6380' }, log: quiet });
    expect(redis).toMatchObject({ source: 'REDIS_URL', url: 'redis://example.invalid:6380' });
  });

  it('starts a private redis-server that answers PING and is gone after stop', async () => {
    const redis = await resolveRedis({
      env: { AUSCULT_SKIP_LOCAL_REDIS: '1', PATH: process.env.PATH },
      log: quiet,
    });
    const port = Number(new URL(redis.url).port);
    try {
      expect(redis.source).toBe('private');
      expect(port).not.toBe(6379);
      expect(await answersPing('127.0.0.1', port)).toBe(true);
    } finally {
      await redis.stop();
    }
    expect(await answersPing('127.0.0.1', port)).toBe(false);
  });

  it('explains how to get Redis when none runs and redis-server is not on PATH', async () => {
    const attempt = resolveRedis({ env: { AUSCULT_SKIP_LOCAL_REDIS: '1', PATH: '' }, log: quiet });
    await expect(attempt).rejects.toBeInstanceOf(RedisUnavailableError);
    await expect(attempt).rejects.toThrow(
      /docker compose up -d redis[\s\S]*apt-get install redis-server[\s\S]*brew install redis/,
    );
  });
});
