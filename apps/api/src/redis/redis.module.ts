import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { redisOptions, type AuscultConfig } from '@auscult/config';
import { Redis } from 'ioredis';
import { AUSCULT_CONFIG } from '../config/config.module.js';

/** A fail-fast Redis client for the API's own keys (dedupe markers, health); BullMQ keeps its own. */
export const REDIS = Symbol('REDIS');

@Global()
@Module({
  providers: [
    {
      provide: REDIS,
      inject: [AUSCULT_CONFIG],
      useFactory: (config: AuscultConfig) =>
        new Redis({ ...redisOptions(config.redisUrl, 'producer'), lazyConnect: false }),
    },
  ],
  exports: [REDIS],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
