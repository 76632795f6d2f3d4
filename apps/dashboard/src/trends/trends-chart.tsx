import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ITEM_KINDS, type ItemKind } from '@auscult/contracts';
import { KIND_LABELS } from '../ui/labels';
import { chartRows, type ChartRow } from './trend-series';
import { useLastHoursTrends } from './use-trends';

// Colour means urgency on this dashboard, so kinds are told apart by shades of grey.
const KIND_SHADES: Record<ItemKind, string> = {
  care_need: '#2f3b45',
  service_complaint: '#6b7782',
  praise: '#a4adb5',
  other: '#d3d8dc',
};

const hourFormat = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
// Legend words stay ink-coloured: the pale shades would make them unreadable.
const legendText = (value: string) => <span className="legend-text">{value}</span>;

const formatHour = (t: string) => hourFormat.format(new Date(t));

function totals(rows: readonly ChartRow[]): number {
  return rows.reduce((sum, row) => sum + ITEM_KINDS.reduce((s, kind) => s + row[kind], 0), 0);
}

export function TrendsChart() {
  const query = useLastHoursTrends();
  const series = query.data?.series;
  // Re-derived when the data changes (live increment or refetch), which also moves the window on.
  const rows = useMemo(() => chartRows(series ?? [], new Date()), [series]);

  return (
    <section className="trends" aria-labelledby="trends-title">
      <div className="section-head">
        <h2 id="trends-title">Items per kind, last 12 hours</h2>
        {query.isSuccess && <span className="muted">{totals(rows)} items</span>}
      </div>
      {query.isError && (
        <p role="alert" className="form-error">
          Could not load trends: {query.error.message}
        </p>
      )}
      {query.isPending && <p className="muted">Loading trends…</p>}
      {query.isSuccess && (
        <div
          className="chart"
          role="img"
          aria-label={`Stacked bar chart of items per kind per hour, ${totals(rows)} in total`}
        >
          <ResponsiveContainer width="100%" height={200}>
            <BarChart data={rows} margin={{ top: 4, right: 8, bottom: 0, left: -16 }}>
              <CartesianGrid stroke="#e3e6e8" vertical={false} />
              <XAxis dataKey="t" tickFormatter={formatHour} tick={{ fontSize: 11 }} interval={1} />
              <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
              <Tooltip labelFormatter={(t) => (typeof t === 'string' ? formatHour(t) : String(t))} />
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
      )}
    </section>
  );
}
