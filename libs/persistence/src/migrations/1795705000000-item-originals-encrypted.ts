import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Original texts (and author, url, raw payload) move into one AES-256-GCM envelope per item, with the
 * key id beside it for rotation; the redacted text and its span map stay in clear for search and trends.
 * Rows stored before this migration keep their clear columns until `npm run keys:rotate` seals them
 * (SQL cannot: the key lives in the application's configuration, never in the database).
 * Audit events also record the user agent, and gain indexes for the admins' search.
 */
export class ItemOriginalsEncrypted1795705000000 implements MigrationInterface {
  name = 'ItemOriginalsEncrypted1795705000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE items ALTER COLUMN text DROP NOT NULL`);
    await q.query(`ALTER TABLE items ADD COLUMN original_encrypted text`);
    await q.query(`ALTER TABLE items ADD COLUMN data_key_id text`);
    await q.query(`ALTER TABLE items ADD COLUMN redaction_spans jsonb NOT NULL DEFAULT '[]'`);
    await q.query(
      `ALTER TABLE items ADD CONSTRAINT items_original_kept CHECK (text IS NOT NULL OR original_encrypted IS NOT NULL)`,
    );
    await q.query(`CREATE INDEX items_data_key_idx ON items (data_key_id)`);
    await q.query(`ALTER TABLE audit_events ADD COLUMN user_agent text`);
    await q.query(`CREATE INDEX audit_events_at_idx ON audit_events (at DESC, id DESC)`);
    await q.query(`CREATE INDEX audit_events_actor_idx ON audit_events (actor_label, at DESC)`);
    await q.query(`CREATE INDEX audit_events_action_idx ON audit_events (action, at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of [
      'audit_events_action_idx',
      'audit_events_actor_idx',
      'audit_events_at_idx',
      'items_data_key_idx',
    ])
      await q.query(`DROP INDEX IF EXISTS ${index}`);
    await q.query(`ALTER TABLE audit_events DROP COLUMN user_agent`);
    await q.query(`ALTER TABLE items DROP CONSTRAINT items_original_kept`);
    for (const column of ['redaction_spans', 'data_key_id', 'original_encrypted'])
      await q.query(`ALTER TABLE items DROP COLUMN ${column}`);
  }
}
