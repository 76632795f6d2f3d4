import { createHmac } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { classify } from '@auscult/classifier';
import type { AuscultConfig } from '@auscult/config';
import { isHistorical, type IngestJobData, type SlaWindows } from '@auscult/contracts';
import {
  AuditEventEntity,
  ClassificationEntity,
  applyTrendRollup,
  DataKeyring,
  ItemEntity,
  itemEventsFor,
  loadItemRecords,
  sealItemOriginal,
  slaClock,
  slaWindowsFor,
  TriageEntity,
} from '@auscult/persistence';
import type { DataSource, EntityManager } from 'typeorm';
import { NearDuplicateLinker } from '../cases/near-duplicate-linker.service.js';
import { AUSCULT_CONFIG } from '../config.js';
import { AutoAssigner } from '../assignment/auto-assigner.service.js';
import { EscalationScheduler } from '../escalation/escalation.scheduler.js';
import { LivePublisher } from '../live/live-publisher.service.js';
import { WorkerMetrics } from '../ops/worker-metrics.service.js';
import { normaliseText } from './normalise.js';
import { redact } from './redact.js';
import { routeToUnit, type UnitAliases } from './route-to-unit.js';
import { UnitDirectoryService } from './unit-directory.service.js';

export interface PipelineOutcome {
  itemId: string;
  stored: 'created' | 'existing';
}

/** One item after the per-item steps, ready to be stored with its neighbours in one transaction. */
export interface PreparedItem {
  job: IngestJobData;
  row: Partial<ItemEntity> & { id: string; receivedAt: Date; facility: string | null };
  classification: ReturnType<typeof classify>;
  unit: string | null;
  /** The normalised original text, kept in memory only (for near-duplicate fingerprints). */
  text: string;
}

/**
 * The per-item work: normalise → redact and encrypt → classify → route. Pure apart from the unit
 * directory and the data keys it is given; every step that concerns one item (and not storage) belongs here.
 */
export function prepareItem(
  job: IngestJobData,
  units: readonly UnitAliases[],
  keyring: DataKeyring,
): PreparedItem {
  const text = normaliseText(job.item.text);
  const classification = classify({ text, channel: job.item.channel });
  const routing = routeToUnit(job.item.unit, text, units);
  const receivedAt = new Date(job.receivedAt);
  const redaction = redact(text);
  const row = {
    id: job.id,
    source: job.item.source,
    externalId: job.item.externalId,
    channel: job.item.channel ?? 'web_form',
    // The original and everything that can identify its author are stored only as ciphertext.
    author: null,
    text: null,
    originalEncrypted: sealItemOriginal(keyring, job.id, {
      text,
      author: job.item.author ?? null,
      url: job.item.url ?? null,
      raw: job.item.raw ?? null,
    }),
    dataKeyId: keyring.activeKeyId,
    redactedText: redaction.text,
    redactionSpans: redaction.spans,
    postedAt: job.item.postedAt ? new Date(job.item.postedAt) : receivedAt,
    receivedAt,
    facility: job.item.facility ?? null,
    unit: job.item.unit ?? null,
    url: null,
    raw: null,
  };
  return { job, row, classification, unit: routing.unit, text };
}

/**
 * Stores a batch in the caller's transaction with one multi-row statement per table. Items already
 * stored (a job run twice, or the same item delivered twice) are skipped by the item's deterministic
 * id. Returns the SLA due time of each item this call created (null when it has none).
 */
