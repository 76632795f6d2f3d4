import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ItemKind, TrendsResponse } from '@auscult/contracts';
import { createDataSource } from '@auscult/persistence';
import type { DataSource } from 'typeorm';
import { startApi, type ApiHarness } from './api-harness.js';
import { signIn, type Caller } from './api-client.js';
import { insertItems, type ItemRow } from './item-rows.factory.js';

// GET /trends reads the rollups only; every figure here is checked against the items table itself.
let api: ApiHarness;
let ds: DataSource;
const as: Record<string, Caller> = {};
const FROM = '2026-11-20T00:00:00.000Z';
const TO = '2026-11-21T00:00:00.000Z';
const at = (iso: string, minutes = 0) => new Date(Date.parse(iso) + minutes * 60_000);

/** Stores items as the worker does: rows, then their contribution to the rollups (the factory does both). */
const store = (rows: ItemRow[]): Promise<string[]> => insertItems(api.db.url, rows);

const trends = (who: string, query = `from=${FROM}&to=${TO}&bucket=hour`) =>
  as[who].call<TrendsResponse & { errors?: { field: string }[] }>('GET', `/trends?${query}`);

/** The same figures straight from items ⋈ triage (the working classification). */
async function truth(from = FROM, to = TO) {
  const range = [from, to];
  const base = `FROM items i JOIN triage t ON t.item_id = i.id WHERE i.received_at >= $1 AND i.received_at < $2`;
  const kinds: { kind: ItemKind; n: number }[] = await ds.query(
    `SELECT t.kind, count(*)::int AS n ${base} GROUP BY 1`,
    range,
  );
  const units: { unit: string | null; n: number }[] = await ds.query(
    `SELECT t.unit, count(*)::int AS n ${base} GROUP BY 1 ORDER BY 2 DESC, 1`,
    range,
  );
  const topics: { topic: string; n: number }[] = await ds.query(
    `SELECT topic, count(*)::int AS n FROM items i JOIN triage t ON t.item_id = i.id, unnest(t.topics) AS topic
      WHERE i.received_at >= $1 AND i.received_at < $2 GROUP BY 1`,
    range,
  );
  const channels: { channel: string; n: number }[] = await ds.query(
    `SELECT i.channel, count(*)::int AS n ${base} GROUP BY 1`,
    range,
  );
  return {
    kinds: Object.fromEntries(kinds.map((r) => [r.kind, r.n])),
    units,
    topics: Object.fromEntries(topics.map((r) => [r.topic, r.n])),
    channels: Object.fromEntries(channels.map((r) => [r.channel, r.n])),
  };
}

function served(body: TrendsResponse) {
  const detail = body.detail!;
  return {
    kinds: Object.fromEntries(detail.mix.filter((m) => m.count > 0).map((m) => [m.kind, m.count])),
    units: detail.byUnit.map((u) => ({ unit: u.unit, n: u.count })),
    topics: Object.fromEntries(detail.topTopics.map((t) => [t.topic, t.count])),
    channels: Object.fromEntries(body.byChannel.map((c) => [c.channel, c.count])),
  };
}

let careNeed: string;

beforeAll(async () => {
  api = await startApi('trends');
  ds = createDataSource({ url: api.db.url, poolSize: 2 });
  await ds.initialize();
  for (const who of ['px', 'exec', 'charge.4b', 'nurse.4b']) as[who] = await signIn(api, who);
  // Previous day: the baseline for the topics' change.
  await store([
    {
      kind: 'service_complaint',
      topics: ['parking'],
      receivedAt: at('2026-11-19T10:00:00Z'),
      channel: 'review',
    },
    {
      kind: 'service_complaint',
      topics: ['parking'],
      receivedAt: at('2026-11-19T11:00:00Z'),
      channel: 'review',
    },
    { kind: 'service_complaint', topics: ['food'], receivedAt: at('2026-11-19T12:00:00Z') },
  ]);
  const rows: ItemRow[] = [];
  // Care needs on 4B acknowledged after 10, 20, … 50 minutes; due after 30 (so two were late).
  for (let k = 1; k <= 5; k++) {
    const received = at('2026-11-20T08:00:00Z', k);
    rows.push({
      kind: 'care_need',
      unit: '4B',
      urgency: 'high',
      topics: ['pain'],
      receivedAt: received,
      status: 'acknowledged',
      dueAt: at(received.toISOString(), 30),
      acknowledgedAt: at(received.toISOString(), 10 * k),
    });
  }
  rows.push({
    kind: 'care_need',
    unit: 'ICU',
    topics: ['breathing'],
    receivedAt: at('2026-11-20T09:30:00Z'),
  });
  rows.push({ kind: 'care_need', unit: null, topics: ['falls'], receivedAt: at('2026-11-20T10:15:00Z') });
  for (let k = 0; k < 6; k++)
    rows.push({
      kind: 'service_complaint',
      topics: k < 4 ? ['parking'] : ['parking', 'food'],
      receivedAt: at('2026-11-20T14:00:00Z', k),
      channel: k % 2 ? 'review' : 'email',
    });
  rows.push({ kind: 'praise', receivedAt: at('2026-11-20T23:59:00Z'), channel: 'survey' });
  rows.push({ kind: 'praise', receivedAt: at('2026-11-21T00:00:00Z') }); // outside (to is exclusive)
  const ids = await store(rows);
  careNeed = ids[5]!; // the ICU one
}, 60_000);

afterAll(async () => {
  await ds?.destroy();
  await api?.close();
});

