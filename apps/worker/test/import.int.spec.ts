// The bulk import end to end: the real CLI (a child process) enqueues a CSV export, the real worker
// classifies and stores it in PostgreSQL; a second run of the same file adds nothing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { itemIdFor } from '@auscult/connectors';
import { startWorker, type WorkerHarness } from './worker-harness.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const run = promisify(execFile);

// An Excel export: BOM, CRLF, a comment with a line break inside quotes, an empty comment, a row
// repeated (same RespondentID), dates in UK order.
const SURVEY = [
  '\uFEFFRespondentID,Ward,Date,Q12,Rating',
  'R-1,4B,03/11/2026,"The nurses on 4B were wonderful, thank you",5',
  'R-2,ICU,04/11/2026,"My father was in pain all night.',
  'Nobody came when we rang the call bell",1',
  'R-3,ED,05/11/2026,,3',
  'R-1,4B,03/11/2026,"The nurses on 4B were wonderful, thank you",5',
  'R-4,MAT,06/11/2026,Parking cost a fortune and the machine was broken,2',
].join('\r\n');

describe('npm run import (CLI → queue → worker → PostgreSQL)', () => {
  let harness: WorkerHarness;
  let dir: string;

  beforeAll(async () => {
    harness = await startWorker('import');
    harness.queue('ingest'); // so the harness empties the queue the CLI fills
    dir = mkdtempSync(path.join(tmpdir(), 'auscult-import-'));
    writeFileSync(path.join(dir, 'survey.csv'), SURVEY);
  }, 60_000);
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await harness.close();
  }, 30_000);

  async function importSurvey(): Promise<Record<string, unknown>> {
    const { stdout } = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'tools/import/import.ts',
        '--file',
        path.join(dir, 'survey.csv'),
        '--source',
        'inpatient-survey',
        '--map',
        'comment=Q12,unit=Ward,date=Date,id=RespondentID',
        '--date-order',
        'dmy',
        '--channel',
        'survey',
        '--rejects',
        path.join(dir, 'rejects.jsonl'),
        '--wait',
        '--json',
      ],
      {
        cwd: root,
        env: {
          ...process.env,
          DATABASE_URL: harness.config.databaseUrl,
          REDIS_URL: harness.config.redisUrl,
          AUSCULT_REDIS_PREFIX: harness.config.redisPrefix,
        },
      },
    );
    return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;
  }

  it('stores every good row once, classified and routed, and reports the rejected one with its reason', async () => {
    const summary = await importSurvey();
    expect(summary).toMatchObject({ read: 5, accepted: 3, duplicates: 1, rejected: 1, stored: 3 });
    expect(summary.rejections).toEqual([
      {
        reason: "field 'text' (column 'Q12'): required, a non-empty string",
        count: 1,
        first: 'row 3 (line 5)',
      },
    ]);
    const rows: { id: string; text: string; channel: string; posted_at: Date; kind: string; unit: string }[] =
      await harness.ds.query(
        `SELECT i.id, i.redacted_text AS text, i.channel, i.posted_at, c.kind, t.unit
           FROM items i JOIN classifications c ON c.item_id = i.id JOIN triage t ON t.item_id = i.id
          WHERE i.source = 'inpatient-survey' ORDER BY i.external_id`,
      );
    expect(rows.map((r) => r.id)).toEqual(
      ['R-1', 'R-2', 'R-4'].map((id) => itemIdFor('inpatient-survey', id)),
    );
    expect(rows[1].text).toBe('My father was in pain all night.\nNobody came when we rang the call bell');
    expect(rows[1]).toMatchObject({ channel: 'survey', kind: 'care_need', unit: 'ICU' });
    expect(rows[1].posted_at.toISOString()).toBe('2026-11-04T00:00:00.000Z');
  }, 60_000);

  it('adds nothing when the same file is imported again', async () => {
    const summary = await importSurvey();
    expect(summary).toMatchObject({ read: 5, accepted: 0, duplicates: 4, rejected: 1 });
    const [{ n }] = await harness.ds.query(
      `SELECT count(*)::int AS n FROM items WHERE source = 'inpatient-survey'`,
    );
    expect(n).toBe(3);
  }, 60_000);
});
