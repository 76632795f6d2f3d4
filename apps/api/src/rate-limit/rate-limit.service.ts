import { Inject, Injectable } from '@nestjs/common';
import type { AuscultConfig } from '@auscult/config';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AUSCULT_CONFIG } from '../config/config.module.js';
import { DomainError } from '../errors/domain-error.js';
import { REDIS } from '../redis/redis.module.js';
import { RATE_LIMITS, type RateLimitName } from './rate-limit.decorator.js';

/** Seconds a refusal asks the client to wait, from the limiter's answer; at least 1. */
export function retryAfterSeconds(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

/**
 * Fixed-window limits kept in Redis (rate-limiter-flexible's atomic Lua), so every API instance
 * counts against the same buckets. One limiter per name in RATE_LIMITS.
 */
@Injectable()
export class RateLimitService {
  private readonly limiters: Record<RateLimitName, RateLimiterRedis>;

  constructor(@Inject(REDIS) redis: Redis, @Inject(AUSCULT_CONFIG) config: AuscultConfig) {
    const perMinute: Record<RateLimitName, number> = {
      login: config.rateLimits.loginPerMinute,
      ingest: config.rateLimits.ingestPerMinute,
      public: config.rateLimits.publicPerMinute,
    };
    this.limiters = Object.fromEntries(
      RATE_LIMITS.map((name) => [
        name,
        new RateLimiterRedis({
          storeClient: redis,
          keyPrefix: `${config.redisPrefix}:rate:${name}`,
          points: perMinute[name],
          duration: 60,
        }),
      ]),
    ) as Record<RateLimitName, RateLimiterRedis>;
  }

  /** Counts one request against `name` for `tracker`; throws 429 (with Retry-After) once over the limit. */
  async consume(name: RateLimitName, tracker: string): Promise<void> {
    try {
      await this.limiters[name].consume(tracker);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) {
        throw new DomainError('unavailable', 'The rate limiter cannot reach Redis; try again shortly.', {
          retryAfterSeconds: 5,
        });
      }
      const wait = retryAfterSeconds(e);
      throw new DomainError('rate_limited', `Too many requests; try again in ${wait} s.`, {
        retryAfterSeconds: wait,
      });
    }
  }
}
