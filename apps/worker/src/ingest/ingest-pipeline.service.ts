import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { classify } from '@auscult/classifier';
import type { IngestJobData } from '@auscult/contracts';
import {
  AuditEventEntity,
  ClassificationEntity,
  ItemEntity,
  itemEventsFor,
  loadItemRecords,
  slaClock,
  slaWindowsFor,
  TriageEntity,
  type SlaClockTimes,
} from '@auscult/persistence';
import type { DataSource, EntityManager } from 'typeorm';
import { AutoAssigner } from '../assignment/auto-assigner.service.js';
import { EscalationScheduler } from '../escalation/escalation.scheduler.js';
import { LivePublisher } from '../live/live-publisher.service.js';
import { normaliseText } from './normalise.js';
import { redactText } from './redact.js';
import { routeToUnit } from './route-to-unit.js';
import { UnitDirectoryService } from './unit-directory.service.js';

export interface PipelineOutcome {
  itemId: string;
  stored: 'created' | 'existing';
}

/** normalise → redact → classify → route → persist (one transaction) → publish item.created. */
@Injectable()
export class IngestPipeline implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly units: UnitDirectoryService,
    private readonly live: LivePublisher,
    private readonly escalation: EscalationScheduler,
    private readonly assigner: AutoAssigner,
  ) {}

  /** Loads the model at start-up, so the first care need after a deploy is not the one that waits for it. */
  onModuleInit(): void {
    classify({ text: 'start-up' });
  }

  async process(job: IngestJobData): Promise<PipelineOutcome> {
    const text = normaliseText(job.item.text);
    const classification = classify({ text, channel: job.item.channel });
    const routing = routeToUnit(job.item.unit, text, await this.units.current());
    const now = new Date();
    const receivedAt = new Date(job.receivedAt);
    const { created, dueAt } = await this.ds.transaction(async (em) => {
      const inserted = await em
        .createQueryBuilder()
        .insert()
        .into(ItemEntity)
        .values({
          id: job.id,
          source: job.item.source,
          externalId: job.item.externalId,
          channel: job.item.channel ?? 'web_form',
          author: job.item.author ?? null,
          text,
          redactedText: redactText(text),
          postedAt: job.item.postedAt ? new Date(job.item.postedAt) : receivedAt,
          receivedAt,
          facility: job.item.facility ?? null,
          unit: job.item.unit ?? null,
          url: job.item.url ?? null,
          raw: job.item.raw ?? null,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      // At-least-once delivery: a job that ran before (and stored the item) only re-publishes.
      if (inserted.raw.length === 0) return { created: false, dueAt: null };
      // The policy in force when the item arrives (admins may change it; items keep their clock).
      const windows = await slaWindowsFor(em, job.item.facility ?? null);
      const clock = slaClock(classification.kind, classification.urgency, windows, receivedAt);
      await this.storeDecision(em, job.id, classification, routing.unit, clock, now);
      if (classification.kind === 'service_complaint') await this.autoAssign(em, job.id, job.item.facility);
      return { created: true, dueAt: clock.dueAt };
    });
    // Only after the commit: the escalation check must find the row it is about.
    if (created && dueAt && classification.kind === 'care_need') {
      await this.escalation.scheduleOrLog(job.id, 1, dueAt);
    }
    const [record] = await loadItemRecords(this.ds.manager, [job.id]);
    if (record) this.live.publish('item.created', itemEventsFor(record));
    return { itemId: job.id, stored: created ? 'created' : 'existing' };
  }

  private async autoAssign(em: EntityManager, itemId: string, facility: string | undefined): Promise<void> {
    const assigneeId = await this.assigner.assigneeFor(em, facility ?? null);
    if (!assigneeId) return;
    await em.query(`UPDATE triage SET assignee_id = $2 WHERE item_id = $1`, [itemId, assigneeId]);
    await em.insert(AuditEventEntity, {
      actorId: null,
      actorLabel: 'system:auto-assign',
      action: 'triage.auto_assigned',
      itemId,
      fromState: { assigneeId: null, version: 1 },
      toState: { assigneeId, version: 1 },
    });
  }

  private async storeDecision(
    em: EntityManager,
    itemId: string,
    c: ReturnType<typeof classify>,
    unit: string | null,
    clock: SlaClockTimes,
    now: Date,
  ): Promise<void> {
    await em.insert(ClassificationEntity, {
      itemId,
      kind: c.kind,
      urgency: c.urgency,
      topics: c.topics,
      sentiment: c.sentiment,
      confidence: c.confidence,
      complaintDomain: c.complaintDomain,
      explanation: c.explanation,
      modelVersion: c.modelVersion,
      classifiedAt: now,
    });
    await em.insert(TriageEntity, {
      itemId,
      status: 'new',
      unit,
      kind: c.kind,
      urgency: c.urgency,
      topics: c.topics,
      dueAt: clock.dueAt,
      warnAt: clock.warnAt,
      escalationLevel: 0,
      version: 1,
      updatedAt: now,
    });
    await em.insert(AuditEventEntity, {
      actorId: null,
      actorLabel: 'system:worker',
      action: 'item.classified',
      itemId,
      toState: { kind: c.kind, urgency: c.urgency, topics: c.topics, unit, modelVersion: c.modelVersion },
    });
  }
}
