import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../data-source.js';
import { createTestDatabase, type TestDatabase } from '../testing.js';
import { ConnectorIntakeStore, REJECTED_COPY_CHARS } from './connector-intake.store.js';

let db: TestDatabase;
let ds: DataSource;
let store: ConnectorIntakeStore;

beforeAll(async () => {
  db = await createTestDatabase('connector_intake');
  ds = createDataSource({ url: db.url, poolSize: 2 });
  await ds.initialize();
  store = new ConnectorIntakeStore(ds);
});

afterAll(async () => {
  await ds?.destroy();
  await db?.drop();
});

describe('ConnectorIntakeStore', () => {
  it('keeps a truncated copy beside the reason and the whole body in raw_payloads', async () => {
    const body = Buffer.from('x'.repeat(REJECTED_COPY_CHARS + 10));
    const rawPayloadId = await store.keepRawPayload('s', 'application/json', body, 'rejected');
    const id = await store.reject({
      source: 's',
      reason: 'too odd',
      contentType: 'application/json',
      body,
      rawPayloadId,
    });
    expect(await store.rejected(id)).toMatchObject({
      isTruncated: true,
      canReplayInFull: true,
      rawPayloadId,
    });
    expect((await store.rejected(id))?.payload).toHaveLength(REJECTED_COPY_CHARS);
    expect((await store.rawPayload(rawPayloadId))?.body.equals(body)).toBe(true);
  });

  it('prunes raw payloads past retention; the rejection stays, no longer replayable in full', async () => {
    const rawPayloadId = await store.keepRawPayload(
      'old',
      'text/plain',
      Buffer.from('y'.repeat(REJECTED_COPY_CHARS + 1)),
      'rejected',
    );
    const id = await store.reject({
      source: 'old',
      reason: 'r',
      contentType: 'text/plain',
      body: 'y'.repeat(REJECTED_COPY_CHARS + 1),
      rawPayloadId,
    });
    await ds.query(`UPDATE raw_payloads SET received_at = now() - interval '40 days' WHERE id = $1`, [
      rawPayloadId,
    ]);
    expect(await store.pruneRawPayloads(new Date(Date.now() - 30 * 86_400_000))).toBe(1);
    expect(await store.rawPayload(rawPayloadId)).toBeNull();
    expect(await store.rejected(id)).toMatchObject({ rawPayloadId: null, canReplayInFull: false });
  });

  it('keeps a payload with NUL bytes readable', async () => {
    const id = await store.reject({
      source: 's',
      reason: 'binary',
      contentType: 'application/octet-stream',
      body: Buffer.from([0x41, 0, 0x42]),
    });
    expect((await store.rejected(id))?.payload).toBe('A\uFFFDB');
  });
});
