import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ITEM_KINDS,
  type AuthUser,
  type Channel,
  type ItemKind,
  type ResponseTimes,
  type Topic,
  type TrendBucket,
  type TrendsDetail,
  type TrendsResponse,
} from '@auscult/contracts';
import type { DataSource } from 'typeorm';
import { DomainError } from '../errors/domain-error.js';
import type { TrendsQuery } from './dto/trends.query.js';
import { findSpikes, statsFromHistogram } from './trend-math.js';

const MAX_BUCKETS = 2000;
const TOP_TOPICS = 10;
const BUCKET_MS: Record<TrendBucket, number> = { hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000 };

function zeroCounts(): Record<ItemKind, number> {
  return Object.fromEntries(ITEM_KINDS.map((k) => [k, 0])) as Record<ItemKind, number>;
}

/** The scope's part of every rollup query's WHERE (alias r) and its parameters. */
interface Filter {
  sql: string;
  params: unknown[];
}

/**
 * Aggregates only, read from the hourly rollups (never items): counts, shares, minutes, no text.
 * Ranges are whole hours (the rollup's grain): `from` counts from the start of its hour.
 * Charge nurses see what their board reaches: care needs of their units and unrouted ones.
 */
@Injectable()
export class TrendsService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async trends(query: TrendsQuery, user: AuthUser): Promise<TrendsResponse> {
    const bucket = query.bucket ?? 'hour';
    const to = query.to ? new Date(query.to) : new Date();
    const from = query.from ? new Date(query.from) : new Date(to.getTime() - 12 * BUCKET_MS.hour);
    if (from >= to)
      throw new DomainError('validation', '`from` must be before `to`.', {
        errors: [{ field: 'from', reason: 'must be before to' }],
      });
    if ((to.getTime() - from.getTime()) / BUCKET_MS[bucket] > MAX_BUCKETS) {
      throw new DomainError(
        'validation',
        `That range holds more than ${MAX_BUCKETS} ${bucket}s; choose a larger bucket.`,
        { errors: [{ field: 'bucket', reason: 'too many buckets for the range' }] },
      );
    }
    const start = new Date(truncate(from, 'hour'));
    const previousStart = new Date(start.getTime() - (to.getTime() - start.getTime()));
    const filter = scopeFilter(query, user);
    const q = <T>(sql: string): Promise<T[]> => this.ds.query(sql, filter.params);
    const src = (table: RollupTable, range: [Date, Date] = [start, to]) => rollupSource(table, range, bucket);
    const trunc = `date_trunc('${bucket}', r.at, 'UTC')`;
    const where = `true ${filter.sql}`;
    const [series, channels, units, sla, topics, topicSeries, responses, overdue] = await Promise.all([
      q<{ t: Date; kind: ItemKind; n: number; s: number }>(
        `SELECT ${trunc} AS t, r.kind, sum(r.n)::int AS n, sum(r.sentiment_sum) AS s
           FROM ${src('trend')} WHERE ${where} GROUP BY 1, 2`,
      ),
      q<{ channel: Channel; n: number }>(
        `SELECT r.channel, sum(r.n)::int AS n FROM ${src('trend')} WHERE ${where} GROUP BY 1 HAVING sum(r.n) > 0 ORDER BY 2 DESC`,
      ),
      q<{ unit: string | null; n: number }>(
        `SELECT r.unit, sum(r.n)::int AS n FROM ${src('trend')} WHERE ${where} GROUP BY 1 HAVING sum(r.n) > 0 ORDER BY 2 DESC, 1`,
      ),
      q<{ met: number; late: number }>(
        `SELECT coalesce(sum(r.sla_met), 0)::int AS met, coalesce(sum(r.sla_late), 0)::int AS late
           FROM ${src('trend')} WHERE ${where}`,
      ),
      // This period and the one before it, of the same length, in one statement.
      q<{ topic: Topic; cur: number; prev: number }>(
        `SELECT r.topic, sum(r.cur)::int AS cur, sum(r.prev)::int AS prev FROM (
           SELECT c.*, c.n AS cur, 0 AS prev FROM ${src('trend_topic').replace(/ r$/, ' c')}
           UNION ALL
           SELECT p.*, 0 AS cur, p.n AS prev FROM ${src('trend_topic', [previousStart, start]).replace(/ r$/, ' p')}
         ) r WHERE ${where} GROUP BY 1`,
      ),
      q<{ t: Date; topic: Topic; n: number }>(
        `SELECT ${trunc} AS t, r.topic, sum(r.n)::int AS n FROM ${src('trend_topic')} WHERE ${where} GROUP BY 1, 2`,
      ),
      q<{ kind: ItemKind; unit: string | null; step: 'acknowledge' | 'resolve'; bin: number; n: number }>(
        `SELECT r.kind, r.unit, r.step, r.bin, sum(r.n)::int AS n
           FROM ${src('trend_response')} WHERE ${where} GROUP BY 1, 2, 3, 4`,
      ),
      // Not yet acknowledged and past due: breached already, though no rollup has them yet.
      q<{ n: number }>(
        `SELECT count(*)::int AS n FROM triage r JOIN items i ON i.id = r.item_id
          WHERE r.status IN ('new', 'acknowledged', 'in_progress') AND r.acknowledged_at IS NULL
            AND r.due_at < now() AND i.received_at >= ${literal(start)} AND i.received_at < ${literal(to)}
            ${filter.sql.replace(/r\.facility/g, 'i.facility')}`,
      ),
    ]);
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      bucket,
      ...this.shape(bucket, start, to, {
        series,
        channels,
        units,
        sla,
        topics,
        topicSeries,
        responses,
        overdue,
      }),
    };
  }

  private shape(
    bucket: TrendBucket,
    start: Date,
    to: Date,
    rows: {
      series: { t: Date; kind: ItemKind; n: number; s: number }[];
      channels: { channel: Channel; n: number }[];
      units: { unit: string | null; n: number }[];
      sla: { met: number; late: number }[];
      topics: { topic: Topic; cur: number; prev: number }[];
      topicSeries: { t: Date; topic: Topic; n: number }[];
      responses: {
        kind: ItemKind;
        unit: string | null;
        step: 'acknowledge' | 'resolve';
        bin: number;
        n: number;
      }[];
      overdue: { n: number }[];
    },
  ): Omit<TrendsResponse, 'from' | 'to' | 'bucket'> {
    const points = new Map<number, Record<ItemKind, number>>();
    const sentiment = new Map<number, { n: number; s: number }>();
    const byKind = zeroCounts();
    for (const row of rows.series) {
      const key = new Date(row.t).getTime();
      const counts = points.get(key) ?? zeroCounts();
      counts[row.kind] += row.n;
      byKind[row.kind] += row.n;
      points.set(key, counts);
      const mood = sentiment.get(key) ?? { n: 0, s: 0 };
      sentiment.set(key, { n: mood.n + row.n, s: mood.s + Number(row.s) });
    }
    const buckets: number[] = [];
    for (let t = truncate(start, bucket); t < to.getTime(); t += BUCKET_MS[bucket]) buckets.push(t);
    const total = Object.values(byKind).reduce((a, b) => a + b, 0);

    const topics = rows.topics
      .filter((r) => r.cur > 0)
      .sort((a, b) => b.cur - a.cur || a.topic.localeCompare(b.topic));
    const topicSeries = new Map<Topic, Map<string, number>>();
    for (const r of rows.topicSeries) {
      if (r.n <= 0) continue;
      const m = topicSeries.get(r.topic) ?? new Map<string, number>();
      m.set(new Date(r.t).toISOString(), r.n);
      topicSeries.set(r.topic, m);
    }

    const responses = responseTimes(rows.responses);
    const medians = Object.fromEntries(ITEM_KINDS.map((k) => [k, null])) as Record<ItemKind, number | null>;
    for (const r of responses.byKind) medians[r.kind] = r.acknowledge.median;
    const met = rows.sla[0]?.met ?? 0;
    const late = (rows.sla[0]?.late ?? 0) + (rows.overdue[0]?.n ?? 0);

    const detail: TrendsDetail = {
      mix: ITEM_KINDS.map((kind) => ({
        kind,
        count: byKind[kind],
        share: total === 0 ? 0 : Math.round((byKind[kind] / total) * 1000) / 1000,
      })),
      topTopics: topics.slice(0, TOP_TOPICS).map((r) => ({
        topic: r.topic,
        count: r.cur,
        previous: r.prev,
        change: r.prev === 0 ? null : Math.round(((r.cur - r.prev) / r.prev) * 1000) / 1000,
      })),
      byUnit: rows.units.map((r) => ({ unit: r.unit, count: r.n })),
      responseTimes: responses,
      slaBreachRate: met + late === 0 ? null : Math.round((late / (met + late)) * 1000) / 1000,
      sentiment: buckets.map((t) => {
        const mood = sentiment.get(t);
        return {
          t: new Date(t).toISOString(),
          mean: mood && mood.n > 0 ? Math.round((mood.s / mood.n) * 1000) / 1000 : null,
        };
      }),
      spikes: findSpikes(topicSeries, buckets.length),
    };
    return {
      series: buckets.map((t) => ({ t: new Date(t).toISOString(), counts: points.get(t) ?? zeroCounts() })),
      byKind,
      byTopic: topics.slice(0, 20).map((r) => ({ topic: r.topic, count: r.cur })),
      byChannel: rows.channels.map((r) => ({ channel: r.channel, count: r.n })),
      medianMinutesToAcknowledge: medians,
      detail,
    };
  }
}

