import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../data-source.js';
import { createTestDatabase, type TestDatabase } from '../testing.js';
import { DataKeyring } from './data-keyring.js';
import { openItemOriginal, sealItemOriginal } from './item-original.js';
import { rotateItemKeys, type RotationProgress } from './rotate-item-keys.js';

let db: TestDatabase;
let ds: DataSource;
const old = randomBytes(32);
const next = randomBytes(32);

async function insertItem(id: string, clear: { text: string } | { sealed: string; keyId: string }) {
  await ds.query(
    `INSERT INTO items (id, source, external_id, channel, author, text, original_encrypted, data_key_id, redacted_text, posted_at, received_at)
     VALUES ($1::uuid, 'rot', $1::text, 'social', $2, $3, $4, $5, 'redacted', now(), now())`,
    'text' in clear ? [id, '@legacy', clear.text, null, null] : [id, null, null, clear.sealed, clear.keyId],
  );
}

beforeAll(async () => {
  db = await createTestDatabase('rotate');
  ds = createDataSource({ url: db.url, poolSize: 2 });
  await ds.initialize();
}, 30_000);

afterAll(async () => {
  await ds?.destroy();
  await db?.drop();
}, 30_000);

describe('rotateItemKeys', () => {
  it('re-encrypts rows of the old key and seals legacy clear rows under the active key, in batches', async () => {
    const oldRing = new DataKeyring({ old }, 'old');
    const ids = Array.from({ length: 7 }, () => randomUUID());
    for (const [n, id] of ids.entries()) {
      if (n === 6) await insertItem(id, { text: 'legacy clear text 07700 900123' });
      else
        await insertItem(id, {
          sealed: sealItemOriginal(oldRing, id, { text: `row ${n}`, author: null, url: null, raw: null }),
          keyId: 'old',
        });
    }
    const ring = new DataKeyring({ old, next }, 'next');
    const progress: RotationProgress[] = [];
    const result = await rotateItemKeys(ds, ring, { batchSize: 3, onProgress: (p) => progress.push(p) });
    expect(result).toEqual({ rotated: 7, remaining: 0 });
    expect(progress.map((p) => p.rotated)).toEqual([3, 6, 7]);

    const rows: {
      id: string;
      data_key_id: string;
      text: string | null;
      author: string | null;
      original_encrypted: string;
    }[] = await ds.query(
      `SELECT id, data_key_id, text, author, original_encrypted FROM items WHERE source = 'rot'`,
    );
    expect(new Set(rows.map((r) => [r.data_key_id, r.text, r.author].join()))).toEqual(new Set(['next,,']));
    const onlyNew = new DataKeyring({ next }, 'next');
    const legacy = rows.find((r) => r.id === ids[6])!;
    expect(openItemOriginal(onlyNew, legacy.id, legacy.original_encrypted)).toEqual({
      text: 'legacy clear text 07700 900123',
      author: '@legacy',
      url: null,
      raw: null,
    });
  });

  it('does nothing when every row is already under the active key', async () => {
    expect(await rotateItemKeys(ds, new DataKeyring({ old, next }, 'next'))).toEqual({
      rotated: 0,
      remaining: 0,
    });
  });
});
