// Pure shaping of the hourly trend series: a fixed 12-hour window with empty hours shown as zero,
// and the local increment applied when a new item arrives between refetches.
import {
  ITEM_KINDS,
  type ItemKind,
  type ItemView,
  type TrendPoint,
  type TrendsResponse,
} from '@auscult/contracts';

export const HOUR_MS = 60 * 60 * 1000;
export const WINDOW_HOURS = 12;

export type ChartRow = { t: string } & Record<ItemKind, number>;

export function floorToHour(ms: number): number {
  return Math.floor(ms / HOUR_MS) * HOUR_MS;
}

/** The window asked of the API: the current hour and the eleven before it. */
export function lastHoursWindow(now: Date, hours = WINDOW_HOURS): { from: string; to: string } {
  const from = floorToHour(now.getTime()) - (hours - 1) * HOUR_MS;
  return { from: new Date(from).toISOString(), to: now.toISOString() };
}

function zeroCounts(): Record<ItemKind, number> {
  return { care_need: 0, service_complaint: 0, praise: 0, other: 0 };
}

/** One row per hour of the window ending at `now`, whatever hours the server left out. */
export function chartRows(series: readonly TrendPoint[], now: Date, hours = WINDOW_HOURS): ChartRow[] {
  const byHour = new Map<number, TrendPoint>();
  for (const point of series) byHour.set(floorToHour(Date.parse(point.t)), point);
  const last = floorToHour(now.getTime());
  const rows: ChartRow[] = [];
  for (let hour = last - (hours - 1) * HOUR_MS; hour <= last; hour += HOUR_MS) {
    const counts = { ...zeroCounts(), ...byHour.get(hour)?.counts };
    rows.push({ t: new Date(hour).toISOString(), ...counts });
  }
  return rows;
}

/** Counts one new item into its arrival hour, adding the hour when it is not in the series yet. */
export function countNewItem(trends: TrendsResponse, item: ItemView): TrendsResponse {
  const kind = item.classification.correction?.kind ?? item.classification.kind;
  const hour = floorToHour(Date.parse(item.receivedAt));
  if (!Number.isFinite(hour) || !ITEM_KINDS.includes(kind)) return trends;
  const index = trends.series.findIndex((point) => floorToHour(Date.parse(point.t)) === hour);
  const series =
    index >= 0
      ? trends.series.map((point, i) =>
          i === index ? { ...point, counts: { ...point.counts, [kind]: point.counts[kind] + 1 } } : point,
        )
      : [...trends.series, { t: new Date(hour).toISOString(), counts: { ...zeroCounts(), [kind]: 1 } }].sort(
          (a, b) => Date.parse(a.t) - Date.parse(b.t),
        );
  return { ...trends, series, byKind: { ...trends.byKind, [kind]: trends.byKind[kind] + 1 } };
}
