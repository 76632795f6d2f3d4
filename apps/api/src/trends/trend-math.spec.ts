import { describe, expect, it } from '@jest/globals';
import { RESPONSE_BIN_RATIO } from '@auscult/persistence';
import { findSpikes, statsFromHistogram } from './trend-math.js';

const binOf = (minutes: number) => Math.floor(Math.log(1 + minutes) / Math.log(RESPONSE_BIN_RATIO));

function histogram(minutes: number[]): Map<number, number> {
  const bins = new Map<number, number>();
  for (const m of minutes) bins.set(binOf(m), (bins.get(binOf(m)) ?? 0) + 1);
  return bins;
}

describe('statsFromHistogram', () => {
  it('gives the median and p90 within 10 % of the exact values', () => {
    const minutes = Array.from({ length: 1000 }, (_, k) => 1 + ((k * 37) % 400));
    const sorted = [...minutes].sort((a, b) => a - b);
    const stats = statsFromHistogram(histogram(minutes));
    expect(stats.n).toBe(1000);
    const exactMedian = sorted[499]!;
    const exactP90 = sorted[899]!;
    expect(Math.abs(stats.median! - exactMedian) / exactMedian).toBeLessThan(0.1);
    expect(Math.abs(stats.p90! - exactP90) / exactP90).toBeLessThan(0.1);
  });

  it('ignores bins emptied by corrections and answers null when nothing is left', () => {
    expect(statsFromHistogram(new Map([[binOf(20), 0]]))).toEqual({ n: 0, median: null, p90: null });
  });
});

describe('findSpikes', () => {
  it('marks a bucket at ≥ 3× the mean with ≥ 5 items, and not a steady topic', () => {
    const parking = new Map([
      ['t1', 1],
      ['t4', 9],
    ]);
    const food = new Map([
      ['t1', 5],
      ['t2', 5],
      ['t3', 5],
      ['t4', 5],
    ]);
    const spikes = findSpikes(
      new Map([
        ['parking', parking],
        ['food', food],
      ]),
      4,
    );
    expect(spikes).toEqual([{ topic: 'parking', t: 't4', count: 9, baseline: 2.5 }]);
  });
});
