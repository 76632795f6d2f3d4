import type { Channel, ItemKind } from './domain.js';

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
}
