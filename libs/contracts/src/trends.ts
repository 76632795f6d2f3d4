import type { Channel, ItemKind, Topic } from './domain.js';

export const TREND_BUCKETS = ['hour', 'day', 'week'] as const;
export type TrendBucket = (typeof TREND_BUCKETS)[number];

/** One time bucket: how many items of each kind arrived in it. */
export interface TrendPoint {
  /** Start of the bucket, ISO 8601. */
  t: string;
  counts: Record<ItemKind, number>;
}

export interface TrendsResponse {
  from: string;
  to: string;
  bucket: TrendBucket;
  series: TrendPoint[];
  byKind: Record<ItemKind, number>;
  byTopic: { topic: string; count: number }[];
  byChannel: { channel: Channel; count: number }[];
  /** Median minutes from arrival to acknowledgement, by kind; null where nothing was acknowledged. */
  medianMinutesToAcknowledge: Record<ItemKind, number | null>;
  /** Issue 4's detail; absent only from servers that predate it. */
  detail?: TrendsDetail;
}

/** Minutes, over the items that reached that step; null where none did. */
export interface ResponseTimeStats {
  n: number;
  median: number | null;
  p90: number | null;
}

export interface ResponseTimes {
  acknowledge: ResponseTimeStats;
  resolve: ResponseTimeStats;
}

/**
 * Additions to GET /api/v1/trends (issue 4), all from the rollup tables, counts only (no text).
 * Times are on receivedAt. Percentiles come from the rollup's histogram (bucket resolution ≤ 10 %).
 */
export interface TrendsDetail {
  /** Care needs versus service complaints (and the rest), over the range. */
  mix: { kind: ItemKind; count: number; share: number }[];
  /** Top topics with the count over the previous period of the same length. */
  topTopics: { topic: Topic; count: number; previous: number; change: number | null }[];
  byUnit: { unit: string | null; count: number }[];
  responseTimes: {
    byKind: ({ kind: ItemKind } & ResponseTimes)[];
    byUnit: ({ unit: string | null } & ResponseTimes)[];
  };
  /** Breached / (met + breached) over SLA-bearing items; null when none closed. */
  slaBreachRate: number | null;
  /** Mean sentiment (-1…1) per bucket; null where the bucket is empty. */
  sentiment: { t: string; mean: number | null }[];
  /** Buckets where a topic's count jumped far above its usual level (≥ 3× its mean and ≥ 5 items). */
  spikes: { topic: Topic; t: string; count: number; baseline: number }[];
}
