// Pure helpers for the trends answer: percentiles from the rollup's histogram, topic spikes.
import { responseBinMinutes } from '@auscult/persistence';
import type { ResponseTimeStats } from '@auscult/contracts';

/** Rounded to a tenth of a minute (the histogram is no finer than 10 % anyway). */
function round(m: number): number {
  return Math.round(m * 10) / 10;
}

/** Median and p90 from histogram bins (bin → count); bins are 10 % wide, so is the answer's error. */
export function statsFromHistogram(bins: Map<number, number>): ResponseTimeStats {
  const sorted = [...bins.entries()].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const n = sorted.reduce((sum, [, c]) => sum + c, 0);
  if (n === 0) return { n: 0, median: null, p90: null };
  const at = (q: number): number => {
    const rank = Math.max(1, Math.ceil(q * n));
    let seen = 0;
    for (const [bin, c] of sorted) {
      seen += c;
      if (seen >= rank) return round(responseBinMinutes(bin));
    }
    return round(responseBinMinutes(sorted[sorted.length - 1]![0]));
  };
  return { n, median: at(0.5), p90: at(0.9) };
}

/** A topic spikes in a bucket when its count is ≥ 3× its mean over the range and ≥ 5 items. */
export function findSpikes<T extends string>(
  series: Map<T, Map<string, number>>,
  bucketCount: number,
): { topic: T; t: string; count: number; baseline: number }[] {
  const spikes: { topic: T; t: string; count: number; baseline: number }[] = [];
  if (bucketCount < 2) return spikes;
  for (const [topic, byBucket] of series) {
    const total = [...byBucket.values()].reduce((a, b) => a + b, 0);
    const mean = total / bucketCount;
    for (const [t, count] of byBucket) {
      if (count >= 5 && count >= 3 * mean) spikes.push({ topic, t, count, baseline: round(mean) });
    }
  }
  return spikes.sort((a, b) => a.t.localeCompare(b.t) || b.count - a.count);
}
