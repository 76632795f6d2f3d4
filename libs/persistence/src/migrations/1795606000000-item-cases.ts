import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Near-duplicates linked as one case: the same author saying nearly the same thing on several
 * channels (a tweet, then a review, then an e-mail) within a time window. Each item with an author
 * reference gets its SimHash fingerprint and the case it belongs to (the first item's id).
 */
export class ItemCases1795606000000 implements MigrationInterface {
  name = 'ItemCases1795606000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE item_cases (
        item_id uuid PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
        case_id uuid NOT NULL,
        author text NOT NULL,
        simhash bigint NOT NULL,
        posted_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX item_cases_author_posted_idx ON item_cases (author, posted_at)`);
    await q.query(`CREATE INDEX item_cases_case_idx ON item_cases (case_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE item_cases`);
  }
}
