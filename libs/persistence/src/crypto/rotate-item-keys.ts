import type { DataSource } from 'typeorm';
import type { DataKeyring } from './data-keyring.js';
import { openItemOriginal, sealItemOriginal, type ItemOriginal } from './item-original.js';

export interface RotationProgress {
  rotated: number;
  remaining: number;
}

interface Row {
  id: string;
  original_encrypted: string | null;
  text: string | null;
  author: string | null;
  url: string | null;
  raw: object | null;
}

/**
 * Re-encrypts, under the active key, every item sealed with another key, and seals rows stored in clear
 * before encryption existed. Batches of `batchSize` rows, each in its own transaction, locked with
 * SKIP LOCKED so the worker keeps writing and two runs never fight over a row.
 */
export async function rotateItemKeys(
  ds: DataSource,
  keyring: DataKeyring,
  { batchSize = 500, onProgress }: { batchSize?: number; onProgress?: (p: RotationProgress) => void } = {},
): Promise<RotationProgress> {
  const active = keyring.activeKeyId;
  let rotated = 0;
  for (;;) {
    const done = await ds.transaction(async (em) => {
      const rows: Row[] = await em.query(
        `SELECT id, original_encrypted, text, author, url, raw FROM items
         WHERE data_key_id IS DISTINCT FROM $1 ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [active, batchSize],
      );
      for (const row of rows) {
        const original: ItemOriginal = row.original_encrypted
          ? openItemOriginal(keyring, row.id, row.original_encrypted)
          : { text: row.text ?? '', author: row.author, url: row.url, raw: row.raw };
        await em.query(
          `UPDATE items SET original_encrypted = $2, data_key_id = $3, text = NULL, author = NULL, url = NULL, raw = NULL
           WHERE id = $1`,
          [row.id, sealItemOriginal(keyring, row.id, original), active],
        );
      }
      return rows.length;
    });
    rotated += done;
    const [{ remaining }] = await ds.query(
      `SELECT count(*)::int AS remaining FROM items WHERE data_key_id IS DISTINCT FROM $1`,
      [active],
    );
    onProgress?.({ rotated, remaining });
    if (done === 0 || remaining === 0) return { rotated, remaining };
  }
}
