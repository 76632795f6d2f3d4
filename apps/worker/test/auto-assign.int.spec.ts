import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { redisOptions } from '@auscult/config';
import { Redis } from 'ioredis';
import { IngestPipeline } from '../src/ingest/ingest-pipeline.service.js';
import { startWorker, type WorkerHarness } from './worker-harness.js';

let harness: WorkerHarness;
let redis: Redis;
let team: Record<string, string>;

const COMPLAINT = 'The car park charges are a disgrace and the machine ate my ticket';

async function ingest(facility: string): Promise<{ assignee: string | null; audit: number }> {
  const id = crypto.randomUUID();
  await harness.worker.get(IngestPipeline).process({
    id,
    item: { source: 'test', externalId: id, text: COMPLAINT, channel: 'review', facility },
    receivedAt: new Date().toISOString(),
  });
  const [row] = await harness.ds.query(
    `SELECT t.assignee_id AS assignee, t.kind,
            (SELECT count(*)::int FROM audit_events a WHERE a.item_id = t.item_id AND a.action = 'triage.auto_assigned') AS audit
       FROM triage t WHERE t.item_id = $1`,
    [id],
  );
  expect(row.kind).toBe('service_complaint');
  return { assignee: row.assignee, audit: row.audit };
}

beforeAll(async () => {
  harness = await startWorker('assign');
  redis = new Redis(redisOptions(harness.config.redisUrl, 'worker'));
  const users: { id: string; email: string }[] = await harness.ds.query(
    `SELECT id, email FROM users WHERE role = 'px'`,
  );
  team = Object.fromEntries(users.map((u) => [u.email.split('@')[0], u.id]));
  // px and px.2 are online (as the API's presence registry records them); px.3 is not.
  const until = Date.now() + 60_000;
  await redis.zadd(
    `${harness.config.redisPrefix}:online:px`,
    until,
    `${team.px}|s1`,
    until,
    `${team['px.2']}|s2`,
  );
  await harness.ds.query(
    `INSERT INTO facility_settings (facility, auto_assign, open_item_cap) VALUES ('on-general', true, 1), ('off-general', false, 5)`,
  );
});

afterAll(async () => {
  redis?.disconnect();
  await harness?.close();
});

describe('auto-assignment of new service complaints', () => {
  it('shares them round-robin among the online PX members, up to the cap, audited', async () => {
    const first = await ingest('on-general');
    const second = await ingest('on-general');
    const third = await ingest('on-general');
    expect(new Set([first.assignee, second.assignee])).toEqual(new Set([team.px, team['px.2']]));
    expect([first.audit, second.audit]).toEqual([1, 1]);
    // Both online members hold one open complaint, the cap: nobody is given a third; px.3 is offline.
    expect(third).toEqual({ assignee: null, audit: 0 });
  });

  it('leaves complaints unassigned where the facility has not turned it on', async () => {
    expect(await ingest('off-general')).toEqual({ assignee: null, audit: 0 });
  });
});
