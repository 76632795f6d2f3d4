import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { AuscultConfig } from '@auscult/config';
import type { Redis } from 'ioredis';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import { AUSCULT_CONFIG } from '../config/config.module.js';
import { REDIS } from '../redis/redis.module.js';
import { FeedbackRateLimitGuard } from './feedback-rate-limit.guard.js';
import { RateLimitGuard } from './rate-limit.guard.js';
import { RateLimitService } from './rate-limit.service.js';
import { FEEDBACK_RATE_LIMITER } from './rate-limit.tokens.js';

/**
 * Rate limits that hold across API instances: counters in Redis (rate-limiter-flexible's atomic
 * RateLimiterRedis), under the deployment's key prefix. (@nestjs/throttler 6.7 is CommonJS requiring
 * @nestjs/common, which is ESM-only in Nest 12, and does not load in Jest's runtime.)
 * - Named per-minute limits (see rate-limit.decorator.ts), checked by a global guard that runs before
 *   AuthModule's, so floods are refused before any key or token check.
 * - The comment-card limit (FEEDBACK_RATE_LIMIT per FEEDBACK_RATE_WINDOW_SECONDS per IP), a longer
 *   window than a minute, applied with FeedbackRateLimitGuard.
 */
@Global()
@Module({
  providers: [
    RateLimitService,
    { provide: APP_GUARD, useClass: RateLimitGuard },
    {
      provide: FEEDBACK_RATE_LIMITER,
      inject: [AUSCULT_CONFIG, REDIS],
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
  exports: [RateLimitService, FEEDBACK_RATE_LIMITER, FeedbackRateLimitGuard],
})
export class RateLimitModule {}
