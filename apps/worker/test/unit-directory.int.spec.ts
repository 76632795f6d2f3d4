import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { redisOptions } from '@auscult/config';
import { UNITS_CHANGED_CHANNEL } from '@auscult/contracts';
import { Redis } from 'ioredis';
import { IngestPipeline } from '../src/ingest/ingest-pipeline.service.js';
import { UnitDirectoryService } from '../src/ingest/unit-directory.service.js';
import { eventually, startWorker, type WorkerHarness } from './worker-harness.js';

let harness: WorkerHarness;

beforeAll(async () => {
  harness = await startWorker('units');
});

afterAll(async () => {
  await harness?.close();
});

async function unitOf(text: string): Promise<string | null> {
  const id = crypto.randomUUID();
  await harness.worker.get(IngestPipeline).process({
    id,
    item: { source: 'test', externalId: id, text, channel: 'social' },
    receivedAt: new Date().toISOString(),
  });
  const [row] = await harness.ds.query(`SELECT unit FROM triage WHERE item_id = $1`, [id]);
  return row.unit;
}

describe('the unit directory', () => {
  it('routes by a new alias as soon as the change is announced, without waiting for its refresh', async () => {
    const text = 'Nobody came for an hour on the Rainbow ward and my son is in agony';
    expect(await unitOf(text)).toBeNull();
    await harness.ds.query(`UPDATE units SET aliases = aliases || '{rainbow ward}' WHERE code = 'MAT'`);
    const pub = new Redis(redisOptions(harness.config.redisUrl, 'worker'));
    await pub.publish(`${harness.config.redisPrefix}:${UNITS_CHANGED_CHANNEL}`, 'MAT');
    pub.disconnect();
    const directory = harness.worker.get(UnitDirectoryService);
    await eventually(async () =>
      (await directory.current()).some((u) => u.aliases.includes('rainbow ward')) ? true : undefined,
    );
    expect(await unitOf(text)).toBe('MAT');
  });
});
