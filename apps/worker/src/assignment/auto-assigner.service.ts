import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { redisOptions, type AuscultConfig } from '@auscult/config';
import { FacilitySettingsEntity } from '@auscult/persistence';
import { Redis } from 'ioredis';
import type { EntityManager } from 'typeorm';
import { AUSCULT_CONFIG } from '../config.js';

/** Picks the least-loaded candidate; among equals, the turn counter rotates who goes first. */
export function pickAssignee(
  candidates: readonly { userId: string; open: number }[],
  cap: number,
  turn: number,
): string | null {
  const eligible = candidates.filter((c) => c.open < cap).sort((a, b) => a.userId.localeCompare(b.userId));
  if (eligible.length === 0) return null;
  const least = Math.min(...eligible.map((c) => c.open));
  const tied = eligible.filter((c) => c.open === least);
  return tied[turn % tied.length].userId;
}

/**
 * Fair auto-assignment of new service complaints, when the facility turned it on: round-robin over
 * the PX members online now (the API's presence registry in Redis), skipping anyone at the cap of
 * open items. Nobody free → the complaint stays unassigned in the inbox, as without the setting.
 */
@Injectable()
export class AutoAssigner implements OnApplicationShutdown {
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(@Inject(AUSCULT_CONFIG) config: AuscultConfig) {
    this.redis = new Redis(redisOptions(config.redisUrl, 'worker'));
    this.prefix = config.redisPrefix;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  /** Inside the item's transaction, so the choice and the item are stored together. */
  async assigneeFor(em: EntityManager, facility: string | null): Promise<string | null> {
    if (!facility) return null;
    const settings = await em.findOneBy(FacilitySettingsEntity, { facility });
    if (!settings?.autoAssign) return null;
    const online = await this.onlinePx();
    if (online.length === 0) return null;
    const rows: { id: string; open: number }[] = await em.query(
      `SELECT u.id, count(t.item_id)::int AS open
         FROM users u
         LEFT JOIN triage t ON t.assignee_id = u.id AND t.status IN ('new', 'acknowledged', 'in_progress')
        WHERE u.id = ANY($1) AND u.role = 'px' AND u.is_active
        GROUP BY u.id`,
      [online],
    );
    const turn = await this.redis.incr(`${this.prefix}:auto-assign:${facility}`);
    return pickAssignee(
      rows.map((r) => ({ userId: r.id, open: r.open })),
      settings.openItemCap,
      turn,
    );
  }

  private async onlinePx(): Promise<string[]> {
    const members = await this.redis.zrangebyscore(`${this.prefix}:online:px`, String(Date.now()), '+inf');
    return [...new Set(members.map((m) => m.split('|')[0]))];
  }
}
