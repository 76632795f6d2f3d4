// The pollers' own Redis connection, for the ingest duplicate markers (the queue keeps its own).
import type { OnApplicationShutdown, Provider } from '@nestjs/common';
import { redisOptions, type AuscultConfig } from '@auscult/config';
import { Redis } from 'ioredis';
import { AUSCULT_CONFIG } from '../config.js';

export const POLL_REDIS = Symbol('POLL_REDIS');

export const pollRedisProvider: Provider = {
  provide: POLL_REDIS,
  inject: [AUSCULT_CONFIG],
  useFactory: (config: AuscultConfig) => {
    const redis = new Redis(redisOptions(config.redisUrl, 'worker'));
    return Object.assign(redis, {
      onApplicationShutdown: async () => {
        await redis.quit().catch(() => undefined);
      },
    }) satisfies OnApplicationShutdown;
  },
};