describe('GET /api/v1/trends from the rollups', () => {
  it('gives executives the full detail, equal to counts taken from the items themselves', async () => {
    const { status, body } = await trends('exec');
    expect(status).toBe(200);
    expect(served(body)).toEqual(await truth());
    expect(body.series).toHaveLength(24);
    expect(body.series.reduce((n, p) => n + p.counts.care_need, 0)).toBe(7);
    expect(body.series.find((p) => p.t === '2026-11-20T14:00:00.000Z')?.counts.service_complaint).toBe(6);
    const parking = body.detail!.topTopics.find((t) => t.topic === 'parking');
    expect(parking).toEqual({ topic: 'parking', count: 6, previous: 2, change: 2 });
    expect(body.detail!.topTopics.find((t) => t.topic === 'food')).toMatchObject({ count: 2, previous: 1 });
    expect(body.detail!.mix.find((m) => m.kind === 'care_need')?.share).toBeCloseTo(7 / 14, 3);
    // Parking: 6 in one hour against a mean of 0.25 per hour over the day.
    expect(body.detail!.spikes).toContainEqual({
      topic: 'parking',
      t: '2026-11-20T14:00:00.000Z',
      count: 6,
      baseline: 0.3,
    });
    expect(JSON.stringify(body)).not.toContain('PHONE');
  });

  it('gives the median and p90 minutes to acknowledge within the histogram bins (10 %), and the breach rate', async () => {
    const { body } = await trends('exec');
    const care = body.detail!.responseTimes.byKind.find((r) => r.kind === 'care_need')!;
    expect(care.acknowledge.n).toBe(5);
    expect(care.acknowledge.median).toBeGreaterThan(30 * 0.9);
    expect(care.acknowledge.median).toBeLessThan(30 * 1.1);
    expect(care.acknowledge.p90).toBeGreaterThan(50 * 0.9);
    expect(care.acknowledge.p90).toBeLessThan(50 * 1.1);
    expect(care.resolve).toEqual({ n: 0, median: null, p90: null });
    expect(body.medianMinutesToAcknowledge.care_need).toBe(care.acknowledge.median);
    expect(body.detail!.responseTimes.byUnit.map((u) => u.unit)).toEqual(['4B']);
    // 40 and 50 minutes against a 30-minute SLA: 2 of 5.
    expect(body.detail!.slaBreachRate).toBe(0.4);
  });

  it('moves the counts when a person reclassifies or forwards, in the same transaction', async () => {
    const reclassified = await as.px.call('POST', `/items/${careNeed}/reclassify`, {
      kind: 'service_complaint',
      urgency: 'normal',
      topics: ['noise'],
    });
    expect(reclassified.status).toBe(200);
    let { body } = await trends('exec');
    expect(served(body)).toEqual(await truth());
    expect(body.detail!.topTopics.find((t) => t.topic === 'noise')?.count).toBe(1);
    expect(body.detail!.topTopics.find((t) => t.topic === 'breathing')).toBeUndefined();

    const [unrouted] = await store([
      { kind: 'care_need', unit: null, topics: ['pain'], receivedAt: at('2026-11-20T16:00:00Z') },
    ]);
    expect((await as.px.call('POST', `/items/${unrouted}/forward`, { unitCode: '4B' })).status).toBe(200);
    expect((await as.px.call('POST', `/items/${unrouted}/acknowledge`, {})).status).toBe(200);
    ({ body } = await trends('exec'));
    expect(served(body)).toEqual(await truth());
    const byKind = await ds.query(
      `SELECT count(*)::int AS n FROM triage t JOIN items i ON i.id = t.item_id
        WHERE t.kind = 'care_need' AND t.acknowledged_at IS NOT NULL AND i.received_at >= $1 AND i.received_at < $2`,
      [FROM, TO],
    );
    expect(body.detail!.responseTimes.byKind.find((r) => r.kind === 'care_need')?.acknowledge.n).toBe(
      byKind[0].n,
    );
  });

  it('reads whole days from the daily rollup and the partial days from the hourly one, to the same counts', async () => {
    const from = '2026-11-19T10:30:00.000Z';
    const to = '2026-11-21T00:00:00.000Z';
    const { status, body } = await trends('exec', `from=${from}&to=${to}&bucket=day`);
    expect(status).toBe(200);
    // The 20th from the daily rollup, the 19th from 10:00 (the hour of `from`) from the hourly one.
    expect(served(body)).toEqual(await truth('2026-11-19T10:00:00.000Z', to));
    expect(body.detail!.topTopics.find((t) => t.topic === 'parking')?.count).toBe(8);
    expect(body.series.map((p) => p.t)).toEqual(['2026-11-19T00:00:00.000Z', '2026-11-20T00:00:00.000Z']);
  });

  it("keeps a charge nurse to her board's reach: her units' care needs and the unrouted ones", async () => {
    const { status, body } = await trends('charge.4b');
    expect(status).toBe(200);
    const reach = await ds.query(
      `SELECT t.unit, count(*)::int AS n FROM items i JOIN triage t ON t.item_id = i.id
        WHERE i.received_at >= $1 AND i.received_at < $2 AND t.kind = 'care_need' AND (t.unit = '4B' OR t.unit IS NULL)
        GROUP BY 1 ORDER BY 2 DESC, 1`,
      [FROM, TO],
    );
    expect(body.detail!.byUnit.map((u) => ({ unit: u.unit, n: u.count }))).toEqual(reach);
    expect(body.byKind.service_complaint).toBe(0);
    expect(body.detail!.topTopics.map((t) => t.topic)).not.toContain('parking');
  });

  it('refuses nurses and names the field of a bad range', async () => {
    expect((await trends('nurse.4b')).status).toBe(403);
    const bad = await trends('exec', `from=${TO}&to=${FROM}`);
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]?.field).toBe('from');
  });
});
