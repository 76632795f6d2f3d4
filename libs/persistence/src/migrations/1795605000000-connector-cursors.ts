import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Where each pull source stands: its cursor (page token, since_id, ETag…) saved after every page
 * whose items are in the queue, so a restart resumes with no gap; its backoff (failures in a row,
 * no call before not_before); and a lease so two workers never poll the same source at once.
 */
export class ConnectorCursors1795605000000 implements MigrationInterface {
  name = 'ConnectorCursors1795605000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE connector_cursors (
        poller_key text PRIMARY KEY,
        source text NOT NULL,
        cursor jsonb NOT NULL,
        failures integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
        not_before timestamptz,
        leased_until timestamptz,
        last_polled_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE connector_cursors`);
  }
}
