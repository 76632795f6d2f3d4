import { describe, expect, it } from '@jest/globals';
import type { TrendsResponse } from '@auscult/contracts';
import { chartRows, countNewItem, floorToBucket, rangeWindow } from './trend-series';
import { makeItem } from '../live/item-factory';

const now = new Date('2026-11-23T10:25:00.000Z');

function trendsOf(series: TrendsResponse['series']): TrendsResponse {
  return {
    from: '2026-11-22T23:00:00.000Z',
    to: now.toISOString(),
    bucket: 'hour',
    series,
    byKind: { care_need: 0, service_complaint: 0, praise: 0, other: 0 },
    byTopic: [],
    byChannel: [],
    medianMinutesToAcknowledge: { care_need: null, service_complaint: null, praise: null, other: null },
  };
}
const counts = (care_need = 0, service_complaint = 0, praise = 0, other = 0) => ({
  care_need,
  service_complaint,
  praise,
  other,
});

describe('rangeWindow', () => {
  it('starts the 12-hour window at the top of the hour eleven hours before the current one', () => {
    expect(rangeWindow('12h', now)).toEqual({
      from: '2026-11-22T23:00:00.000Z',
      to: '2026-11-23T10:25:00.000Z',
      bucket: 'hour',
    });
  });
});

describe('chartRows', () => {
  it('gives twelve hourly rows, zero where the server sent nothing', () => {
    const rows = chartRows([{ t: '2026-11-23T09:00:00.000Z', counts: counts(2, 1) }], now);
    expect(rows).toHaveLength(12);
    expect(rows[0].t).toBe('2026-11-22T23:00:00.000Z');
    expect(rows[10]).toEqual({ t: '2026-11-23T09:00:00.000Z', ...counts(2, 1) });
    expect(rows[11]).toEqual({ t: '2026-11-23T10:00:00.000Z', ...counts() });
  });
});

describe('countNewItem', () => {
  it('increments the kind in the hour the item arrived', () => {
    const trends = trendsOf([{ t: '2026-11-23T10:00:00.000Z', counts: counts(1) }]);
    const next = countNewItem(trends, makeItem({ receivedAt: '2026-11-23T10:20:00.000Z' }));
    expect(next.series[0].counts).toEqual(counts(2));
    expect(next.byKind.care_need).toBe(1);
    expect(trends.series[0].counts.care_need).toBe(1);
  });

  it('adds the hour when the series does not have it yet', () => {
    const trends = trendsOf([{ t: '2026-11-23T09:00:00.000Z', counts: counts(1) }]);
    const next = countNewItem(trends, makeItem({ receivedAt: '2026-11-23T10:05:00.000Z' }));
    expect(next.series.map((p) => p.t)).toEqual(['2026-11-23T09:00:00.000Z', '2026-11-23T10:00:00.000Z']);
    expect(next.series[1].counts).toEqual(counts(1));
  });

  it('counts a corrected item under the corrected kind', () => {
    const item = makeItem({ receivedAt: '2026-11-23T10:05:00.000Z' });
    item.classification = {
      ...item.classification,
      correction: { kind: 'praise', urgency: 'low', topics: [], by: 'u', at: item.receivedAt },
    };
    expect(countNewItem(trendsOf([]), item).series[0].counts).toEqual(counts(0, 0, 1));
  });
});

describe('windows of other ranges', () => {
  it('asks for seven UTC days ending today by day', () => {
    expect(rangeWindow('7d', now)).toEqual({
      from: '2026-11-17T00:00:00.000Z',
      to: now.toISOString(),
      bucket: 'day',
    });
  });

  it('starts weeks on Monday', () => {
    // 2026-11-23 is a Monday; the Sunday before belongs to the week of the 16th.
    expect(new Date(floorToBucket(now.getTime(), 'week')).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(new Date(floorToBucket(Date.parse('2026-11-22T23:00:00Z'), 'week')).toISOString()).toBe(
      '2026-11-16T00:00:00.000Z',
    );
  });

  it('gives one row per day of a 30-day window', () => {
    const rows = chartRows([{ t: '2026-11-20T00:00:00.000Z', counts: counts(4) }], now, '30d');
    expect(rows).toHaveLength(30);
    expect(rows[26]).toEqual({ t: '2026-11-20T00:00:00.000Z', ...counts(4) });
  });

  it('counts a new item into its day bucket', () => {
    const daily = {
      ...trendsOf([{ t: '2026-11-23T00:00:00.000Z', counts: counts(1) }]),
      bucket: 'day' as const,
    };
    const next = countNewItem(daily, makeItem({ receivedAt: '2026-11-23T10:20:00.000Z' }));
    expect(next.series[0].counts).toEqual(counts(2));
  });
});
