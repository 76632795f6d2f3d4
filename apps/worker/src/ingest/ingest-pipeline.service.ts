import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { classify } from '@auscult/classifier';
import { slaMinutesFor, type IngestJobData } from '@auscult/contracts';
import {
  AuditEventEntity,
  ClassificationEntity,
  ItemEntity,
  itemEventsFor,
  loadItemRecords,
  TriageEntity,
} from '@auscult/persistence';
import type { DataSource, EntityManager } from 'typeorm';
import { EscalationScheduler } from '../escalation/escalation.scheduler.js';
import { LivePublisher } from '../live/live-publisher.service.js';
import { WorkerMetrics } from '../ops/worker-metrics.service.js';
import { normaliseText } from './normalise.js';
import { redactText } from './redact.js';
import { routeToUnit, type UnitAliases } from './route-to-unit.js';
import { UnitDirectoryService } from './unit-directory.service.js';

export interface PipelineOutcome {
  itemId: string;
  stored: 'created' | 'existing';
}

/** One item after the per-item steps, ready to be stored with its neighbours in one transaction. */
export interface PreparedItem {
  job: IngestJobData;
  row: Partial<ItemEntity> & { id: string; receivedAt: Date };
  classification: ReturnType<typeof classify>;
  unit: string | null;
  dueAt: Date | null;
}

/**
 * The per-item work: normalise → redact → classify → route. Pure apart from the unit directory it is
 * given; every step that concerns one item (and not storage) belongs here.
 */
export function prepareItem(job: IngestJobData, units: readonly UnitAliases[]): PreparedItem {
  const text = normaliseText(job.item.text);
  const classification = classify({ text, channel: job.item.channel });
  const routing = routeToUnit(job.item.unit, text, units);
  const receivedAt = new Date(job.receivedAt);
  const sla = slaMinutesFor(classification.kind, classification.urgency);
  const row = {
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
  };
  const dueAt = sla === null ? null : new Date(receivedAt.getTime() + sla * 60_000);
  return { job, row, classification, unit: routing.unit, dueAt };
}

/**
 * Stores a batch in the caller's transaction with one multi-row statement per table. Items already
 * stored (a job run twice, or the same item delivered twice) are skipped by the item's deterministic
 * id; returns the ids this call created.
 */
export async function storeItems(em: EntityManager, items: PreparedItem[], now: Date): Promise<Set<string>> {
  const inserted = await em
    .createQueryBuilder()
    .insert()
    .into(ItemEntity)
    .values(items.map((p) => p.row))
    .orIgnore()
    .returning(['id'])
    .execute();
  const created = new Set((inserted.raw as { id: string }[]).map((r) => r.id));
  const fresh = items.filter((p) => created.has(p.row.id));
  if (fresh.length === 0) return created;
  await em.insert(
    ClassificationEntity,
    fresh.map(({ row, classification: c }) => ({
      itemId: row.id,
      kind: c.kind,
      urgency: c.urgency,
      topics: c.topics,
      sentiment: c.sentiment,
      confidence: c.confidence,
      complaintDomain: c.complaintDomain,
      explanation: c.explanation,
      modelVersion: c.modelVersion,
      classifiedAt: now,
    })),
  );
  await em.insert(
    TriageEntity,
    fresh.map(({ row, unit, dueAt }) => ({
      itemId: row.id,
      status: 'new' as const,
      unit,
      dueAt,
      escalationLevel: 0,
      version: 1,
      updatedAt: now,
    })),
  );
  await em.insert(
    AuditEventEntity,
    fresh.map(({ row, classification: c, unit }) => ({
      actorId: null,
      actorLabel: 'system:worker',
      action: 'item.classified',
      itemId: row.id,
      toState: { kind: c.kind, urgency: c.urgency, topics: c.topics, unit, modelVersion: c.modelVersion },
    })),
  );
  return created;
}

/** Keeps the first of several jobs for the same item, so one statement never names a row twice. */
function distinctById(items: PreparedItem[]): PreparedItem[] {
  const seen = new Set<string>();
  return items.filter((p) => !seen.has(p.row.id) && seen.add(p.row.id));
}

/** prepare each item → store the batch (one transaction) → schedule escalations → publish item.created. */
@Injectable()
export class IngestPipeline implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly units: UnitDirectoryService,
    private readonly live: LivePublisher,
    private readonly escalation: EscalationScheduler,
    private readonly metrics: WorkerMetrics,
  ) {}

  /** Loads the model at start-up, so the first care need after a deploy is not the one that waits for it. */
  onModuleInit(): void {
    classify({ text: 'start-up' });
  }

  async process(job: IngestJobData): Promise<PipelineOutcome> {
    const [outcome] = await this.processBatch([job]);
    if (!outcome) throw new Error(`no outcome for job of item ${job.id}`);
    return outcome;
  }

  /** All or nothing: a failure rejects the whole batch, and the caller retries its items one by one. */
  async processBatch(jobs: IngestJobData[]): Promise<PipelineOutcome[]> {
    const directory = await this.units.current();
    const prepared = distinctById(jobs.map((job) => prepareItem(job, directory)));
    const now = new Date();
    const created = await this.ds.transaction((em) => storeItems(em, prepared, now));
    const storedAt = Date.now();
    const fresh = prepared.filter((p) => created.has(p.row.id));
    this.metrics.recordStored(
      fresh.map((p) => ({ kind: p.classification.kind, receivedAt: p.row.receivedAt })),
      storedAt,
    );
    // Only after the commit: the escalation check must find the row it is about.
    await Promise.all(
      fresh
        .flatMap((p) =>
          p.dueAt && p.classification.kind === 'care_need' ? [{ id: p.row.id, dueAt: p.dueAt }] : [],
        )
        .map(({ id, dueAt }) => this.escalation.scheduleOrLog(id, 1, dueAt)),
    );
    // At-least-once delivery: an item stored before is published again, so no dashboard misses it.
    const records = await loadItemRecords(
      this.ds.manager,
      prepared.map((p) => p.row.id),
    );
    for (const record of records) this.live.publish('item.created', itemEventsFor(record));
    // A second job for the same item in one batch reports 'existing', like a second run would.
    const reported = new Set<string>();
    return jobs.map((job) => {
      const first = created.has(job.id) && !reported.has(job.id);
      reported.add(job.id);
      return { itemId: job.id, stored: first ? 'created' : 'existing' };
    });
  }
}
