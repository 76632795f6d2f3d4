import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ITEM_KINDS,
  type Channel,
  type ItemKind,
  type TrendBucket,
  type TrendsResponse,
} from '@auscult/contracts';
import type { DataSource } from 'typeorm';
import { DomainError } from '../errors/domain-error.js';
import type { TrendsQuery } from './dto/trends.query.js';

const MAX_BUCKETS = 2000;
const BUCKET_MS: Record<TrendBucket, number> = { hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000 };

function zeroCounts(): Record<ItemKind, number> {
  return Object.fromEntries(ITEM_KINDS.map((k) => [k, 0])) as Record<ItemKind, number>;
}

/** Aggregates only: counts and medians, never text, so every role allowed here sees the same numbers. */
@Injectable()
export class TrendsService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async trends(query: TrendsQuery): Promise<TrendsResponse> {
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
    const where = `i.posted_at >= $1 AND i.posted_at < $2 AND ($3::text IS NULL OR i.facility = $3) AND ($4::text IS NULL OR t.unit = $4)`;
    const params = [from.toISOString(), to.toISOString(), query.facility ?? null, query.unit ?? null];
    const base = `FROM items i JOIN classifications c ON c.item_id = i.id JOIN triage t ON t.item_id = i.id WHERE ${where}`;
    const [series, topics, channels, ack] = await Promise.all([
      this.ds.query(
        `SELECT date_trunc('${bucket}', i.posted_at, 'UTC') AS t, c.kind, count(*)::int AS n ${base} GROUP BY 1, 2`,
        params,
      ),
      this.ds.query(
        `SELECT topic, count(*)::int AS n ${base.replace('WHERE', ', unnest(c.topics) AS topic WHERE')} GROUP BY 1 ORDER BY 2 DESC LIMIT 20`,
        params,
      ),
      this.ds.query(`SELECT i.channel, count(*)::int AS n ${base} GROUP BY 1 ORDER BY 2 DESC`, params),
      this.ds.query(
        `SELECT c.kind, percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t.acknowledged_at - i.received_at) / 60) AS m
         ${base} AND t.acknowledged_at IS NOT NULL GROUP BY 1`,
        params,
      ),
    ]);
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      bucket,
      ...this.shape(bucket, from, to, series, topics, channels, ack),
    };
  }

  private shape(
    bucket: TrendBucket,
    from: Date,
    to: Date,
    series: { t: Date; kind: ItemKind; n: number }[],
    topics: { topic: string; n: number }[],
    channels: { channel: Channel; n: number }[],
    ack: { kind: ItemKind; m: number }[],
  ): Omit<TrendsResponse, 'from' | 'to' | 'bucket'> {
    const points = new Map<number, Record<ItemKind, number>>();
    const byKind = zeroCounts();
    for (const row of series) {
      const key = new Date(row.t).getTime();
      const counts = points.get(key) ?? zeroCounts();
      counts[row.kind] += row.n;
      byKind[row.kind] += row.n;
      points.set(key, counts);
    }
    const start = truncate(from, bucket);
    const filled = [];
    for (let t = start; t < to.getTime(); t += BUCKET_MS[bucket]) {
      filled.push({ t: new Date(t).toISOString(), counts: points.get(t) ?? zeroCounts() });
    }
    const medians = Object.fromEntries(ITEM_KINDS.map((k) => [k, null])) as Record<ItemKind, number | null>;
    for (const row of ack) medians[row.kind] = Math.round(Number(row.m) * 10) / 10;
    return {
      series: filled,
      byKind,
      byTopic: topics.map((r) => ({ topic: r.topic, count: r.n })),
      byChannel: channels.map((r) => ({ channel: r.channel, count: r.n })),
      medianMinutesToAcknowledge: medians,
    };
  }
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
