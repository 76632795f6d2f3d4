// Pure shaping of the trend series: fixed windows (12 hours, 7 days, 30 days, 12 weeks) with empty
// buckets shown as zero, and the local increment applied when a new item arrives between refetches.
import {
  ITEM_KINDS,
  type ItemKind,
  type ItemView,
  type TrendBucket,
  type TrendPoint,
  type TrendsResponse,
} from '@auscult/contracts';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
const BUCKET_MS: Record<TrendBucket, number> = { hour: HOUR_MS, day: DAY_MS, week: 7 * DAY_MS };

export const TREND_RANGES = {
  '12h': { label: 'Last 12 hours', bucket: 'hour', buckets: 12 },
  '7d': { label: 'Last 7 days', bucket: 'day', buckets: 7 },
  '30d': { label: 'Last 30 days', bucket: 'day', buckets: 30 },
  '12w': { label: 'Last 12 weeks', bucket: 'week', buckets: 12 },
} as const satisfies Record<string, { label: string; bucket: TrendBucket; buckets: number }>;
export type TrendRange = keyof typeof TREND_RANGES;

export type ChartRow = { t: string } & Record<ItemKind, number>;

/** Start of the bucket holding `ms`, in UTC like the server's rollup (weeks start on Monday). */
export function floorToBucket(ms: number, bucket: TrendBucket): number {
  if (bucket !== 'week') return Math.floor(ms / BUCKET_MS[bucket]) * BUCKET_MS[bucket];
  const day = Math.floor(ms / DAY_MS) * DAY_MS;
  const weekday = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return day - weekday * DAY_MS;
}

/** The window asked of the API: the current bucket and the ones before it. */
export function rangeWindow(range: TrendRange, now: Date): { from: string; to: string; bucket: TrendBucket } {
  const { bucket, buckets } = TREND_RANGES[range];
  const from = floorToBucket(now.getTime(), bucket) - (buckets - 1) * BUCKET_MS[bucket];
  return { from: new Date(from).toISOString(), to: now.toISOString(), bucket };
}

function zeroCounts(): Record<ItemKind, number> {
  return { care_need: 0, service_complaint: 0, praise: 0, other: 0 };
}

/** One row per bucket of the window ending at `now`, whatever buckets the server left out. */
export function chartRows(series: readonly TrendPoint[], now: Date, range: TrendRange = '12h'): ChartRow[] {
  const { bucket, buckets } = TREND_RANGES[range];
  const byBucket = new Map<number, TrendPoint>();
  for (const point of series) byBucket.set(floorToBucket(Date.parse(point.t), bucket), point);
  const last = floorToBucket(now.getTime(), bucket);
  const rows: ChartRow[] = [];
  for (let i = buckets - 1; i >= 0; i -= 1) {
    const start = last - i * BUCKET_MS[bucket];
    rows.push({ t: new Date(start).toISOString(), ...zeroCounts(), ...byBucket.get(start)?.counts });
  }
  return rows;
}

/** Counts one new item into its arrival bucket, adding the bucket when it is not in the series yet. */
export function countNewItem(trends: TrendsResponse, item: ItemView): TrendsResponse {
  const kind = item.classification.correction?.kind ?? item.classification.kind;
  const start = floorToBucket(Date.parse(item.receivedAt), trends.bucket);
  if (!Number.isFinite(start) || !ITEM_KINDS.includes(kind)) return trends;
  const index = trends.series.findIndex(
    (point) => floorToBucket(Date.parse(point.t), trends.bucket) === start,
  );
  const series =
    index >= 0
      ? trends.series.map((point, i) =>
          i === index ? { ...point, counts: { ...point.counts, [kind]: point.counts[kind] + 1 } } : point,
        )
      : [...trends.series, { t: new Date(start).toISOString(), counts: { ...zeroCounts(), [kind]: 1 } }].sort(
          (a, b) => Date.parse(a.t) - Date.parse(b.t),
        );
  return { ...trends, series, byKind: { ...trends.byKind, [kind]: trends.byKind[kind] + 1 } };
}
