import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first schema: items and their classification, triage and audit; people, units and ingest keys.
 * Closed sets are CHECK constraints with literal values (a migration is history and must not move when
 * the contracts change); a test compares them with the contracts' arrays.
 */
export class InitialSchema1795420800000 implements MigrationInterface {
  name = 'InitialSchema1795420800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE units (
        code text PRIMARY KEY,
        facility text NOT NULL,
        name text NOT NULL,
        aliases text[] NOT NULL DEFAULT '{}'
      )`);
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE,
        name text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL CHECK (role IN ('px','nurse','charge_nurse','executive','admin')),
        units text[] NOT NULL DEFAULT '{}',
        is_active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE ingest_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        key_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE items (
        id uuid PRIMARY KEY,
        source text NOT NULL,
        external_id text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('social','review','survey','comment_card','email','sms','web_form','import')),
        author text,
        text text NOT NULL,
        redacted_text text NOT NULL,
        posted_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL,
        facility text,
        unit text,
        url text,
        raw jsonb,
        CONSTRAINT items_source_external_id_key UNIQUE (source, external_id)
      )`);
    await q.query(`CREATE INDEX items_received_at_id_idx ON items (received_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE classifications (
        item_id uuid PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('care_need','service_complaint','praise','other')),
        urgency text NOT NULL CHECK (urgency IN ('critical','high','normal','low')),
        topics text[] NOT NULL DEFAULT '{}',
        sentiment real NOT NULL,
        confidence real NOT NULL,
        complaint_domain text CHECK (complaint_domain IN ('clinical','management','relationships')),
        explanation jsonb NOT NULL,
        model_version text NOT NULL,
        classified_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX classifications_kind_idx ON classifications (kind)`);
    await q.query(`
      CREATE TABLE classification_corrections (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id uuid NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('care_need','service_complaint','praise','other')),
        urgency text NOT NULL CHECK (urgency IN ('critical','high','normal','low')),
        topics text[] NOT NULL DEFAULT '{}',
        created_by uuid NOT NULL REFERENCES users(id),
        note text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX classification_corrections_item_idx ON classification_corrections (item_id, created_at)`,
    );
    await q.query(`
      CREATE TABLE triage (
        item_id uuid PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('new','acknowledged','in_progress','resolved','dismissed')),
        unit text,
        assignee_id uuid REFERENCES users(id),
        due_at timestamptz,
        escalation_level int NOT NULL DEFAULT 0,
        version int NOT NULL,
        acknowledged_at timestamptz,
        resolved_at timestamptz,
        updated_at timestamptz NOT NULL
      )`);
    await q.query(
      `CREATE INDEX triage_open_unit_idx ON triage (unit, status) WHERE status IN ('new','acknowledged','in_progress')`,
    );
    await q.query(`
      CREATE TABLE audit_events (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        actor_label text NOT NULL,
        action text NOT NULL,
        item_id uuid,
        from_state jsonb,
        to_state jsonb,
        note text,
        remote_address text
      )`);
    await q.query(`CREATE INDEX audit_events_item_idx ON audit_events (item_id, at)`);
    // The audit trail is evidence: no one, not even the application, may rewrite or erase it.
    await q.query(`
      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_events',
      'triage',
      'classification_corrections',
      'classifications',
      'items',
      'ingest_keys',
      'users',
      'units',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS audit_events_append_only()`);
  }
}
