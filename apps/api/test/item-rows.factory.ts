import type { Channel, ItemKind, Topic, TriageStatus, Urgency } from '@auscult/contracts';
import { loadConfig } from '@auscult/config';
import {
  applyTrendRollup,
  ClassificationEntity,
  createDataSource,
  ItemEntity,
  keyringFromConfig,
  sealItemOriginal,
  TriageEntity,
} from '@auscult/persistence';
import { testAppEnv } from '@auscult/persistence/testing';
import { randomUUID } from 'node:crypto';

export interface ItemRow {
  kind: ItemKind;
  unit?: string | null;
  status?: TriageStatus;
  text?: string;
  receivedAt?: Date;
  urgency?: Urgency;
  topics?: Topic[];
  channel?: Channel;
  dueAt?: Date | null;
  acknowledgedAt?: Date | null;
  assigneeId?: string | null;
  facility?: string | null;
}

const PHONE = '07700 900123';

/** Inserts stored items directly (as the worker would have: original sealed with the demo key), for tests of the read side. */
export async function insertItems(databaseUrl: string, rows: ItemRow[]): Promise<string[]> {
  const keyring = keyringFromConfig(loadConfig(testAppEnv('factory', databaseUrl)).dataKeys);
  const ds = createDataSource({ url: databaseUrl, poolSize: 1 });
  await ds.initialize();
  try {
    const ids: string[] = [];
    for (const [n, row] of rows.entries()) {
      const id = randomUUID();
      const at = row.receivedAt ?? new Date(Date.UTC(2026, 10, 23, 8, 0, n));
      const text = row.text ?? `item ${n} call ${PHONE}`;
      const phoneAt = text.indexOf(PHONE);
      await ds.getRepository(ItemEntity).insert({
        id,
        source: 'factory',
        externalId: id,
        channel: row.channel ?? 'social',
        author: null,
        text: null,
        originalEncrypted: sealItemOriginal(keyring, id, { text, author: '@someone', url: null, raw: null }),
        dataKeyId: keyring.activeKeyId,
        redactedText: text.replace(PHONE, '[PHONE]'),
        redactionSpans:
          phoneAt < 0
            ? []
            : [
                {
                  type: 'PHONE',
                  original: { start: phoneAt, end: phoneAt + PHONE.length },
                  redacted: { start: phoneAt, end: phoneAt + '[PHONE]'.length },
                },
              ],
        postedAt: at,
        receivedAt: at,
        facility: row.facility ?? null,
        unit: row.unit ?? null,
        url: null,
        raw: null,
      });
      await ds.getRepository(ClassificationEntity).insert({
        itemId: id,
        kind: row.kind,
        urgency: row.urgency ?? 'normal',
        topics: row.topics ?? [],
        sentiment: 0,
        confidence: 0.9,
        complaintDomain: null,
        explanation: {
          phrases: [{ start: 0, end: 4, text: text.slice(0, 4), label: row.kind, weight: 1 }],
          rules: [],
          summary: '',
        },
        modelVersion: 'factory',
        classifiedAt: at,
      });
      await ds.getRepository(TriageEntity).insert({
        itemId: id,
        status: row.status ?? 'new',
        unit: row.unit ?? null,
        kind: row.kind,
        urgency: row.urgency ?? 'normal',
        topics: row.topics ?? [],
        dueAt: row.dueAt ?? null,
        warnAt: row.dueAt ? new Date(at.getTime() + (row.dueAt.getTime() - at.getTime()) * 0.8) : null,
        acknowledgedAt: row.acknowledgedAt ?? null,
        assigneeId: row.assigneeId ?? null,
        escalationLevel: 0,
        version: 1,
        updatedAt: at,
      });
      ids.push(id);
    }
    // As the worker does in the items' transaction: their contribution to the trends rollups.
    await ds.transaction((em) => applyTrendRollup(em, ids, 1));
    return ids;
  } finally {
    await ds.destroy();
  }
}
