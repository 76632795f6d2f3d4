// Presence state in Redis, shared by every API node. Entries carry their own expiry (a sorted-set
// score), so a node that dies without cleaning up leaves nothing behind for longer than the TTL.
import { Inject, Injectable } from '@nestjs/common';
import type { AuscultConfig } from '@auscult/config';
import {
  PRESENCE_TTL_SECONDS,
  type AuthUser,
  type PresenceActivity,
  type PresencePerson,
  type Role,
} from '@auscult/contracts';
import type { Redis } from 'ioredis';
import { AUSCULT_CONFIG } from '../config/config.module.js';
import { REDIS } from '../redis/redis.module.js';

const TTL_MS = PRESENCE_TTL_SECONDS * 1000;

interface Entry {
  userId: string;
  displayName: string;
  role: Role;
  activity: PresenceActivity;
  since: string;
}

@Injectable()
export class PresenceStore {
  private readonly prefix: string;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(AUSCULT_CONFIG) config: AuscultConfig,
  ) {
    this.prefix = `${config.redisPrefix}:presence`;
  }

  private keys(itemId: string) {
    return { live: `${this.prefix}:item:${itemId}:live`, entries: `${this.prefix}:item:${itemId}:entries` };
  }

  private socketKey(socketId: string): string {
    return `${this.prefix}:socket:${socketId}`;
  }

  /** Starts or refreshes one socket's watch; keeps `since` while the activity stays the same. */
  async watch(socketId: string, user: AuthUser, itemId: string, activity: PresenceActivity): Promise<void> {
    const k = this.keys(itemId);
    const old = await this.redis.hget(k.entries, socketId);
    const previous = old ? (JSON.parse(old) as Entry) : null;
    const entry: Entry = {
      userId: user.id,
      displayName: user.name,
      role: user.role,
      activity,
      since: previous?.activity === activity ? previous.since : new Date().toISOString(),
    };
    const expires = Date.now() + TTL_MS;
    await this.redis
      .multi()
      .zadd(k.live, expires, socketId)
      .hset(k.entries, socketId, JSON.stringify(entry))
      .pexpire(k.live, TTL_MS)
      .pexpire(k.entries, TTL_MS)
      .sadd(this.socketKey(socketId), itemId)
      .pexpire(this.socketKey(socketId), TTL_MS)
      .exec();
  }

  async leave(socketId: string, itemId: string): Promise<void> {
    const k = this.keys(itemId);
    await this.redis
      .multi()
      .zrem(k.live, socketId)
      .hdel(k.entries, socketId)
      .srem(this.socketKey(socketId), itemId)
      .exec();
  }

  /** Every item the socket was on (for a disconnect), removing its entries from all of them. */
  async leaveAll(socketId: string): Promise<string[]> {
    const itemIds = await this.redis.smembers(this.socketKey(socketId));
    for (const itemId of itemIds) await this.leave(socketId, itemId);
    await this.redis.del(this.socketKey(socketId));
    return itemIds;
  }

  /** The people on an item now: one per user, `editing` over `viewing`, earliest `since` first. */
  async people(itemId: string): Promise<PresencePerson[]> {
    const k = this.keys(itemId);
    const now = Date.now();
    const expired = await this.redis.zrangebyscore(k.live, '-inf', String(now));
    if (expired.length) {
      await this.redis
        .multi()
        .zrem(k.live, ...expired)
        .hdel(k.entries, ...expired)
        .exec();
    }
    const live = await this.redis.zrangebyscore(k.live, String(now), '+inf');
    const raw = live.length ? await this.redis.hmget(k.entries, ...live) : [];
    const byUser = new Map<string, Entry>();
    for (const json of raw) {
      if (!json) continue;
      const e = JSON.parse(json) as Entry;
      const held = byUser.get(e.userId);
      if (!held || (held.activity === 'viewing' && e.activity === 'editing')) byUser.set(e.userId, e);
    }
    return [...byUser.values()].sort((a, b) => a.since.localeCompare(b.since));
  }
}