/** Median and p90 by kind and by unit, each merged from the hourly histograms. */
function responseTimes(
  rows: { kind: ItemKind; unit: string | null; step: 'acknowledge' | 'resolve'; bin: number; n: number }[],
): TrendsDetail['responseTimes'] {
  const hist = new Map<string, Map<number, number>>();
  const add = (key: string, bin: number, n: number) => {
    const m = hist.get(key) ?? new Map<number, number>();
    m.set(bin, (m.get(bin) ?? 0) + n);
    hist.set(key, m);
  };
  const units = new Set<string | null>();
  for (const r of rows) {
    add(`k:${r.kind}:${r.step}`, r.bin, r.n);
    add(`u:${r.unit ?? ''}:${r.step}`, r.bin, r.n);
    if (r.n > 0) units.add(r.unit);
  }
  const times = (prefix: string): ResponseTimes => ({
    acknowledge: statsFromHistogram(hist.get(`${prefix}:acknowledge`) ?? new Map()),
    resolve: statsFromHistogram(hist.get(`${prefix}:resolve`) ?? new Map()),
  });
  return {
    byKind: ITEM_KINDS.map((kind) => ({ kind, ...times(`k:${kind}`) })),
    byUnit: [...units]
      .sort((a, b) => (a ?? '').localeCompare(b ?? ''))
      .map((unit) => ({ unit, ...times(`u:${unit ?? ''}`) })),
  };
}

