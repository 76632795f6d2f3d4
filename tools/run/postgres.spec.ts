import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { LOCAL_POSTGRES_ADMIN_URL, resolvePostgres, withClient } from './postgres.js';

const quiet = (): void => undefined;
const runId = process.env.AUSCULT_TEST_RUN_ID ?? `local${Date.now().toString(36)}`;

describe('resolvePostgres', () => {
  it('uses DATABASE_URL as given, with an admin URL on the same server', async () => {
    const pgres = await resolvePostgres({
      env: { DATABASE_URL: 'postgres://u:p@db.example:6543/auscult' },
      log: quiet,
      pgliteDataDir: '/nonexistent',
    });
    expect(pgres).toMatchObject({
      source: 'DATABASE_URL',
      url: 'postgres://u:p@db.example:6543/auscult',
      adminUrl: 'postgres://u:p@db.example:6543/postgres',
    });
  });

  it('serves embedded PGlite over TCP when told to skip the local server, one process per data directory, data kept across restarts', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'auscult-pglite-spec-'));
    const options = { env: { AUSCULT_SKIP_LOCAL_PG: '1' }, log: quiet, pgliteDataDir: dataDir };
    try {
      const first = await resolvePostgres(options);
      try {
        expect(first.source).toBe('pglite');
        await withClient(first.url, (c) =>
          c.query('CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)'),
        );
        await expect(resolvePostgres(options)).rejects.toThrow(/is in use by PGlite process/);
      } finally {
        await first.stop();
      }
      const second = await resolvePostgres(options);
      try {
        const rows = await withClient(second.url, (c) => c.query<{ n: number }>('SELECT n FROM kept'));
        expect(rows.rows).toEqual([{ n: 42 }]);
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  const localAnswers = withClient(LOCAL_POSTGRES_ADMIN_URL, (c) => c.query('SELECT 1')).then(
    () => true,
    () => false,
  );

  it('uses the server on 127.0.0.1:5432 when it answers, creating the database it is asked for', async () => {
    if (!(await localAnswers)) {
      console.warn('skipping: no PostgreSQL on 127.0.0.1:5432');
      return;
    }
    const database = `auscult_test_${runId}_tools_resolve`.toLowerCase();
    const pgres = await resolvePostgres({ env: {}, log: quiet, database, pgliteDataDir: '/nonexistent' });
    try {
      expect(pgres.source).toBe('local');
      const current = await withClient(pgres.url, (c) =>
        c.query<{ db: string }>('SELECT current_database() AS db'),
      );
      expect(current.rows[0]?.db).toBe(database);
    } finally {
      await withClient(LOCAL_POSTGRES_ADMIN_URL, (c) =>
        c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
      );
    }
  });
});
