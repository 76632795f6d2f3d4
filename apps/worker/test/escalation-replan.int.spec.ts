import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  escalationJobId,
  QUEUES,
  URGENCIES,
  type EscalationReplanJobData,
  type ItemEvent,
  type Urgency,
} from '@auscult/contracts';
import type { Job, Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { IngestPipeline } from '../src/ingest/ingest-pipeline.service.js';
import { eventually, startWorker, type WorkerHarness } from './worker-harness.js';

let harness: WorkerHarness;
let ds: DataSource;
let queue: Queue<EscalationReplanJobData>;
let escalated: ItemEvent[];

async function ingest(externalId: string, text: string): Promise<string> {
  const id = crypto.randomUUID();
  await harness.worker.get(IngestPipeline).process({
    id,
    item: { source: 'test', externalId, text, channel: 'social' },
    receivedAt: new Date().toISOString(),
  });
  return id;
}

const CARE_4B = 'My dad on ward 4B has been in agony for hours and nobody answers the call bell';
const PARKING = 'The car park charges are a disgrace and the machine ate my ticket';

/** A person's decision as the API stores it, then the replan job through the real queue. */
async function decideAndReplan(itemId: string, sql: string, reason: EscalationReplanJobData['reason']) {
  await ds.query(sql, [itemId]);
  const job = await queue.add('escalation.replan', { itemId, reason }, { jobId: `t-${crypto.randomUUID()}` });
  await eventually(async () => ((await job.getState()) === 'completed' ? true : undefined));
}

async function check(itemId: string, level: number): Promise<Job | undefined> {
  return queue.getJob(escalationJobId(itemId, level));
}

beforeAll(async () => {
  harness = await startWorker('replan');
  ds = harness.ds;
  queue = harness.queue<EscalationReplanJobData>(QUEUES.escalation);
  escalated = harness.received['item.escalated'];
});

afterAll(async () => {
  await harness?.close();
});

describe('escalation honours human decisions', () => {
  it('cancels the pending check of a care need reclassified as a service complaint', async () => {
    const itemId = await ingest('r-away', CARE_4B);
    expect(await (await check(itemId, 1))?.getState()).toBe('delayed');
    await decideAndReplan(
      itemId,
      `UPDATE triage SET kind = 'service_complaint', version = version + 1 WHERE item_id = $1`,
      'reclassified',
    );
    expect(await check(itemId, 1)).toBeUndefined();
    expect(await check(itemId, 2)).toBeUndefined();
  });

  it('schedules a check for an item reclassified as a care need, at its new due time', async () => {
    const itemId = await ingest('r-to', PARKING);
    expect(await check(itemId, 1)).toBeUndefined();
    const before = Date.now();
    await decideAndReplan(
      itemId,
      `UPDATE triage SET kind = 'care_need', urgency = 'critical', unit = '4B',
              due_at = now() + interval '5 minutes', version = version + 1 WHERE item_id = $1`,
      'reclassified',
    );
    const job = await eventually(() => check(itemId, 1));
    expect(await job.getState()).toBe('delayed');
    // The delay counts from when the job was added, a little after the due time was set.
    expect(job.timestamp + job.delay).toBeGreaterThanOrEqual(before + 5 * 60_000 - 1_000);
    expect(job.timestamp + job.delay).toBeLessThanOrEqual(Date.now() + 5 * 60_000 + 1_000);
  });

  it('does not schedule a check for a care need a nurse has already claimed', async () => {
    const itemId = await ingest('r-claimed', PARKING);
    await decideAndReplan(
      itemId,
      `UPDATE triage SET kind = 'care_need', status = 'in_progress',
              assignee_id = (SELECT id FROM users WHERE role = 'nurse' LIMIT 1),
              due_at = now() + interval '5 minutes', version = version + 1 WHERE item_id = $1`,
      'reclassified',
    );
    expect(await check(itemId, 1)).toBeUndefined();
  });

  it('after a forward, starts again at level 1 and escalates to the new unit', async () => {
    const itemId = await ingest('r-forward', CARE_4B);
    const first = await eventually(() => check(itemId, 1));
    await first.promote();
    await eventually(async () => escalated.find((e) => e.item.id === itemId));
    await decideAndReplan(
      itemId,
      `UPDATE triage SET unit = 'ICU', escalation_level = 0, due_at = now() + interval '15 minutes',
              version = version + 1 WHERE item_id = $1`,
      'forwarded',
    );
    expect(await check(itemId, 2)).toBeUndefined();
    const again = await eventually(() => check(itemId, 1));
    expect(await again.getState()).toBe('delayed');
    await again.promote();
    await eventually(async () => escalated.find((e) => e.item.id === itemId && e.item.triage.unit === 'ICU'));
    const [last] = await ds.query(
      `SELECT note FROM audit_events WHERE item_id = $1 AND action = 'triage.escalated' ORDER BY id DESC LIMIT 1`,
      [itemId],
    );
    expect(last.note).toMatch(/escalated to the charge nurse of ICU$/);
  }, 40_000);
});

describe('the stored SLA policy', () => {
  it('sets the due and warning times of new items from the policy in force', async () => {
    const minutes: Record<Urgency, number> = { critical: 7, high: 11, normal: 13, low: 17 };
    await ds.query(
      `UPDATE sla_policies SET critical_minutes = $1, high_minutes = $2, normal_minutes = $3,
              low_minutes = $4, service_complaint_minutes = 19 WHERE facility IS NULL`,
      URGENCIES.map((u) => minutes[u]),
    );
    try {
      const care = await ingest('p-care', CARE_4B);
      const service = await ingest('p-service', PARKING);
      const rows: { item_id: string; kind: string; urgency: Urgency; due: number; warn: number }[] =
        await ds.query(
          `SELECT t.item_id, t.kind, t.urgency,
                  extract(epoch FROM t.due_at - i.received_at) / 60 AS due,
                  extract(epoch FROM t.warn_at - i.received_at) / 60 AS warn
             FROM triage t JOIN items i ON i.id = t.item_id WHERE t.item_id = ANY($1)`,
          [[care, service]],
        );
      const byId = new Map(rows.map((r) => [r.item_id, r]));
      const [c, s] = [byId.get(care), byId.get(service)];
      if (!c || !s) throw new Error('items not stored');
      expect([c.kind, Number(c.due), Number(c.warn)]).toEqual([
        'care_need',
        minutes[c.urgency],
        minutes[c.urgency] * 0.8,
      ]);
      expect([s.kind, Number(s.due), Number(s.warn)]).toEqual(['service_complaint', 19, 15.2]);
    } finally {
      await ds.query(
        `UPDATE sla_policies SET critical_minutes = 5, high_minutes = 15, normal_minutes = 60,
                low_minutes = 240, service_complaint_minutes = 1440 WHERE facility IS NULL`,
      );
    }
  });
});
