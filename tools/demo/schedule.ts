// When items go out: the live rhythm (jittered gaps, rare bursts) and the `--once` backfill.
import { between, type Random } from './random.js';

export const ONCE_WINDOW_MS = 12 * 60 * 60 * 1000;
export const ONCE_DEFAULT_COUNT = 60;
export const BURST_SIZE = { min: 10, max: 30 } as const;

/** A gap around 1/rate: at the default 0.5 items/s, between 1 and 3 seconds. */
export function nextGapMs(random: Random, rate: number): number {
  return Math.round(((0.5 + random.next()) / rate) * 1000);
}

export function burstSize(random: Random): number {
  return between(random, BURST_SIZE.min, BURST_SIZE.max);
}

/**
 * Moments spread over the last 12 hours, oldest first, denser towards now, so the trend chart
 * fills in and the inbox's newest items read as recent.
 */
export function backfillTimes(random: Random, count: number, now: Date): Date[] {
  const times: Date[] = [];
  for (let index = 0; index < count; index += 1) {
    const ageShare = random.next() ** 1.4;
    times.push(new Date(now.getTime() - Math.max(60_000, ageShare * ONCE_WINDOW_MS)));
  }
  return times.sort((a, b) => a.getTime() - b.getTime());
}

/** Splits a list into batches of at most `size`. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}
