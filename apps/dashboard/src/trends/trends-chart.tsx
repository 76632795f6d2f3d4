import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ITEM_KINDS, type ItemKind, type TrendBucket, type TrendsResponse } from '@auscult/contracts';
import { KIND_LABELS } from '../ui/labels';
import { chartRows, TREND_RANGES, type ChartRow, type TrendRange } from './trend-series';

// Colour means urgency on this dashboard, so kinds are told apart by shades of grey.
export const KIND_SHADES: Record<ItemKind, string> = {
  care_need: '#2f3b45',
  service_complaint: '#6b7782',
  praise: '#a4adb5',
  other: '#d3d8dc',
};

const BUCKET_FORMATS: Record<TrendBucket, Intl.DateTimeFormat> = {
  hour: new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  day: new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }),
  week: new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' }),
};
// Legend words stay ink-coloured: the pale shades would make them unreadable.
export const legendText = (value: string) => <span className="legend-text">{value}</span>;

function totals(rows: readonly ChartRow[]): number {
  return rows.reduce((sum, row) => sum + ITEM_KINDS.reduce((s, kind) => s + row[kind], 0), 0);
}

/** Items per kind per bucket over the range, stacked; live arrivals count in as they come. */
export function TrendsChart({ trends, range }: { trends: TrendsResponse; range: TrendRange }) {
  const { bucket, label } = TREND_RANGES[range];
  // Re-derived when the data changes (live increment or refetch), which also moves the window on.
  const rows = useMemo(() => chartRows(trends.series, new Date(), range), [trends.series, range]);
  const format = (t: string) => BUCKET_FORMATS[bucket].format(new Date(t));
  const total = totals(rows);

  return (
    <section className="trends" aria-labelledby="volume-title">
      <div className="section-head">
        <h2 id="volume-title">Volume by kind, {label.toLowerCase()}</h2>
        <span className="muted" data-testid="trends-total">
          {total} items
        </span>
      </div>
      <div
        className="chart"
        role="img"
        aria-label={`Stacked bar chart of items per kind per ${bucket}, ${total} in total`}
      >
        <ResponsiveContainer width="100%" height={220}>
          <BarChart data={rows} margin={{ top: 4, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid stroke="#e3e6e8" vertical={false} />
            <XAxis dataKey="t" tickFormatter={format} tick={{ fontSize: 11 }} minTickGap={8} />
            <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
            <Tooltip labelFormatter={(t) => (typeof t === 'string' ? format(t) : String(t))} />
            <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} formatter={legendText} />
            {ITEM_KINDS.map((kind) => (
              <Bar
                key={kind}
                dataKey={kind}
                name={KIND_LABELS[kind]}
                stackId="kinds"
                fill={KIND_SHADES[kind]}
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
    </section>
  );
}
