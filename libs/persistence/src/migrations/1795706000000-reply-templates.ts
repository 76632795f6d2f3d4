import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The hospital's approved public wording per item kind, editable by admins; seeded with a safe default each. */
export class ReplyTemplates1795706000000 implements MigrationInterface {
  name = 'ReplyTemplates1795706000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reply_templates (
        kind text PRIMARY KEY CHECK (kind IN ('care_need','service_complaint','praise','other')),
        text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 1000),
        updated_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users(id)
      )`);
    await q.query(
      `INSERT INTO reply_templates (kind, text) VALUES
        ('care_need', $1), ('service_complaint', $2), ('praise', $3), ('other', $4)`,
      [
        "Thank you for reaching out. We want to help straight away: please call our patient advice team on the number on our website, or message us privately, so we can talk this through safely. We can't discuss anyone's care here.",
        "We're sorry to hear this and would like to put it right. Please message us privately or contact our patient experience team through our website, and we'll look into it. We can't discuss individual circumstances in public.",
        "Thank you so much for taking the time to share this. We'll pass your kind words on to the team. If you'd like to tell us more, please message us privately.",
        'Thank you for your message. Please contact us privately through our website so we can help.',
      ],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS reply_templates`);
  }
}
