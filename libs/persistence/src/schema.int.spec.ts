import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  AUTH_METHODS,
  CHANNELS,
  CONNECTOR_KINDS,
  ITEM_KINDS,
  ROLES,
  SESSION_END_REASONS,
  TRIAGE_STATUSES,
  URGENCIES,
} from '@auscult/contracts';
import type { DataSource } from 'typeorm';
import { createDataSource } from './data-source.js';
import { DEMO_USERS } from './demo/demo-data.js';
import { seedDemo } from './demo/seed-demo.js';
import { createTestDatabase, type TestDatabase } from './testing.js';

let db: TestDatabase;
let ds: DataSource;

beforeAll(async () => {
  db = await createTestDatabase('schema');
  ds = createDataSource({ url: db.url, poolSize: 2 });
  await ds.initialize();
});

afterAll(async () => {
  await ds?.destroy();
  await db?.drop();
});

async function checkValues(table: string, column: string): Promise<string[]> {
  const rows: { def: string }[] = await ds.query(
    `SELECT pg_get_constraintdef(c.oid) AS def FROM pg_constraint c
     JOIN pg_class t ON t.oid = c.conrelid WHERE t.relname = $1 AND c.contype = 'c' AND pg_get_constraintdef(c.oid) LIKE $2`,
    [table, `%(${column} = ANY%`],
  );
  return [...(rows[0]?.def ?? '').matchAll(/'([a-z_]+)'::text/g)].map((m) => m[1]);
}

describe('the initial schema', () => {
  it.each([
    ['classifications', 'kind', ITEM_KINDS],
    ['classifications', 'urgency', URGENCIES],
    ['items', 'channel', CHANNELS],
    ['triage', 'status', TRIAGE_STATUSES],
    ['users', 'role', ROLES],
    ['connector_status', 'kind', CONNECTOR_KINDS],
    ['auth_sessions', 'auth_method', AUTH_METHODS],
    ['auth_sessions', 'revoked_reason', SESSION_END_REASONS],
    ['triage', 'kind', ITEM_KINDS],
    ['triage', 'urgency', URGENCIES],
  ])('constrains %s.%s to exactly the values of the contracts', async (table, column, values) => {
    expect((await checkValues(table, column)).sort()).toEqual([...values].sort());
  });

  it('refuses to update or delete an audit event', async () => {
    await ds.query(`INSERT INTO audit_events (actor_label, action) VALUES ('system:test', 'test.append')`);
    await expect(ds.query(`UPDATE audit_events SET action = 'changed'`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
  });

  it('seeds the demo data idempotently', async () => {
    await seedDemo(ds);
    await seedDemo(ds);
    const [{ users }] = await ds.query(`SELECT count(*)::int AS users FROM users`);
    const [{ units }] = await ds.query(`SELECT count(*)::int AS units FROM units`);
    expect({ users, units }).toEqual({ users: DEMO_USERS.length, units: 4 });
  });
});
