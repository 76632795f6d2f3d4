import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { AuscultConfig } from '@auscult/config';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AUSCULT_CONFIG } from '../config/config.module.js';
import { retryAfterSeconds } from '../rate-limit/rate-limit.service.js';
import { REDIS } from '../redis/redis.module.js';

// Failures are counted over this window; a success for the account clears its count.
const WINDOW_SECONDS = 15 * 60;

/**
 * Lockout after repeated failed logins, per account and per client address, in Redis so it holds
 * across API instances. Guessing one account's password and spraying one password over many
 * accounts are both stopped.
 */
@Injectable()
export class LoginLockoutService {
  private readonly byAccount: RateLimiterRedis;
  private readonly byAddress: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(AUSCULT_CONFIG) config: AuscultConfig) {
    const { maxFailures, ipMaxFailures, lockoutSeconds } = config.loginLockout;
    const options = { storeClient: redis, duration: WINDOW_SECONDS, blockDuration: lockoutSeconds };
    this.byAccount = new RateLimiterRedis({
      ...options,
      keyPrefix: `${config.redisPrefix}:login-fail:account`,
      // The limiter blocks when consumption goes past `points`: the max-th failure starts the lockout.
      points: maxFailures - 1,
    });
    this.byAddress = new RateLimiterRedis({
      ...options,
      keyPrefix: `${config.redisPrefix}:login-fail:address`,
      points: ipMaxFailures - 1,
    });
  }

  /** Seconds until this account may try again from this address; 0 when it may now. */
  async lockedForSeconds(email: string, address: string): Promise<number> {
    const waits = await Promise.all([
      blockedFor(this.byAccount, accountKey(email)),
      blockedFor(this.byAddress, address),
    ]);
    return Math.max(...waits);
  }

  /** Counts a failure; answers the lockout in seconds when this failure started one, else 0. */
  async recordFailure(email: string, address: string): Promise<number> {
    const results = await Promise.allSettled([
      this.byAccount.consume(accountKey(email)),
      this.byAddress.consume(address),
    ]);
    const locks = results
      .filter((r) => r.status === 'rejected')
      .map((r) => {
        if (!(r.reason instanceof RateLimiterRes)) throw r.reason;
        return retryAfterSeconds(r.reason);
      });
    return Math.max(0, ...locks);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byAccount.delete(accountKey(email));
  }
}

/** A key is blocked once its consumption went past the limiter's points (the limiter then holds it for blockDuration). */
async function blockedFor(limiter: RateLimiterRedis, key: string): Promise<number> {
  const res = await limiter.get(key);
  return res && res.consumedPoints > limiter.points && res.msBeforeNext > 0 ? retryAfterSeconds(res) : 0;
}

// Emails are hashed so Redis keys carry no personal data.
function accountKey(email: string): string {
  return createHash('sha256').update(email.toLowerCase()).digest('hex');
}
