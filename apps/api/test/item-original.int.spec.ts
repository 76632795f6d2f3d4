import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ItemOriginalView, ItemPage, ItemView } from '@auscult/contracts';
import pg from 'pg';
import { login, startApi, type ApiHarness } from './api-harness.js';
import { insertItems } from './item-rows.factory.js';

let api: ApiHarness;
let ids: string[];
const tokens: Record<string, string> = {};

function get(path: string, who: string, userAgent = 'jest-original-reader') {
  return fetch(`${api.url}/api/v1${path}`, {
    headers: { authorization: `Bearer ${tokens[who]}`, 'user-agent': userAgent },
  });
}

async function sql<T>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: api.db.url });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  api = await startApi('original');
  ids = await insertItems(api.db.url, [
    { kind: 'care_need', unit: '4B', text: 'Bed 3: call my son on 07700 900123, dad is in pain' },
    { kind: 'care_need', unit: 'ICU' },
  ]);
  for (const who of ['px', 'nurse.4b', 'exec', 'admin'])
    tokens[who] = await login(api, `${who}@auscult.local`);
}, 30_000);

afterAll(async () => {
  await api?.close();
}, 30_000);

describe('original text at rest and in reads', () => {
  it('keeps no original text in clear in the database row', async () => {
    const [row] = await sql<Record<string, unknown>>(`SELECT * FROM items WHERE id = $1`, [ids[0]]);
    expect(JSON.stringify(row)).not.toContain('07700 900123');
    expect(JSON.stringify(row)).not.toContain('@someone');
    expect(row.original_encrypted).toMatch(/^v1\.demo\./);
  });

  it('lists and shows items with the redacted text to every role', async () => {
    const list = (await (await get('/items?unit=4B', 'px')).json()) as ItemPage;
    const one = (await (await get(`/items/${ids[0]}`, 'nurse.4b')).json()) as ItemView;
    expect([list.items[0]?.text, one.text, one.isRedacted]).toEqual([
      'Bed 3: call my son on [PHONE], dad is in pain',
      'Bed 3: call my son on [PHONE], dad is in pain',
      true,
    ]);
  });

  it('decrypts the original for the unit nurse and writes who, which item, when and from where', async () => {
    const before = new Date(Date.now() - 1000);
    const res = await get(`/items/${ids[0]}/original`, 'nurse.4b', 'ward-tablet/1.0');
    const body = (await res.json()) as ItemOriginalView;
    expect([res.status, body.text, body.author, body.redactions.map((r) => r.type)]).toEqual([
      200,
      'Bed 3: call my son on 07700 900123, dad is in pain',
      '@someone',
      ['PHONE'],
    ]);
    const events = await sql<{ actor_label: string; remote_address: string; user_agent: string; at: Date }>(
      `SELECT actor_label, remote_address, user_agent, at FROM audit_events WHERE action = 'item.original_read' AND item_id = $1`,
      [ids[0]],
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actor_label: 'user:nurse.4b@auscult.local',
      user_agent: 'ward-tablet/1.0',
    });
    expect(events[0]!.remote_address).toMatch(/127\.0\.0\.1/);
    expect(events[0]!.at.getTime()).toBeGreaterThanOrEqual(before.getTime());
  });

  it('refuses executives and admins (403) and answers 404 for another unit, writing no read event', async () => {
    const statuses = [
      (await get(`/items/${ids[0]}/original`, 'exec')).status,
      (await get(`/items/${ids[0]}/original`, 'admin')).status,
      (await get(`/items/${ids[1]}/original`, 'nurse.4b')).status,
    ];
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'item.original_read' AND item_id = $1`,
      [ids[1]],
    );
    expect([...statuses, n]).toEqual([403, 403, 404, 0]);
  });

  it('audits every read, not only the first', async () => {
    await get(`/items/${ids[0]}/original`, 'px');
    await get(`/items/${ids[0]}/original`, 'px');
    const [{ n }] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'item.original_read' AND actor_label = 'user:px@auscult.local'`,
    );
    expect(n).toBe(2);
  });
});
