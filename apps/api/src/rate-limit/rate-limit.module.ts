// Rate limits that hold across API instances: counters in Redis (rate-limiter-flexible's atomic
// RateLimiterRedis), under the deployment's key prefix. Routes opt in with a guard; nothing else is
// limited by this module. (@nestjs/throttler 6.7 is CommonJS requiring @nestjs/common, which is
// ESM-only in Nest 12: it loads under plain Node 20.19+ but not in Jest's runtime, so its guard
// could not be tested against the real app here.)
import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { redisOptions, type AuscultConfig } from '@auscult/config';
import { Redis } from 'ioredis';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import { AUSCULT_CONFIG } from '../config/config.module.js';
import { FeedbackRateLimitGuard } from './feedback-rate-limit.guard.js';
import { FEEDBACK_RATE_LIMITER, RATE_LIMIT_REDIS } from './rate-limit.tokens.js';

@Module({
  providers: [
    {
      provide: RATE_LIMIT_REDIS,
      inject: [AUSCULT_CONFIG],
      // Fail fast: when Redis is away a limited route answers 503, never "unlimited".
      useFactory: (config: AuscultConfig) => new Redis(redisOptions(config.redisUrl, 'producer')),
    },
    {
      provide: FEEDBACK_RATE_LIMITER,
      inject: [AUSCULT_CONFIG, RATE_LIMIT_REDIS],
      useFactory: (config: AuscultConfig, redis: Redis) =>
        new RateLimiterRedis({
          storeClient: redis,
          keyPrefix: `${config.redisPrefix}:rate:feedback`,
          points: config.pushConnectors.feedbackRateLimit.limit,
          duration: config.pushConnectors.feedbackRateLimit.windowSeconds,
        }),
    },
    FeedbackRateLimitGuard,
  ],
  exports: [FEEDBACK_RATE_LIMITER, FeedbackRateLimitGuard],
})
export class RateLimitModule implements OnApplicationShutdown {
  constructor(@Inject(RATE_LIMIT_REDIS) private readonly redis: Redis) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