type RollupTable = 'trend' | 'trend_topic' | 'trend_response';

/** A time literal from our own Date (validated and re-serialised), never from the caller's text. */
function literal(d: Date): string {
  return `'${d.toISOString()}'::timestamptz`;
}

/**
 * The rows of a rollup covering [from, to), as a subquery aliased r: whole days from the daily
 * table and the partial days at either end from the hourly one; hourly only for hour buckets.
 */
function rollupSource(table: RollupTable, [from, to]: [Date, Date], bucket: TrendBucket): string {
  const firstDay = Math.ceil(from.getTime() / BUCKET_MS.day) * BUCKET_MS.day;
  const lastDay = Math.floor(to.getTime() / BUCKET_MS.day) * BUCKET_MS.day;
  if (bucket === 'hour' || firstDay >= lastDay)
    return `(SELECT * FROM ${table}_hourly WHERE at >= ${literal(from)} AND at < ${literal(to)}) r`;
  const [a, b] = [new Date(firstDay), new Date(lastDay)];
  return `(SELECT * FROM ${table}_daily WHERE at >= ${literal(a)} AND at < ${literal(b)}
           UNION ALL
           SELECT * FROM ${table}_hourly
            WHERE (at >= ${literal(from)} AND at < ${literal(a)}) OR (at >= ${literal(b)} AND at < ${literal(to)})) r`;
}

/** Filters on facility/unit, and the charge nurse's reach (same as her board's). */
function scopeFilter(query: TrendsQuery, user: AuthUser): Filter {
  const params: unknown[] = [];
  let sql = '';
  if (query.facility) {
    params.push(query.facility);
    sql += ` AND r.facility = $${params.length}`;
  }
  if (query.unit) {
    params.push(query.unit);
    sql += ` AND r.unit = $${params.length}`;
  }
  if (user.role === 'charge_nurse') {
    params.push(user.units);
    sql += ` AND r.kind = 'care_need' AND (r.unit = ANY($${params.length}::text[]) OR r.unit IS NULL)`;
  }
  return { sql, params };
}

/** Same truncation as PostgreSQL's date_trunc in UTC (weeks start on Monday). */
function truncate(d: Date, bucket: TrendBucket): number {
  const t = new Date(d);
  t.setUTCMinutes(0, 0, 0);
  if (bucket === 'hour') return t.getTime();
  t.setUTCHours(0);
  if (bucket === 'day') return t.getTime();
  const sinceMonday = (t.getUTCDay() + 6) % 7;
  return t.getTime() - sinceMonday * BUCKET_MS.day;
}
