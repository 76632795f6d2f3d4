import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ingestJobId,
  QUEUES,
  type IngestJobData,
  type ItemEvent,
  type RedactionSpan,
} from '@auscult/contracts';
import { DataKeyring, openItemOriginal } from '@auscult/persistence';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { IngestPipeline } from '../src/ingest/ingest-pipeline.service.js';
import { eventually, startWorker, type WorkerHarness } from './worker-harness.js';

let harness: WorkerHarness;
let ds: DataSource;
let worker: WorkerHarness['worker'];
let queue: Queue<IngestJobData>;
let received: ItemEvent[];

function job(externalId: string, text: string, extra: Partial<IngestJobData['item']> = {}): IngestJobData {
  return {
    id: crypto.randomUUID(),
    item: { source: 'test', externalId, text, channel: 'social', ...extra },
    receivedAt: new Date().toISOString(),
  };
}

beforeAll(async () => {
  harness = await startWorker('worker');
  ({ ds, worker } = harness);
  received = harness.received['item.created'];
  queue = harness.queue<IngestJobData>(QUEUES.ingest);
}, 30_000);

afterAll(async () => {
  await harness?.close();
}, 30_000);

describe('the ingest worker', () => {
  it('stores a queued item with its classification, triage state and audit, and pushes item.created', async () => {
    const data = job('w-1', 'My dad on ward 4B has been in agony for hours and nobody answers the call bell');
    await queue.add('ingest.item', data, { jobId: ingestJobId('test', 'w-1') });
    const event = await eventually(async () => received.find((e) => e.item.id === data.id));
    const [row] = await ds.query(
      `SELECT c.kind, c.model_version, t.status, t.unit, t.version, (SELECT count(*)::int FROM audit_events a WHERE a.item_id = i.id) AS audits
       FROM items i JOIN classifications c ON c.item_id = i.id JOIN triage t ON t.item_id = i.id WHERE i.id = $1`,
      [data.id],
    );
    expect(row).toMatchObject({ kind: 'care_need', status: 'new', unit: '4B', version: 1, audits: 1 });
    expect(row.model_version).toBe(event.item.classification.modelVersion);
    expect(event.item.classification.explanation.phrases.length).toBeGreaterThan(0);
  });

  it('stores an item once when its job runs twice (at-least-once delivery)', async () => {
    const pipeline = worker.get(IngestPipeline);
    const data = job('w-twice', 'The parking machines never work and it cost me a fortune');
    const first = await pipeline.process(data);
    const second = await pipeline.process(data);
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM items WHERE source = 'test' AND external_id = 'w-twice'`,
    );
    expect([first.stored, second.stored, n]).toEqual(['created', 'existing', 1]);
  });

  it('starts no SLA clock for history (posted over a week before it arrived), but one for a fresh care need', async () => {
    const pipeline = worker.get(IngestPipeline);
    const text = 'My dad on ward 4B has been in agony for hours and nobody answers the call bell';
    const old = job('w-history', text, { postedAt: new Date(Date.now() - 30 * 24 * 3600_000).toISOString() });
    const fresh = job('w-fresh', text, { postedAt: new Date(Date.now() - 3600_000).toISOString() });
    await pipeline.processBatch([old, fresh]);
    const rows = (await ds.query(
      `SELECT i.external_id, t.kind, t.due_at FROM items i JOIN triage t ON t.item_id = i.id
        WHERE i.source = 'test' AND i.external_id IN ('w-history', 'w-fresh') ORDER BY i.external_id`,
    )) as { external_id: string; kind: string; due_at: Date | null }[];
    expect(rows.map((r) => [r.external_id, r.kind, r.due_at !== null])).toEqual([
      ['w-fresh', 'care_need', true],
      ['w-history', 'care_need', false],
    ]);
  });

  it('stores the original only encrypted: no identifying field in clear in the raw row', async () => {
    const text = 'Please call my daughter Priya Sharma on 07700 900123, mum is in pain';
    const data = job('w-phi', text, {
      unit: 'ICU',
      author: '@priya_sharma_77',
      url: 'https://x.example/priya_sharma_77/status/42',
      raw: { handle: '@priya_sharma_77' },
    });
    await worker.get(IngestPipeline).process(data);
    const [row] = await ds.query(`SELECT * FROM items WHERE id = $1`, [data.id]);
    const clear = JSON.stringify(row);
    for (const secret of ['07700 900123', 'Priya', 'priya_sharma_77', 'in pain, '])
      expect(clear).not.toContain(secret);
    expect(row).toMatchObject({
      text: null,
      author: null,
      url: null,
      raw: null,
      data_key_id: 'demo',
      redacted_text: 'Please call my daughter [NAME] on [PHONE], mum is in pain',
    });
    expect(row.original_encrypted).toMatch(/^v1\.demo\./);
    const keyring = worker.get(DataKeyring);
    expect(openItemOriginal(keyring, data.id, row.original_encrypted)).toEqual({
      text,
      author: '@priya_sharma_77',
      url: 'https://x.example/priya_sharma_77/status/42',
      raw: { handle: '@priya_sharma_77' },
    });
    expect(
      row.redaction_spans.map((s: RedactionSpan) => text.slice(s.original.start, s.original.end)),
    ).toEqual(['Priya Sharma', '07700 900123']);
  });

  it('gives a care need without any unit to the unrouted queue', async () => {
    const data = job('w-unrouted', 'My husband fell out of bed and hit his head and nobody has come');
    await worker.get(IngestPipeline).process(data);
    const [row] = await ds.query(
      `SELECT t.unit, c.kind FROM triage t JOIN classifications c USING (item_id) WHERE t.item_id = $1`,
      [data.id],
    );
    expect(row).toEqual({ unit: null, kind: 'care_need' });
  });
});

describe('the ingest worker, under load', () => {
  it('stores a batch in one go: every item once, a duplicate within the batch reported as existing', async () => {
    const jobs = Array.from({ length: 40 }, (_, i) =>
      job(`b-${i}`, `The food on the ward was cold again, day ${i}`),
    );
    const outcomes = await worker.get(IngestPipeline).processBatch([...jobs, jobs[0]!]);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM items WHERE external_id LIKE 'b-%'`);
    expect(n).toBe(40);
    expect(outcomes.filter((o) => o.stored === 'created')).toHaveLength(40);
    expect(outcomes[40]).toEqual({ itemId: jobs[0]!.id, stored: 'existing' });
    await eventually(async () =>
      jobs.every((j) => received.some((e) => e.item.id === j.id)) ? true : undefined,
    );
  });

  it('fails only the poison item of a batch: its neighbours are stored, it waits in the failed set', async () => {
    const good = Array.from({ length: 30 }, (_, i) =>
      job(`p-${i}`, `Thank you to the maternity team, visit ${i}`),
    );
    // A channel the database refuses: this item can never be stored, whatever the retries.
    const poison = job('p-poison', 'This one cannot be stored', { channel: 'carrier_pigeon' as 'social' });
    await queue.addBulk(
      [...good.slice(0, 15), poison, ...good.slice(15)].map((data) => ({
        name: 'ingest.item',
        data,
        opts: { jobId: ingestJobId('test', data.item.externalId), attempts: 1 },
      })),
    );
    await eventually(async () => {
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM items WHERE external_id LIKE 'p-%'`);
      return n === 30 ? n : undefined;
    });
    const failed = await eventually(async () => {
      const jobs = await queue.getFailed();
      return jobs.length > 0 ? jobs : undefined;
    });
    expect(failed.map((j) => j.data.item.externalId)).toEqual(['p-poison']);
    expect(failed[0]!.failedReason).toMatch(/channel/);
  });
});
