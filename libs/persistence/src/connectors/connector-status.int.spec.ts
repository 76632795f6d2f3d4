import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../data-source.js';
import { createTestDatabase, type TestDatabase } from '../testing.js';
import { ConnectorStatusRecorder } from './connector-status.recorder.js';

let db: TestDatabase;
let ds: DataSource;
let recorder: ConnectorStatusRecorder;
const minutes = (n: number) => n * 60_000;
const t0 = new Date('2026-11-23T10:00:00Z');
const at = (offsetMinutes: number) => new Date(t0.getTime() + minutes(offsetMinutes));

beforeAll(async () => {
  db = await createTestDatabase('connector_status');
  ds = createDataSource({ url: db.url, poolSize: 2 });
  await ds.initialize();
  recorder = new ConnectorStatusRecorder(ds);
});

afterAll(async () => {
  await ds?.destroy();
  await db?.drop();
});

beforeEach(async () => {
  await ds.query('TRUNCATE connector_status, connector_outcomes_hourly');
});

const health = async (now: Date, source = 'twitter') =>
  (await recorder.list(now)).find((h) => h.source === source);

describe('ConnectorStatusRecorder', () => {
  it('keeps the last success, the lag of the newest item and the 24-hour error rate', async () => {
    const base = { kind: 'pull' as const, expectedIntervalSeconds: 300 };
    await recorder.recordSuccess('twitter', { ...base, items: 3, newestItemAt: at(-2), at: at(0) });
    await recorder.recordFailure('twitter', { ...base, error: 'HTTP 503', at: at(5) });
    await recorder.recordSuccess('twitter', { ...base, items: 0, at: at(10) });
    await recorder.recordSuccess('twitter', { ...base, items: 2, newestItemAt: at(14), at: at(15) });
    expect(await health(at(16))).toEqual({
      source: 'twitter',
      kind: 'pull',
      expectedIntervalSeconds: 300,
      lastSuccessAt: at(15).toISOString(),
      lastItemAt: at(14).toISOString(),
      lagSeconds: 60,
      lastErrorAt: at(5).toISOString(),
      lastError: 'HTTP 503',
      errorRate24h: 0.25,
      outcomes24h: { successes: 3, failures: 1, items: 5 },
      state: 'ok',
      isAlerting: false,
    });
  });

  it('calls a source silent after twice its rhythm without a success', async () => {
    await recorder.recordSuccess('twitter', {
      kind: 'pull',
      items: 1,
      expectedIntervalSeconds: 300,
      at: at(0),
    });
    expect((await health(at(10)))?.state).toBe('ok');
    expect(await health(at(11))).toMatchObject({ state: 'silent', isAlerting: true });
  });

  it('calls a source failing when it has only failed since longer than twice its rhythm', async () => {
    const base = { kind: 'push' as const, expectedIntervalSeconds: 60 };
    await recorder.recordFailure('facebook', { ...base, error: 'signature mismatch', at: at(0) });
    await recorder.recordFailure('facebook', { ...base, error: 'signature mismatch', at: at(1.5) });
    expect((await health(at(1.9), 'facebook'))?.state).toBe('ok');
    expect(await health(at(2.5), 'facebook')).toMatchObject({ state: 'failing', isAlerting: true });
    await recorder.recordSuccess('facebook', { ...base, items: 1, at: at(3) });
    expect((await health(at(3.5), 'facebook'))?.state).toBe('ok');
  });

  it('never alerts on a source without a rhythm, and cuts long errors', async () => {
    await recorder.recordFailure('email', { kind: 'push', error: 'x'.repeat(900), at: at(0) });
    const email = await health(at(600), 'email');
    expect(email).toMatchObject({ state: 'unknown', isAlerting: false });
    expect(email?.lastError).toHaveLength(500);
  });

  it('counts only the last 24 hours in the error rate', async () => {
    await recorder.recordFailure('reddit', { kind: 'pull', error: 'timeout', at: at(-60 * 30) });
    await recorder.recordSuccess('reddit', { kind: 'pull', items: 1, at: at(0) });
    expect(await health(at(1), 'reddit')).toMatchObject({
      errorRate24h: 0,
      outcomes24h: { successes: 1, failures: 0, items: 1 },
    });
  });
});
