import type { MigrationInterface, QueryRunner } from 'typeorm';
import { trendRollupStatements } from '../trends/trend-rollup.js';

/**
 * Issue 4, trends: hourly rollups so GET /trends never scans items (5 million a year).
 * - trend_hourly: count, sentiment sum and SLA met/late per hour × facility × unit × kind × urgency × channel.
 * - trend_topic_hourly: per hour × facility × unit × kind × topic (an item counts once per topic).
 * - trend_response_hourly: a histogram of minutes to acknowledge / resolve (bins 10 % wide) per
 *   hour × facility × unit × kind, for medians and p90 without reading triage.
 * Hours are on received_at (set by us, unlike posted_at). Kind, urgency, topics and unit are the
 * working ones on triage. Facility and unit may be NULL (unrouted), hence NULLS NOT DISTINCT.
 * Kept current by the worker (same transaction as the items) and by triage actions (subtract the
 * item's old contribution, add the new). Backfilled here from existing rows.
 */
export class TrendRollups1795510000000 implements MigrationInterface {
  name = 'TrendRollups1795510000000';

  async up(q: QueryRunner): Promise<void> {
    const kind = `kind text NOT NULL CHECK (kind IN ('care_need','service_complaint','praise','other'))`;
    await q.query(`
      CREATE TABLE trend_hourly (
        hour timestamptz NOT NULL,
        facility text,
        unit text,
        ${kind},
        urgency text NOT NULL CHECK (urgency IN ('critical','high','normal','low')),
        channel text NOT NULL CHECK (channel IN ('social','review','survey','comment_card','email','sms','web_form','import')),
        n int NOT NULL,
        sentiment_sum double precision NOT NULL,
        sla_met int NOT NULL,
        sla_late int NOT NULL,
        CONSTRAINT trend_hourly_key UNIQUE NULLS NOT DISTINCT (hour, facility, unit, kind, urgency, channel)
      )`);
    await q.query(`
      CREATE TABLE trend_topic_hourly (
        hour timestamptz NOT NULL,
        facility text,
        unit text,
        ${kind},
        topic text NOT NULL,
        n int NOT NULL,
        CONSTRAINT trend_topic_hourly_key UNIQUE NULLS NOT DISTINCT (hour, facility, unit, kind, topic)
      )`);
    await q.query(`
      CREATE TABLE trend_response_hourly (
        hour timestamptz NOT NULL,
        facility text,
        unit text,
        ${kind},
        step text NOT NULL CHECK (step IN ('acknowledge','resolve')),
        bin smallint NOT NULL,
        n int NOT NULL,
        CONSTRAINT trend_response_hourly_key UNIQUE NULLS NOT DISTINCT (hour, facility, unit, kind, step, bin)
      )`);
    for (const sql of trendRollupStatements('all')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS trend_response_hourly`);
    await q.query(`DROP TABLE IF EXISTS trend_topic_hourly`);
    await q.query(`DROP TABLE IF EXISTS trend_hourly`);
  }
}
