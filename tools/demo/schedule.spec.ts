import { describe, expect, it } from '@jest/globals';
import { seededRandom } from './random.js';
import { backfillTimes, batches, burstSize, nextGapMs, ONCE_WINDOW_MS } from './schedule.js';

describe('schedule', () => {
  it('spaces items 1 to 3 seconds apart at the default rate', () => {
    const random = seededRandom(9);
    const gaps = Array.from({ length: 500 }, () => nextGapMs(random, 0.5));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1000);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(3000);
  });

  it('makes bursts of 10 to 30 items', () => {
    const random = seededRandom(4);
    const sizes = Array.from({ length: 200 }, () => burstSize(random));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(30);
  });

  it('spreads the backfill over the last 12 hours, oldest first', () => {
    const now = new Date('2026-11-23T12:00:00Z');
    const times = backfillTimes(seededRandom(2), 60, now).map((time) => time.getTime());
    expect(times).toHaveLength(60);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[0]).toBeGreaterThanOrEqual(now.getTime() - ONCE_WINDOW_MS);
    expect(times[59]).toBeLessThan(now.getTime());
  });

  it('splits into batches of at most the given size', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});
