// Links a newly stored item to the case of an earlier near-identical item by the same author
// (SimHash distance ≤ NEAR_DUPLICATE_MAX_BITS) posted within NEAR_DUPLICATE_WINDOW_HOURS, so the
// item panel shows one case instead of three separate complaints. Exact (source, externalId)
// duplicates never get here: they are one item already.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { hammingDistance, simhash } from './simhash.js';

// Measured on reworded complaints: one changed word moves 4–8 bits; different complaints in
// similar words are 20+ bits apart.
export const NEAR_DUPLICATE_MAX_BITS = 10;
export const NEAR_DUPLICATE_WINDOW_HOURS = 72;
const MAX_CANDIDATES = 200;

export interface LinkableItem {
  id: string;
  author: string | null;
  text: string;
  postedAt: Date;
}

@Injectable()
export class NearDuplicateLinker {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Returns the item's case id; null for an item without an author reference (nothing to link by). */
  async link(item: LinkableItem): Promise<string | null> {
    if (!item.author) return null;
    const fingerprint = simhash(item.text);
    return this.ds.transaction(async (em) => {
      // One author at a time, so two near-duplicates stored at once still end up in one case.
      await em.query(`SELECT pg_advisory_xact_lock(hashtext('item_cases'), hashtext($1))`, [item.author]);
      const candidates: { case_id: string; simhash: string; posted_at: Date }[] = await em.query(
        `SELECT case_id, simhash::text AS simhash, posted_at FROM item_cases
          WHERE author = $1 AND item_id <> $2
            AND posted_at BETWEEN $3::timestamptz - make_interval(hours => $4) AND $3::timestamptz + make_interval(hours => $4)
          ORDER BY posted_at LIMIT ${MAX_CANDIDATES}`,
        [item.author, item.id, item.postedAt, NEAR_DUPLICATE_WINDOW_HOURS],
      );
      const match = candidates.find(
        (c) => hammingDistance(c.simhash, fingerprint) <= NEAR_DUPLICATE_MAX_BITS,
      );
      const caseId = match?.case_id ?? item.id;
      await em.query(
        `INSERT INTO item_cases (item_id, case_id, author, simhash, posted_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (item_id) DO NOTHING`,
        [item.id, caseId, item.author, fingerprint, item.postedAt],
      );
      return caseId;
    });
  }
}
