import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { IngestJobData } from '@auscult/contracts';
import type { DataSource } from 'typeorm';
import { IngestPipeline } from '../src/ingest/ingest-pipeline.service.js';
import { startWorker, type WorkerHarness } from './worker-harness.js';

// The batched pipeline keeps the trends rollups in the items' own transaction.
let harness: WorkerHarness;
let ds: DataSource;

const TEXTS = [
  'My dad on ward 4B has been in agony for hours and nobody answers the call bell',
  'The parking machines never work and it cost me a fortune',
  'Thank you to the lovely nurses in ICU, wonderful care',
  'Waited four hours in ED and the food was cold',
  'Mum fell on maternity and nobody came to help her up',
  'Nothing to say really',
];

function job(n: number, receivedAt: string): IngestJobData {
  return {
    id: crypto.randomUUID(),
    item: {
      source: 'rollup',
      externalId: `r-${n}`,
      text: TEXTS[n % TEXTS.length]!,
      channel: n % 3 ? 'social' : 'review',
    },
    receivedAt,
  };
}

/** Rollup minus the counts taken from items ⋈ triage, at both grains: empty when they agree. */
async function differences(): Promise<unknown[]> {
  const found: unknown[] = [];
  for (const [grain, suffix] of [
    ['hour', 'hourly'],
    ['day', 'daily'],
  ]) {
    const at = `date_trunc('${grain}', i.received_at, 'UTC')`;
    found.push(
      ...(await ds.query(`
        WITH truth AS (
          SELECT ${at} AS at, i.facility, t.unit, t.kind, i.channel, count(*)::int AS n
            FROM items i JOIN triage t ON t.item_id = i.id GROUP BY 1, 2, 3, 4, 5),
        rolled AS (SELECT at, facility, unit, kind, channel, n FROM trend_${suffix} WHERE n <> 0)
        (SELECT 'missing ${grain}' AS side, * FROM truth EXCEPT SELECT 'missing ${grain}', * FROM rolled)
        UNION ALL
        (SELECT 'extra ${grain}', * FROM rolled EXCEPT SELECT 'extra ${grain}', * FROM truth)`)),
      ...(await ds.query(`
        WITH truth AS (
          SELECT ${at} AS at, i.facility, t.unit, t.kind, topic, count(*)::int AS n
            FROM items i JOIN triage t ON t.item_id = i.id, unnest(t.topics) AS topic GROUP BY 1, 2, 3, 4, 5),
        rolled AS (SELECT at, facility, unit, kind, topic, n FROM trend_topic_${suffix} WHERE n <> 0)
        (SELECT 'missing topic ${grain}' AS side, * FROM truth EXCEPT SELECT 'missing topic ${grain}', * FROM rolled)
        UNION ALL
        (SELECT 'extra topic ${grain}', * FROM rolled EXCEPT SELECT 'extra topic ${grain}', * FROM truth)`)),
    );
  }
  return found;
}

beforeAll(async () => {
  harness = await startWorker('trend-rollup');
  ds = harness.ds;
}, 30_000);

afterAll(async () => {
  await harness?.close();
}, 30_000);

describe('the trends rollups in the ingest pipeline', () => {
  it('adds a batch to the hourly rollups exactly as the items count, across hours and kinds', async () => {
    const pipeline = harness.worker.get(IngestPipeline);
    const jobs = Array.from({ length: 24 }, (_, n) =>
      job(n, new Date(Date.UTC(2026, 10, 20, 8 + (n % 3), n)).toISOString()),
    );
    await pipeline.processBatch(jobs);
    const [{ n }] = await ds.query(`SELECT sum(n)::int AS n FROM trend_hourly`);
    expect(n).toBe(24);
    const [{ kinds }] = await ds.query(`SELECT count(DISTINCT kind)::int AS kinds FROM trend_hourly`);
    expect(kinds).toBeGreaterThanOrEqual(3);
    expect(await differences()).toEqual([]);
  });

  it('counts nothing twice when a batch runs again (at-least-once delivery)', async () => {
    const pipeline = harness.worker.get(IngestPipeline);
    const jobs = Array.from({ length: 6 }, (_, n) =>
      job(100 + n, new Date(Date.UTC(2026, 10, 20, 12)).toISOString()),
    );
    await pipeline.processBatch(jobs);
    await pipeline.processBatch(jobs);
    const [{ n }] = await ds.query(`SELECT sum(n)::int AS n FROM trend_hourly`);
    expect(n).toBe(30);
    expect(await differences()).toEqual([]);
  });
});
