import type { MigrationInterface, QueryRunner } from 'typeorm';
import { TREND_GRAINS, trendRollupStatements } from '../trends/trend-rollup.js';

/**
 * Issue 4, trends: rollups so GET /trends never scans items (5 million a year), each kept at two
 * grains, hourly and daily (`at` = start of the hour / day, UTC); long ranges read whole days from
 * the daily tables and only the edges from the hourly ones.
 * - trend_{hourly,daily}: count, sentiment sum and SLA met/late per at × facility × unit × kind × channel.
 * - trend_topic_{hourly,daily}: per at × facility × unit × kind × topic (an item counts once per topic).
 * - trend_response_{hourly,daily}: a histogram of minutes to acknowledge / resolve (bins 10 % wide)
 *   per at × facility × unit × kind, for medians and p90 without reading triage.
 * Times are on received_at (set by us, unlike posted_at). Kind, topics and unit are the
 * working ones on triage. Facility and unit may be NULL (unrouted), hence NULLS NOT DISTINCT.
 * Kept current by the worker (same transaction as the items) and by triage actions (subtract the
 * item's old contribution, add the new). Backfilled here from existing rows.
 */
export class TrendRollups1795510000000 implements MigrationInterface {
  name = 'TrendRollups1795510000000';

  async up(q: QueryRunner): Promise<void> {
    const kind = `kind text NOT NULL CHECK (kind IN ('care_need','service_complaint','praise','other'))`;
    for (const grain of Object.values(TREND_GRAINS)) {
      await q.query(`
        CREATE TABLE trend_${grain} (
          at timestamptz NOT NULL,
          facility text,
          unit text,
          ${kind},
          channel text NOT NULL CHECK (channel IN ('social','review','survey','comment_card','email','sms','web_form','import')),
          n int NOT NULL,
          sentiment_sum double precision NOT NULL,
          sla_met int NOT NULL,
          sla_late int NOT NULL,
          CONSTRAINT trend_${grain}_key UNIQUE NULLS NOT DISTINCT (at, facility, unit, kind, channel)
        )`);
      await q.query(`
        CREATE TABLE trend_topic_${grain} (
          at timestamptz NOT NULL,
          facility text,
          unit text,
          ${kind},
          topic text NOT NULL,
          n int NOT NULL,
          CONSTRAINT trend_topic_${grain}_key UNIQUE NULLS NOT DISTINCT (at, facility, unit, kind, topic)
        )`);
      await q.query(`
        CREATE TABLE trend_response_${grain} (
          at timestamptz NOT NULL,
          facility text,
          unit text,
          ${kind},
          step text NOT NULL CHECK (step IN ('acknowledge','resolve')),
          bin smallint NOT NULL,
          n int NOT NULL,
          CONSTRAINT trend_response_${grain}_key UNIQUE NULLS NOT DISTINCT (at, facility, unit, kind, step, bin)
        )`);
    }
    for (const sql of trendRollupStatements('all')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const grain of Object.values(TREND_GRAINS)) {
      await q.query(`DROP TABLE IF EXISTS trend_response_${grain}`);
      await q.query(`DROP TABLE IF EXISTS trend_topic_${grain}`);
      await q.query(`DROP TABLE IF EXISTS trend_${grain}`);
    }
  }
}
