import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SlaPolicy, SlaReport } from '@auscult/contracts';
import { startApi, type ApiHarness } from './api-harness.js';
import { signIn, type Caller } from './api-client.js';
import { insertItems } from './item-rows.factory.js';

let api: ApiHarness;
const as: Record<string, Caller> = {};
let ids: string[];

const at = (m: number) => new Date(Date.UTC(2026, 10, 19, 8, m));

beforeAll(async () => {
  api = await startApi('reports');
  for (const who of ['px', 'nurse.4b', 'nurse.icu', 'exec', 'admin']) as[who] = await signIn(api, who);
  ids = await insertItems(api.db.url, [
    // 4B: one met (acknowledged by the due time, held by a nurse), one breached (acknowledged late).
    {
      kind: 'care_need',
      unit: '4B',
      urgency: 'critical',
      receivedAt: at(0),
      dueAt: at(5),
      acknowledgedAt: at(3),
      assigneeId: as['nurse.4b'].id,
      text: 'Bed 3 "cannot breathe", call 07700 900123',
    },
    {
      kind: 'care_need',
      unit: '4B',
      urgency: 'high',
      receivedAt: at(1),
      dueAt: at(16),
      acknowledgedAt: at(30),
    },
    // ICU: breached, never acknowledged.
    {
      kind: 'care_need',
      unit: 'ICU',
      urgency: 'critical',
      receivedAt: at(2),
      dueAt: at(7),
      text: 'ICU patient in pain',
    },
    // Service complaint met by PX; praise has no SLA.
    {
      kind: 'service_complaint',
      unit: null,
      urgency: 'low',
      receivedAt: at(3),
      dueAt: at(60),
      acknowledgedAt: at(10),
      assigneeId: as.px.id,
      text: '=cmd|calc, "quoted"',
    },
    { kind: 'praise', unit: null, receivedAt: at(4) },
  ]);
});

afterAll(async () => {
  await api?.close();
});

const RANGE = `from=${at(0).toISOString()}&to=${at(59).toISOString()}`;

describe('GET /api/v1/reports/sla', () => {
  it('gives the share met overall, per unit, per team and per urgency', async () => {
    const { status, body } = await as.exec.call<SlaReport>('GET', `/reports/sla?${RANGE}`);
    expect(status).toBe(200);
    expect(body.overall).toEqual({ total: 4, met: 2, breached: 2, pending: 0, share: 0.5 });
    expect(body.byUnit.map((u) => [u.unit, u.met, u.breached, u.share])).toEqual([
      ['4B', 1, 1, 0.5],
      ['ICU', 0, 1, 0],
      [null, 1, 0, 1],
    ]);
    expect(body.byTeam.map((t) => [t.team, t.total, t.share])).toEqual([
      ['nurse', 1, 1],
      ['px', 1, 1],
      ['unassigned', 2, 0],
    ]);
    expect(body.byUrgency.map((u) => [u.kind, u.urgency, u.total])).toEqual([
      ['care_need', 'critical', 2],
      ['care_need', 'high', 1],
      ['service_complaint', 'low', 1],
    ]);
  });

  it('exports the same figures as CSV', async () => {
    const res = await as.px.fetch(`/reports/sla.csv?${RANGE}`);
    const lines = (await res.text()).trim().split('\r\n');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(lines[0]).toBe('dimension,key,total,met,breached,pending,share');
    expect(lines).toContain('unit,ICU,1,0,1,0,0');
    expect(lines).toContain('team,unassigned,2,0,2,0,0');
  });

  it('is refused to nurses and answers 400 for a bad range', async () => {
    const nurse = await as['nurse.4b'].call('GET', '/reports/sla');
    const bad = await as.px.call<{ errors: { field: string }[] }>('GET', '/reports/sla?from=soon');
    expect([nurse.status, bad.status, bad.body.errors[0].field]).toEqual([403, 400, 'from']);
  });
});

