import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthMethod, SessionEndReason } from '@auscult/contracts';
import type { AuscultConfig } from '@auscult/config';
import { AuthSessionEntity, RefreshTokenEntity } from '@auscult/persistence';
import type { Redis } from 'ioredis';
import { Subject } from 'rxjs';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { AUSCULT_CONFIG } from '../config/config.module.js';
import { REDIS } from '../redis/redis.module.js';

export interface SessionEnded {
  sessionId: string;
  userId: string;
  reason: SessionEndReason;
}

export type Rotation =
  | { ok: true; session: AuthSessionEntity; refreshToken: string }
  | {
      ok: false;
      reason: SessionEndReason | 'unknown_token';
      session?: AuthSessionEntity;
      /** True when this refresh ended the session (rather than finding it ended already). */
      endedNow: boolean;
    };

const hashToken = (raw: string) => createHash('sha256').update(raw, 'utf8').digest('hex');
const newRefreshToken = () => randomBytes(32).toString('base64url');

/**
 * Sessions: the database keeps each login and its refresh-token family (hashes only); Redis keeps a
 * marker per live session that expires after SESSION_IDLE_SECONDS without use. Every API instance
 * checks the marker on every request, so logout, deactivation and idle log-off take effect at once.
 */
@Injectable()
export class SessionService {
  /** Sessions that just ended; the live gateway disconnects their sockets. */
  readonly ended$ = new Subject<SessionEnded>();

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(AUSCULT_CONFIG) private readonly config: AuscultConfig,
  ) {}

  get idleSeconds(): number {
    return this.config.sessionIdleSeconds;
  }

  private marker(sessionId: string): string {
    return `${this.config.redisPrefix}:session:${sessionId}`;
  }

  async start(
    userId: string,
    method: AuthMethod,
    remoteAddress: string | null,
  ): Promise<{ session: AuthSessionEntity; refreshToken: string }> {
    const refreshToken = newRefreshToken();
    const session = await this.ds.transaction(async (m) => {
      const created = await m.getRepository(AuthSessionEntity).save({
        userId,
        authMethod: method,
        expiresAt: new Date(Date.now() + this.config.sessionMaxSeconds * 1000),
        revokedAt: null,
        revokedReason: null,
        remoteAddress,
      });
      await m
        .getRepository(RefreshTokenEntity)
        .insert({ tokenHash: hashToken(refreshToken), sessionId: created.id });
      return created;
    });
    await this.redis.set(this.marker(session.id), userId, 'PX', this.config.sessionIdleSeconds * 1000);
    return { session, refreshToken };
  }

  /** Counts a request as activity; false when the session has ended (logout, revocation, idle). */
  async touch(sessionId: string): Promise<boolean> {
    const ok = await this.redis.set(
      this.marker(sessionId),
      '1',
      'PX',
      this.config.sessionIdleSeconds * 1000,
      'XX',
    );
    return ok === 'OK';
  }

  /** Whether the session is still live, without counting as activity (socket re-checks, refresh). */
  async isLive(sessionId: string): Promise<boolean> {
    return (await this.redis.exists(this.marker(sessionId))) === 1;
  }

  /**
   * Exchanges a refresh token for a new one. A token presented twice means it was copied: the whole
   * session (every token of the family) ends. A refresh is not activity: only requests keep a session alive.
   */
  async rotate(rawToken: string): Promise<Rotation> {
    const result = await this.ds.transaction(async (m): Promise<Rotation> => {
      const token = await m.getRepository(RefreshTokenEntity).findOne({
        where: { tokenHash: hashToken(rawToken) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!token) return { ok: false, reason: 'unknown_token', endedNow: false };
      const session = await m.getRepository(AuthSessionEntity).findOneByOrFail({ id: token.sessionId });
      if (session.revokedAt)
        return { ok: false, reason: session.revokedReason ?? 'logout', session, endedNow: false };
      const reason: SessionEndReason | null = token.usedAt
        ? 'refresh_reuse'
        : session.expiresAt.getTime() <= Date.now()
          ? 'expired'
          : !(await this.isLive(session.id))
            ? 'idle'
            : null;
      if (reason) {
        await this.revokeRow(m, session.id, reason);
        return { ok: false, reason, session, endedNow: true };
      }
      const refreshToken = newRefreshToken();
      await m
        .getRepository(RefreshTokenEntity)
        .update({ tokenHash: token.tokenHash }, { usedAt: new Date() });
      await m
        .getRepository(RefreshTokenEntity)
        .insert({ tokenHash: hashToken(refreshToken), sessionId: session.id });
      return { ok: true, session, refreshToken };
    });
    if (!result.ok && result.endedNow && result.session && result.reason !== 'unknown_token') {
      await this.afterEnd(result.session.id, result.session.userId, result.reason);
    }
    return result;
  }

  async end(sessionId: string, userId: string, reason: SessionEndReason): Promise<void> {
    await this.revokeRow(this.ds.manager, sessionId, reason);
    await this.afterEnd(sessionId, userId, reason);
  }

  /** Ends every open session of a user (deactivation, role change); answers how many ended. */
  async endAllForUser(userId: string, reason: SessionEndReason): Promise<number> {
    const open = await this.ds.getRepository(AuthSessionEntity).findBy({ userId, revokedAt: IsNull() });
    for (const s of open) await this.end(s.id, userId, reason);
    return open.length;
  }

  private async revokeRow(m: EntityManager, sessionId: string, reason: SessionEndReason): Promise<void> {
    await m
      .getRepository(AuthSessionEntity)
      .update({ id: sessionId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
  }

  private async afterEnd(sessionId: string, userId: string, reason: SessionEndReason): Promise<void> {
    await this.redis.del(this.marker(sessionId));
    this.ended$.next({ sessionId, userId, reason });
  }
}
