// Who is connected now, by role: one sorted set per role of `userId|socketId` scored by expiry.
// Each API node refreshes its own sockets; a node that dies stops refreshing and its entries age out.
import { Inject, Injectable } from '@nestjs/common';
import type { AuscultConfig } from '@auscult/config';
import { PRESENCE_TTL_SECONDS, type Role } from '@auscult/contracts';
import type { Redis } from 'ioredis';
import { AUSCULT_CONFIG } from '../config/config.module.js';
import { REDIS } from '../redis/redis.module.js';

@Injectable()
export class OnlineRegistry {
  private readonly prefix: string;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(AUSCULT_CONFIG) config: AuscultConfig,
  ) {
    this.prefix = `${config.redisPrefix}:online`;
  }

  async touch(role: Role, userId: string, socketId: string): Promise<void> {
    await this.redis.zadd(
      `${this.prefix}:${role}`,
      Date.now() + PRESENCE_TTL_SECONDS * 1000,
      `${userId}|${socketId}`,
    );
  }

  async drop(role: Role, userId: string, socketId: string): Promise<void> {
    await this.redis.zrem(`${this.prefix}:${role}`, `${userId}|${socketId}`);
  }

  /** Distinct user ids of a role with at least one live socket. */
  async online(role: Role): Promise<string[]> {
    const key = `${this.prefix}:${role}`;
    await this.redis.zremrangebyscore(key, '-inf', String(Date.now()));
    const members = await this.redis.zrange(key, '0', '-1');
    return [...new Set(members.map((m) => m.split('|')[0]))];
  }
}