export async function storeItems(
  em: EntityManager,
  items: PreparedItem[],
  now: Date,
): Promise<Map<string, Date | null>> {
  const inserted = await em
    .createQueryBuilder()
    .insert()
    .into(ItemEntity)
    .values(items.map((p) => p.row))
    .orIgnore()
    .returning(['id'])
    .execute();
  const createdIds = new Set((inserted.raw as { id: string }[]).map((r) => r.id));
  const fresh = items.filter((p) => createdIds.has(p.row.id));
  const created = new Map<string, Date | null>();
  if (fresh.length === 0) return created;
  // The policy in force when the item arrives (admins may change it; items keep their clock).
  const windowsByFacility = new Map<string | null, SlaWindows>();
  for (const facility of new Set(fresh.map((p) => p.row.facility))) {
    windowsByFacility.set(facility, await slaWindowsFor(em, facility));
  }
  const clocks = fresh.map(({ row, classification: c }) =>
    row.postedAt && isHistorical(row.postedAt, row.receivedAt)
      ? { dueAt: null, warnAt: null }
      : slaClock(c.kind, c.urgency, windowsByFacility.get(row.facility)!, row.receivedAt),
  );
  fresh.forEach((p, i) => created.set(p.row.id, clocks[i]!.dueAt));
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
    fresh.map(({ row, unit, classification: c }, i) => ({
      itemId: row.id,
      status: 'new' as const,
      unit,
      kind: c.kind,
      urgency: c.urgency,
      topics: c.topics,
      dueAt: clocks[i]!.dueAt,
      warnAt: clocks[i]!.warnAt,
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
  // The trends rollups move with the items: same transaction, one aggregated upsert per table.
  await applyTrendRollup(
    em,
    fresh.map((p) => p.row.id),
    1,
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
    private readonly keyring: DataKeyring,
    private readonly cases: NearDuplicateLinker,
    private readonly assigner: AutoAssigner,
    @Inject(AUSCULT_CONFIG) private readonly config: AuscultConfig,
  ) {}

  /**
   * The author as near-duplicate linking sees it: a keyed hash, so the case table never holds a
   * handle, phone number or address in clear (the original author is only in the sealed envelope).
   */
  private authorRef(author: string | undefined): string | null {
    const normalised = author?.trim().toLowerCase();
    if (!normalised) return null;
    return createHmac('sha256', this.config.pushConnectors.authorRefKey).update(normalised).digest('hex');
  }

  /** Loads the model at start-up, so the first care need after a deploy is not the one that waits for it. */
  onModuleInit(): void {
    classify({ text: 'start-up' });
  }

  /** Fair auto-assignment of a new complaint (when the facility turned it on), in the item's transaction. */
  private async autoAssign(em: EntityManager, itemId: string, facility: string | null): Promise<void> {
    const assigneeId = await this.assigner.assigneeFor(em, facility);
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

  async process(job: IngestJobData): Promise<PipelineOutcome> {
    const [outcome] = await this.processBatch([job]);
    if (!outcome) throw new Error(`no outcome for job of item ${job.id}`);
    return outcome;
  }

  /** All or nothing: a failure rejects the whole batch, and the caller retries its items one by one. */
  async processBatch(jobs: IngestJobData[]): Promise<PipelineOutcome[]> {
    const directory = await this.units.current();
    const prepared = distinctById(jobs.map((job) => prepareItem(job, directory, this.keyring)));
    const now = new Date();
    const created = await this.ds.transaction(async (em) => {
      const stored = await storeItems(em, prepared, now);
      for (const p of prepared) {
        if (stored.has(p.row.id) && p.classification.kind === 'service_complaint') {
          await this.autoAssign(em, p.row.id, p.row.facility);
        }
      }
      return stored;
    });
    const storedAt = Date.now();
    const fresh = prepared.filter((p) => created.has(p.row.id));
    this.metrics.recordStored(
      fresh.map((p) => ({ kind: p.classification.kind, receivedAt: p.row.receivedAt })),
      storedAt,
    );
    // After the commit and on every run (idempotent), so a crash before it is repaired by the retry.
    for (const p of prepared) {
      await this.cases.link({
        id: p.row.id,
        author: this.authorRef(p.job.item.author),
        text: p.text,
        postedAt: p.row.postedAt ?? p.row.receivedAt,
      });
    }
    // Only after the commit: the escalation check must find the row it is about.
    await Promise.all(
      fresh.flatMap((p) => {
        const dueAt = created.get(p.row.id);
        return dueAt && p.classification.kind === 'care_need'
          ? [this.escalation.scheduleOrLog(p.row.id, 1, dueAt)]
          : [];
      }),
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
