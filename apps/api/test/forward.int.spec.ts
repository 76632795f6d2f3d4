import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { redisOptions } from '@auscult/config';
import {
  escalationReplanJobId,
  QUEUES,
  type EscalationReplanJobData,
  type ItemView,
} from '@auscult/contracts';
import { Queue } from 'bullmq';
import { startApi, type ApiHarness } from './api-harness.js';
import { connectLive, nextEvent, signIn, type Caller, type LiveClient } from './api-client.js';
import { insertItems, type ItemRow } from './item-rows.factory.js';

interface ErrorBody {
  message: string;
  errors?: { field: string; reason: string }[];
}

let api: ApiHarness;
let queue: Queue<EscalationReplanJobData>;
const as: Record<string, Caller> = {};
const sockets: LiveClient[] = [];

async function item(row: Partial<ItemRow> = {}): Promise<string> {
  const [id] = await insertItems(api.db.url, [{ kind: 'care_need', unit: '4B', ...row }]);
  return id;
}

const forward = (id: string, who: string, body: unknown) =>
  as[who].call<ItemView & ErrorBody>('POST', `/items/${id}/forward`, body);

beforeAll(async () => {
  api = await startApi('forward');
  for (const who of ['px', 'nurse.4b', 'charge.4b', 'nurse.icu', 'admin']) as[who] = await signIn(api, who);
  queue = new Queue(QUEUES.escalation, {
    connection: redisOptions(api.config.redisUrl, 'producer'),
    prefix: api.config.redisPrefix,
  });
});

afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await queue?.obliterate({ force: true });
  await queue?.close();
  await api?.close();
});

describe('POST /api/v1/items/:id/forward', () => {
  it('moves the care need to the new unit, open for its nurses, with a fresh SLA clock', async () => {
    const id = await item({ status: 'acknowledged', dueAt: new Date(Date.now() - 60_000) });
    const before = Date.now();
    const { status, body } = await forward(id, 'px', { unitCode: 'icu', note: 'ICU patient, not 4B' });
    expect(status).toBe(200);
    expect([body.triage.unit, body.triage.status, body.triage.assigneeId, body.triage.version]).toEqual([
      'ICU',
      'new',
      null,
      2,
    ]);
    // Normal urgency: the default policy gives 60 minutes from the forward.
    expect(Date.parse(body.triage.dueAt ?? '') - before).toBeGreaterThanOrEqual(60 * 60_000 - 1_000);
    expect(body.triage.slaState).toBe('ok');
    expect((await as['nurse.icu'].call('GET', `/items/${id}`)).status).toBe(200);
    expect((await as['nurse.4b'].call('GET', `/items/${id}`)).status).toBe(404);
  });

  it('records the forward in the audit trail and asks the worker to re-plan escalation', async () => {
    const id = await item();
    await forward(id, 'charge.4b', { unitCode: 'MAT' });
    const trail = await as.px.call<{ action: string; fromState: object; toState: object }[]>(
      'GET',
      `/items/${id}/audit`,
    );
    const entry = trail.body.find((e) => e.action === 'triage.forward');
    expect(entry?.fromState).toMatchObject({ unit: '4B', version: 1 });
    expect(entry?.toState).toMatchObject({ unit: 'MAT', version: 2, status: 'new' });
    const job = await queue.getJob(escalationReplanJobId(id, 2));
    expect([job?.name, job?.data]).toEqual(['escalation.replan', { itemId: id, reason: 'forwarded' }]);
  });

  it('tells both the old and the new unit live', async () => {
    const old4b = await connectLive(api, as['nurse.4b']);
    const icu = await connectLive(api, as['nurse.icu']);
    sockets.push(old4b, icu);
    const id = await item();
    const left = nextEvent(old4b, 'item.updated', (e) => e.item.id === id);
    const arrived = nextEvent(icu, 'item.updated', (e) => e.item.id === id);
    await forward(id, 'px', { unitCode: 'ICU' });
    expect([(await left).item.triage.unit, (await arrived).item.triage.unit]).toEqual(['ICU', 'ICU']);
  });

  it('refuses an unknown unit (400 naming unitCode), a ward nurse (403) and a service complaint (409)', async () => {
    const care = await item();
    const complaint = await item({ kind: 'service_complaint', unit: null });
    const unknown = await forward(care, 'px', { unitCode: 'NOPE' });
    const nurse = await forward(care, 'nurse.4b', { unitCode: 'ICU' });
    const notCare = await forward(complaint, 'px', { unitCode: 'ICU' });
    expect([unknown.status, unknown.body.errors?.[0]?.field, nurse.status, notCare.status]).toEqual([
      400,
      'unitCode',
      403,
      409,
    ]);
  });

  it("is not found for a charge nurse who cannot reach another unit's item", async () => {
    const id = await item({ unit: 'ICU' });
    expect((await forward(id, 'charge.4b', { unitCode: '4B' })).status).toBe(404);
  });
});

describe('reclassify changes the working classification', () => {
  it('takes a care need reclassified as a service complaint off the ward, and re-plans escalation', async () => {
    const id = await item({ urgency: 'high' });
    const res = await as.px.call<ItemView>('POST', `/items/${id}/reclassify`, {
      kind: 'service_complaint',
      urgency: 'normal',
      topics: ['parking'],
    });
    expect(res.status).toBe(200);
    expect((await as['nurse.4b'].call('GET', `/items/${id}`)).status).toBe(404);
    const job = await queue.getJob(escalationReplanJobId(id, 2));
    expect(job?.data).toEqual({ itemId: id, reason: 'reclassified' });
  });

  it('puts a complaint reclassified as a critical care need on its unit board with a 5-minute clock', async () => {
    const id = await item({ kind: 'service_complaint', unit: '4B' });
    const before = Date.now();
    const res = await as.px.call<ItemView>('POST', `/items/${id}/reclassify`, {
      kind: 'care_need',
      urgency: 'critical',
      topics: ['breathing'],
    });
    const due = Date.parse(res.body.triage.dueAt ?? '') - before;
    expect(due).toBeGreaterThanOrEqual(5 * 60_000 - 1_000);
    expect(due).toBeLessThan(5 * 60_000 + 5_000);
    const seen = await as['nurse.4b'].call<{ items: ItemView[] }>('GET', `/items?kind=care_need&limit=200`);
    expect(seen.body.items.map((i) => i.id)).toContain(id);
  });

  it('leaves the SLA clock alone when only the topics change', async () => {
    const due = new Date(Date.now() + 30 * 60_000);
    const id = await item({ urgency: 'normal', dueAt: due });
    const res = await as.px.call<ItemView>('POST', `/items/${id}/reclassify`, {
      kind: 'care_need',
      urgency: 'normal',
      topics: ['pain'],
    });
    expect(res.body.triage.dueAt).toBe(due.toISOString());
    expect(await queue.getJob(escalationReplanJobId(id, 2))).toBeUndefined();
  });
});
