import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What connectors leave behind besides items: every raw payload received (for replay after a parser
 * fix), the payloads that could not become items (rejected_items, never silently dropped), and the
 * health of each source (connector_status + hourly outcome counts for the error rate).
 */
export class ConnectorIntake1795600000000 implements MigrationInterface {
  name = 'ConnectorIntake1795600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE raw_payloads (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        content_type text NOT NULL,
        body bytea NOT NULL,
        outcome text NOT NULL CHECK (outcome IN ('accepted','rejected'))
      )`);
    await q.query(`CREATE INDEX raw_payloads_received_at_idx ON raw_payloads (received_at)`);
    await q.query(`
      CREATE TABLE rejected_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        source text NOT NULL,
        reason text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        content_type text NOT NULL,
        payload text NOT NULL,
        is_truncated boolean NOT NULL,
        raw_payload_id uuid REFERENCES raw_payloads(id) ON DELETE SET NULL,
        replayed_at timestamptz,
        replay_outcome text
      )`);
    await q.query(
      `CREATE INDEX rejected_items_received_at_idx ON rejected_items (received_at DESC, id DESC)`,
    );
    await q.query(`
      CREATE TABLE connector_status (
        source text PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('push','pull')),
        expected_interval_seconds integer CHECK (expected_interval_seconds > 0),
        last_success_at timestamptz,
        last_item_at timestamptz,
        last_error_at timestamptz,
        last_error text,
        failing_since timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE connector_outcomes_hourly (
        source text NOT NULL,
        hour timestamptz NOT NULL,
        successes integer NOT NULL DEFAULT 0,
        failures integer NOT NULL DEFAULT 0,
        items integer NOT NULL DEFAULT 0,
        PRIMARY KEY (source, hour)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE connector_outcomes_hourly`);
    await q.query(`DROP TABLE connector_status`);
    await q.query(`DROP TABLE rejected_items`);
    await q.query(`DROP TABLE raw_payloads`);
  }
}