describe('GET /api/v1/items/export.csv', () => {
  async function csv(who: string, query: string): Promise<{ status: number; rows: string[] }> {
    const res = await as[who].fetch(`/items/export.csv?${query}`);
    return { status: res.status, rows: (await res.text()).split('\r\n').filter(Boolean) };
  }

  it('streams the filtered list with a header row, quoting and defused formulas', async () => {
    const { status, rows } = await csv('px', `${RANGE}&kind=service_complaint`);
    expect(status).toBe(200);
    expect(rows[0].split(',').slice(0, 3)).toEqual(['id', 'receivedAt', 'postedAt']);
    expect(rows).toHaveLength(2);
    expect(rows[1].startsWith(ids[3])).toBe(true);
    expect(rows[1].endsWith(`"'=cmd|calc, ""quoted"""`)).toBe(true);
  });

  it("gives a nurse only her unit's care needs", async () => {
    const { rows } = await csv('nurse.icu', RANGE);
    expect(rows.slice(1).map((r) => r.slice(0, 36))).toEqual([ids[2]]);
  });

  it('gives executives redacted text and no source link', async () => {
    const { rows } = await csv('exec', `${RANGE}&unit=4B&urgency=critical`);
    expect(rows[1]).toContain('[PHONE]');
    expect(rows[1]).not.toContain('07700');
  });

  it('answers 400 for a bad filter before any CSV is sent, and audits every export', async () => {
    const bad = await as.px.call<{ errors: { field: string }[] }>('GET', '/items/export.csv?status=open');
    expect([bad.status, bad.body.errors[0].field]).toEqual([400, 'status']);
    await csv('exec', 'kind=praise');
    const { Client } = (await import('pg')).default;
    const db = new Client({ connectionString: api.db.url });
    await db.connect();
    const { rows } = await db.query(
      `SELECT actor_label, to_state FROM audit_events WHERE action = 'items.exported' ORDER BY id DESC LIMIT 1`,
    );
    await db.end();
    expect(rows[0]).toEqual({
      actor_label: 'user:exec@auscult.local',
      to_state: { filters: { kind: ['praise'] }, format: 'csv' },
    });
  });
});

describe('SLA policy', () => {
  const policy = {
    facility: null,
    careNeedMinutes: { critical: 3, high: 10, normal: 45, low: 120 },
    serviceComplaintMinutes: 480,
  };

  it('starts with the defaults and lets an admin change them, audited', async () => {
    const before = await as['nurse.4b'].call<SlaPolicy[]>('GET', '/sla-policy');
    expect(before.body[0]).toMatchObject({
      facility: null,
      careNeedMinutes: { critical: 5, high: 15, normal: 60, low: 240 },
      serviceComplaintMinutes: 1440,
      updatedBy: null,
    });
    const put = await as.admin.call<SlaPolicy>('PUT', '/sla-policy', policy);
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ ...policy, updatedBy: 'admin@auscult.local' });
    const after = await as.px.call<SlaPolicy[]>('GET', '/sla-policy');
    expect(after.body[0].careNeedMinutes.critical).toBe(3);
  });

  it('refuses non-admins (403) and bad minutes (400 naming the field)', async () => {
    const px = await as.px.call('PUT', '/sla-policy', policy);
    const zero = await as.admin.call<{ errors: { field: string }[] }>('PUT', '/sla-policy', {
      ...policy,
      careNeedMinutes: { ...policy.careNeedMinutes, critical: 0 },
    });
    const unknown = await as.admin.call<{ errors: { field: string }[] }>('PUT', '/sla-policy', {
      ...policy,
      facility: 'Nowhere General',
    });
    expect([
      px.status,
      zero.status,
      zero.body.errors[0].field,
      unknown.status,
      unknown.body.errors[0].field,
    ]).toEqual([403, 400, 'careNeedMinutes.critical', 400, 'facility']);
  });
});
