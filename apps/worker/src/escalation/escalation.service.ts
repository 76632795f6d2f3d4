import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { slaMinutesFor, type EscalationJobData, type EscalationReplanJobData } from '@auscult/contracts';
import {
  AuditEventEntity,
  itemEventsFor,
  loadItemRecords,
  slaWindowsFor,
  TriageEntity,
} from '@auscult/persistence';
import type { DataSource, EntityManager } from 'typeorm';
import { LivePublisher } from '../live/live-publisher.service.js';
import { WorkerMetrics } from '../ops/worker-metrics.service.js';
import { escalationDueAt, EscalationScheduler, LAST_ESCALATION_LEVEL } from './escalation.scheduler.js';

export interface EscalationOutcome {
  itemId: string;
  level: number;
  escalated: boolean;
}

export interface ReplanOutcome {
  itemId: string;
  cancelled: number;
  /** The level of the check now waiting, or null when the item no longer escalates. */
  scheduledLevel: number | null;
}

/** A care need is still waiting for a nurse while nobody has claimed it (an acknowledgement alone helps no patient). */
export function isUnclaimed(t: Pick<TriageEntity, 'status' | 'assigneeId'>): boolean {
  return t.status === 'new' || (t.status === 'acknowledged' && t.assigneeId === null);
}

function escalationNote(level: number, minutes: number, unit: string | null): string {
  const to =
    level === 1 ? `the charge nurse of ${unit ?? 'unrouted care needs'}` : 'the patient-experience lead';
  return `unclaimed after ${minutes} minutes: escalated to ${to}`;
}

/** Raises an unclaimed care need to the next level once its SLA window has run out. */
@Injectable()
export class EscalationService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly live: LivePublisher,
    private readonly scheduler: EscalationScheduler,
    private readonly metrics: WorkerMetrics,
  ) {}

  async escalate({ itemId, level }: EscalationJobData): Promise<EscalationOutcome> {
    const escalated = await this.ds.transaction((em) => this.raiseIfUnclaimed(em, itemId, level));
    const [record] = await loadItemRecords(this.ds.manager, [itemId]);
    if (!record) return { itemId, level, escalated: false };
    if (escalated) {
      this.live.publish('item.escalated', itemEventsFor(record));
      this.metrics.escalations.inc({ level: String(level) });
    }
    const { triage: t, item } = record;
    const window = slaMinutesFor(t.kind, t.urgency, await slaWindowsFor(this.ds.manager, item.facility));
    // Also on a replay: if scheduling the next level failed after the commit, the retry schedules it now.
    if (isUnclaimed(t) && t.escalationLevel >= level && level < LAST_ESCALATION_LEVEL && t.dueAt && window) {
      await this.scheduler.schedule(itemId, level + 1, escalationDueAt(t.dueAt, window, level + 1));
    }
    return { itemId, level, escalated };
  }

  /**
   * After a person's decision (reclassify, forward) the old checks may be wrong: drop them all and,
   * if the item is (still or now) an unclaimed open care need, schedule its next level from the
   * due time the decision set.
   */
  async replan({ itemId }: EscalationReplanJobData): Promise<ReplanOutcome> {
    const cancelled = await this.scheduler.cancelAll(itemId);
    const [record] = await loadItemRecords(this.ds.manager, [itemId]);
    if (!record) return { itemId, cancelled, scheduledLevel: null };
    const { triage: t, item } = record;
    const window = slaMinutesFor(t.kind, t.urgency, await slaWindowsFor(this.ds.manager, item.facility));
    const level = t.escalationLevel + 1;
    if (t.kind !== 'care_need' || !isUnclaimed(t) || !t.dueAt || !window || level > LAST_ESCALATION_LEVEL)
      return { itemId, cancelled, scheduledLevel: null };
    await this.scheduler.schedule(itemId, level, escalationDueAt(t.dueAt, window, level));
    return { itemId, cancelled, scheduledLevel: level };
  }

  private async raiseIfUnclaimed(em: EntityManager, itemId: string, level: number): Promise<boolean> {
    const t = await em.findOneBy(TriageEntity, { itemId });
    // The working kind: a care need a person reclassified as something else no longer escalates.
    if (!t || !isUnclaimed(t) || t.escalationLevel >= level || t.kind !== 'care_need') return false;
    const result = await em
      .createQueryBuilder()
      .update(TriageEntity)
      .set({ escalationLevel: level, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('item_id = :itemId AND version = :version AND escalation_level < :level', {
        itemId,
        version: t.version,
        level,
      })
      .execute();
    // A nurse changed the row meanwhile: fail so BullMQ retries and the check re-reads who holds it now.
    if (result.affected !== 1) throw new Error(`triage of ${itemId} changed during its escalation check`);
    await em.insert(AuditEventEntity, {
      actorId: null,
      actorLabel: 'system:escalation',
      action: 'triage.escalated',
      itemId,
      fromState: { escalationLevel: t.escalationLevel, version: t.version },
      toState: { escalationLevel: level, version: t.version + 1 },
      note: escalationNote(level, await this.minutesWaited(em, t, level), t.unit),
    });
    return true;
  }

  private async minutesWaited(em: EntityManager, t: TriageEntity, level: number): Promise<number> {
    const [item] = await em.query(`SELECT facility FROM items WHERE id = $1`, [t.itemId]);
    const windows = await slaWindowsFor(
      em,
      (item as { facility: string | null } | undefined)?.facility ?? null,
    );
    return level * (slaMinutesFor(t.kind, t.urgency, windows) ?? 0);
  }
}
