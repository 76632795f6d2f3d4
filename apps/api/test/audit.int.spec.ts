import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { login, startApi, type ApiHarness } from './api-harness.js';
import { insertItems } from './item-rows.factory.js';

interface AuditPage {
  events: { id: string; actor: string; action: string; itemId: string | null }[];
  nextCursor: string | null;
}

let api: ApiHarness;
let ids: string[];
const tokens: Record<string, string> = {};

function get(path: string, who: string) {
  return fetch(`${api.url}/api/v1${path}`, { headers: { authorization: `Bearer ${tokens[who]}` } });
}

async function sql(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: api.db.url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  api = await startApi('audit');
  ids = await insertItems(api.db.url, [{ kind: 'care_need', unit: '4B' }]);
  for (const who of ['px', 'nurse.4b', 'admin']) tokens[who] = await login(api, `${who}@auscult.local`);
  for (let n = 0; n < 3; n++) await get(`/items/${ids[0]}/original`, 'nurse.4b');
}, 30_000);

afterAll(async () => {
  await api?.close();
}, 30_000);

describe('GET /api/v1/admin/audit', () => {
  it('finds the reads of an original text by actor, action and item', async () => {
    const res = await get(`/admin/audit?actor=nurse.4b&action=item.original_read&itemId=${ids[0]}`, 'admin');
    const body = (await res.json()) as AuditPage;
    expect([res.status, body.events.length, new Set(body.events.map((e) => e.actor))]).toEqual([
      200,
      3,
      new Set(['user:nurse.4b@auscult.local']),
    ]);
  });

  it('pages newest first without skipping or repeating', async () => {
    const all = (await (await get('/admin/audit?limit=500', 'admin')).json()) as AuditPage;
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page = (await (
        await get(`/admin/audit?limit=2${cursor ? `&cursor=${cursor}` : ''}`, 'admin')
      ).json()) as AuditPage;
      seen.push(...page.events.map((e) => e.id));
      cursor = page.nextCursor;
    }
    expect(seen).toEqual(all.events.map((e) => e.id));
    expect(seen.length).toBeGreaterThanOrEqual(6);
  });

  it('filters by time range', async () => {
    const future = (await (await get('/admin/audit?from=2999-01-01T00:00:00Z', 'admin')).json()) as AuditPage;
    const past = (await (await get('/admin/audit?to=2000-01-01T00:00:00Z', 'admin')).json()) as AuditPage;
    expect([future.events.length, past.events.length]).toEqual([0, 0]);
  });

  it('is for admins only', async () => {
    expect([
      (await get('/admin/audit', 'px')).status,
      (await get('/admin/audit.csv', 'nurse.4b')).status,
    ]).toEqual([403, 403]);
  });

  it('answers 400 naming the field for a bad filter', async () => {
    const res = await get('/admin/audit?from=yesterday&limit=0', 'admin');
    const body = (await res.json()) as { errors: { field: string }[] };
    expect([res.status, body.errors.map((e) => e.field).sort()]).toEqual([400, ['from', 'limit']]);
  });
});

describe('GET /api/v1/admin/audit.csv', () => {
  it('streams the matching trail as CSV and records the export itself', async () => {
    const res = await get('/admin/audit.csv?action=item.original_read', 'admin');
    const lines = (await res.text()).trim().split('\r\n');
    expect([res.status, res.headers.get('content-type'), lines[0], lines.length]).toEqual([
      200,
      'text/csv; charset=utf-8',
      'id,at,actor,action,itemId,from,to,note,remoteAddress,userAgent',
      4,
    ]);
    expect(
      lines.slice(1).every((l) => l.includes(`user:nurse.4b@auscult.local,item.original_read,${ids[0]}`)),
    ).toBe(true);
    const exported = (await (await get('/admin/audit?action=audit.exported', 'admin')).json()) as AuditPage;
    expect(exported.events.map((e) => e.actor)).toEqual(['user:admin@auscult.local']);
  });
});

describe('the audit trail is append-only', () => {
  it('refuses UPDATE and DELETE, even to the database owner', async () => {
    await expect(sql(`UPDATE audit_events SET actor_label = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(sql(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
  });
});
