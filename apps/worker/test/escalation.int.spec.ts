import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  escalationJobId,
  QUEUES,
  type EscalationJobData,
  type ItemEvent,
  type JobName,
} from '@auscult/contracts';
import { UnrecoverableError, type Job, type Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { EscalationSweep } from '../src/escalation/escalation-sweep.service.js';
import { EscalationProcessor } from '../src/escalation/escalation.processor.js';
import { EscalationService } from '../src/escalation/escalation.service.js';
import { IngestPipeline } from '../src/ingest/ingest-pipeline.service.js';
import { eventually, startWorker, type WorkerHarness } from './worker-harness.js';

let harness: WorkerHarness;
let ds: DataSource;
let worker: WorkerHarness['worker'];
let queue: Queue<EscalationJobData>;
let escalated: ItemEvent[];

/** A care need stored by the real pipeline, which also schedules its level-1 check. */
async function careNeed(externalId: string): Promise<string> {
  const id = crypto.randomUUID();
  await worker.get(IngestPipeline).process({
    id,
    item: {
      source: 'test',
      externalId,
      text: 'My dad on ward 4B has been in agony for hours and nobody answers the call bell',
      channel: 'social',
    },
    receivedAt: new Date().toISOString(),
  });
  return id;
}

async function triageRow(itemId: string): Promise<{ escalation_level: number; version: number }> {
  const [row] = await ds.query(`SELECT escalation_level, version FROM triage WHERE item_id = $1`, [itemId]);
  return row;
}

async function escalationNotes(itemId: string): Promise<string[]> {
  const rows: { note: string }[] = await ds.query(
    `SELECT note FROM audit_events WHERE item_id = $1 AND action = 'triage.escalated' AND actor_label = 'system:escalation' ORDER BY id`,
    [itemId],
  );
  return rows.map((r) => r.note);
}

async function promoteAndAwait(itemId: string, level: number): Promise<ItemEvent> {
  const job = await eventually(async () => queue.getJob(escalationJobId(itemId, level)));
  await job.promote();
  return eventually(async () =>
    escalated.find((e) => e.item.id === itemId && e.item.triage.escalationLevel === level),
  );
}

beforeAll(async () => {
  harness = await startWorker('escalation');
  ({ ds, worker } = harness);
  escalated = harness.received['item.escalated'];
  queue = harness.queue<EscalationJobData>(QUEUES.escalation);
});

afterAll(async () => {
  await harness?.close();
});

describe('escalation of unclaimed care needs', () => {
  it('escalates to the charge nurse when the SLA runs out, then to the patient-experience lead', async () => {
    const itemId = await careNeed('e-unclaimed');
    const first = await promoteAndAwait(itemId, 1);
    expect(first.version).toBe(2);
    expect(await triageRow(itemId)).toEqual({ escalation_level: 1, version: 2 });
    const second = await promoteAndAwait(itemId, 2);
    expect(second.version).toBe(3);
    expect(await triageRow(itemId)).toEqual({ escalation_level: 2, version: 3 });
    const notes = await escalationNotes(itemId);
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/^unclaimed after \d+ minutes: escalated to the charge nurse of 4B$/);
    expect(notes[1]).toMatch(/^unclaimed after \d+ minutes: escalated to the patient-experience lead$/);
    // Two trips through the real delayed queue and the worker's polling: more than the default 20 s on a loaded CI box.
  }, 30_000);

  it.each(['in_progress', 'resolved', 'dismissed'])('leaves a %s care need alone', async (status) => {
    const itemId = await careNeed(`e-${status}`);
    await ds.query(`UPDATE triage SET status = $2, version = version + 1 WHERE item_id = $1`, [
      itemId,
      status,
    ]);
    const outcome = await worker.get(EscalationService).escalate({ itemId, level: 1 });
    expect(outcome.escalated).toBe(false);
    expect(await triageRow(itemId)).toEqual({ escalation_level: 0, version: 2 });
    expect(await escalationNotes(itemId)).toEqual([]);
    expect(await queue.getJob(escalationJobId(itemId, 2))).toBeUndefined();
  });

  it('escalates an acknowledged care need nobody has claimed, but not one a nurse holds', async () => {
    const [nurse] = await ds.query(`SELECT id FROM users LIMIT 1`);
    const [open, held] = [await careNeed('e-ack-open'), await careNeed('e-ack-held')];
    await ds.query(`UPDATE triage SET status = 'acknowledged' WHERE item_id = $1`, [open]);
    await ds.query(`UPDATE triage SET status = 'acknowledged', assignee_id = $2 WHERE item_id = $1`, [
      held,
      nurse.id,
    ]);
    const escalation = worker.get(EscalationService);
    const outcomes = [
      await escalation.escalate({ itemId: open, level: 1 }),
      await escalation.escalate({ itemId: held, level: 1 }),
    ];
    expect(outcomes.map((o) => o.escalated)).toEqual([true, false]);
  });

  it('escalates once when the same check runs twice (at-least-once delivery)', async () => {
    const itemId = await careNeed('e-twice');
    const escalation = worker.get(EscalationService);
    const outcomes = [
      await escalation.escalate({ itemId, level: 1 }),
      await escalation.escalate({ itemId, level: 1 }),
    ];
    expect(outcomes.map((o) => o.escalated)).toEqual([true, false]);
    expect(await triageRow(itemId)).toEqual({ escalation_level: 1, version: 2 });
    expect(await escalationNotes(itemId)).toHaveLength(1);
  });

  it('puts back a check that Redis lost when the start-up sweep runs', async () => {
    const itemId = await careNeed('e-lost');
    const scheduled = await eventually(async () => queue.getJob(escalationJobId(itemId, 1)));
    await scheduled.remove();
    expect(await queue.getJob(escalationJobId(itemId, 1))).toBeUndefined();
    await worker.get(EscalationSweep).sweep();
    const restored = await queue.getJob(escalationJobId(itemId, 1));
    expect(restored?.data).toEqual({ itemId, level: 1 });
    expect(await restored?.getState()).toBe('delayed');
  });

  it('gives a fresh check to an item open again after its check completed while it was claimed', async () => {
    const itemId = await careNeed('e-reopened');
    const scheduled = await eventually(async () => queue.getJob(escalationJobId(itemId, 1)));
    await ds.query(`UPDATE triage SET status = 'in_progress' WHERE item_id = $1`, [itemId]);
    await scheduled.promote();
    await eventually(async () => ((await scheduled.getState()) === 'completed' ? true : undefined));
    await ds.query(`UPDATE triage SET status = 'new' WHERE item_id = $1`, [itemId]);
    await worker.get(EscalationSweep).sweep();
    expect(await queue.getJob(escalationJobId(itemId, 1)).then((j) => j?.getState())).toBe('delayed');
  });

  it('sends a job name it has no handler for to the failed set without retrying', async () => {
    const job = { id: 'x', name: 'escalation.unknown', data: { itemId: 'x', level: 1 }, attemptsMade: 0 };
    const run = worker
      .get(EscalationProcessor)
      .process(job as unknown as Job<EscalationJobData, never, JobName>);
    await expect(run).rejects.toBeInstanceOf(UnrecoverableError);
  });
});
