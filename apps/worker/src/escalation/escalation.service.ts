import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { slaMinutesFor, type EscalationJobData } from '@auscult/contracts';
import {
  AuditEventEntity,
  ClassificationEntity,
  itemEventsFor,
  loadItemRecords,
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
    const { triage: t, classification: c } = record;
    const window = slaMinutesFor(c.kind, c.urgency);
    // Also on a replay: if scheduling the next level failed after the commit, the retry schedules it now.
    if (isUnclaimed(t) && t.escalationLevel >= level && level < LAST_ESCALATION_LEVEL && t.dueAt && window) {
      await this.scheduler.schedule(itemId, level + 1, escalationDueAt(t.dueAt, window, level + 1));
    }
    return { itemId, level, escalated };
  }

  private async raiseIfUnclaimed(em: EntityManager, itemId: string, level: number): Promise<boolean> {
    const t = await em.findOneBy(TriageEntity, { itemId });
    if (!t || !isUnclaimed(t) || t.escalationLevel >= level) return false;
    const c = await em.findOneByOrFail(ClassificationEntity, { itemId });
    if (c.kind !== 'care_need') return false;
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
      note: escalationNote(level, level * (slaMinutesFor(c.kind, c.urgency) ?? 0), t.unit),
    });
    return true;
  }
}
