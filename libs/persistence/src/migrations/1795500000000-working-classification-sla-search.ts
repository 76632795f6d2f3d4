import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 4, part 1.
 * - triage carries the *working* classification (kind, urgency, topics): the classifier's, or a
 *   person's correction once there is one. Scope, filters, SLA and escalation all read it, so a
 *   reclassified item moves at once; the machine's decision stays untouched in classifications.
 * - triage.warn_at: when 80 % of the SLA window has gone (the window can restart on a forward).
 * - items.search: full-text vector of the *redacted* text (nobody finds an item by a name that was
 *   redacted, and executives cannot probe redacted words). Config 'english': it stems, so
 *   "falls"/"fall"/"falling" and "painful"/"pain" meet, which free-text patient comments need more
 *   than exact spelling; ward codes like 4b pass the parser unchanged. Its stop words drop "no"/"not",
 *   so a search cannot tell "pain" from "no pain": the list is for finding, not for deciding.
 * - sla_policies: minutes per urgency for care needs and one for service complaints, global
 *   (facility NULL) and per facility. facility_settings: auto-assignment per facility.
 */
export class WorkingClassificationSlaSearch1795500000000 implements MigrationInterface {
  name = 'WorkingClassificationSlaSearch1795500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE triage
        ADD COLUMN kind text CHECK (kind IN ('care_need','service_complaint','praise','other')),
        ADD COLUMN urgency text CHECK (urgency IN ('critical','high','normal','low')),
        ADD COLUMN topics text[] NOT NULL DEFAULT '{}',
        ADD COLUMN warn_at timestamptz`);
    await q.query(`
      UPDATE triage t SET
        kind = COALESCE(cc.kind, c.kind),
        urgency = COALESCE(cc.urgency, c.urgency),
        topics = COALESCE(cc.topics, c.topics),
        warn_at = CASE WHEN t.due_at IS NULL THEN NULL
                       ELSE i.received_at + (t.due_at - i.received_at) * 0.8 END
      FROM classifications c
      JOIN items i ON i.id = c.item_id
      LEFT JOIN LATERAL (
        SELECT kind, urgency, topics FROM classification_corrections x
         WHERE x.item_id = c.item_id ORDER BY created_at DESC LIMIT 1
      ) cc ON true
      WHERE c.item_id = t.item_id`);
    await q.query(`ALTER TABLE triage ALTER COLUMN kind SET NOT NULL, ALTER COLUMN urgency SET NOT NULL`);
    await q.query(`CREATE INDEX triage_kind_unit_idx ON triage (kind, unit)`);
    await q.query(`CREATE INDEX triage_topics_idx ON triage USING gin (topics)`);
    await q.query(`
      ALTER TABLE items ADD COLUMN search tsvector
        GENERATED ALWAYS AS (to_tsvector('english'::regconfig, redacted_text)) STORED`);
    await q.query(`CREATE INDEX items_search_idx ON items USING gin (search)`);
    await q.query(`
      CREATE TABLE sla_policies (
        id serial PRIMARY KEY,
        facility text UNIQUE,
        critical_minutes int NOT NULL CHECK (critical_minutes BETWEEN 1 AND 43200),
        high_minutes int NOT NULL CHECK (high_minutes BETWEEN 1 AND 43200),
        normal_minutes int NOT NULL CHECK (normal_minutes BETWEEN 1 AND 43200),
        low_minutes int NOT NULL CHECK (low_minutes BETWEEN 1 AND 43200),
        service_complaint_minutes int NOT NULL CHECK (service_complaint_minutes BETWEEN 1 AND 43200),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users(id)
      )`);
    // Exactly one global policy (facility NULL): UNIQUE alone lets NULLs repeat.
    await q.query(
      `CREATE UNIQUE INDEX sla_policies_one_global_idx ON sla_policies ((facility IS NULL)) WHERE facility IS NULL`,
    );
    await q.query(`
      INSERT INTO sla_policies (facility, critical_minutes, high_minutes, normal_minutes, low_minutes, service_complaint_minutes)
      VALUES (NULL, 5, 15, 60, 240, 1440)`);
    await q.query(`
      CREATE TABLE facility_settings (
        facility text PRIMARY KEY,
        auto_assign boolean NOT NULL DEFAULT false,
        open_item_cap int NOT NULL DEFAULT 10 CHECK (open_item_cap BETWEEN 1 AND 1000),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS facility_settings`);
    await q.query(`DROP TABLE IF EXISTS sla_policies`);
    await q.query(`ALTER TABLE items DROP COLUMN IF EXISTS search`);
    await q.query(
      `ALTER TABLE triage DROP COLUMN IF EXISTS kind, DROP COLUMN IF EXISTS urgency, DROP COLUMN IF EXISTS topics, DROP COLUMN IF EXISTS warn_at`,
    );
  }
}
