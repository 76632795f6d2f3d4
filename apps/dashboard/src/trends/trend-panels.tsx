// The smaller trend panels: mix, topics, channels, units, response times, sentiment, SLA, spikes.
// Counts only: an executive's view never holds an item's text.
import type { ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ITEM_KINDS, type ItemKind, type ResponseTimes, type TrendsResponse } from '@auscult/contracts';
import { CHANNEL_LABELS, KIND_LABELS, formatPercent, topicLabel } from '../ui/labels';
import { KIND_SHADES } from './trends-chart';

function Panel({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="trends" aria-labelledby={id}>
      <h2 id={id} className="panel-title">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A horizontal bar chart of labelled counts; the chart's description lists them for screen readers. */
function CountBars({
  rows,
  label,
  fill = KIND_SHADES.care_need,
}: {
  rows: { name: string; count: number }[];
  label: string;
  fill?: string;
}) {
  if (rows.length === 0) return <p className="muted">Nothing in this range.</p>;
  const summary = rows.map((row) => `${row.name} ${row.count}`).join(', ');
  return (
    <div className="chart" role="img" aria-label={`${label}: ${summary}`}>
      <ResponsiveContainer width="100%" height={Math.max(80, rows.length * 24 + 20)}>
        <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 8 }}>
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
          <YAxis type="category" dataKey="name" width={120} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Bar dataKey="count" name="Items" fill={fill} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function MixPanel({ trends }: { trends: TrendsResponse }) {
  const total = ITEM_KINDS.reduce((sum, kind) => sum + trends.byKind[kind], 0);
  return (
    <Panel id="mix-title" title="Care versus service">
      <ul className="mix" aria-label="Share of items by kind">
        {ITEM_KINDS.map((kind) => (
          <li key={kind}>
            <span className="swatch" style={{ background: KIND_SHADES[kind] }} aria-hidden="true" />
            {KIND_LABELS[kind]} <strong>{total ? formatPercent(trends.byKind[kind] / total) : '–'}</strong>{' '}
            <span className="muted">({trends.byKind[kind]})</span>
          </li>
        ))}
      </ul>
    </Panel>
  );
}

function changeText(change: number | null): string {
  if (change === null) return 'new';
  return `${change >= 0 ? '+' : ''}${Math.round(change * 100)}%`;
}

export function TopicsPanel({ trends }: { trends: TrendsResponse }) {
  const top = trends.detail?.topTopics;
  return (
    <Panel id="topics-title" title="Top topics">
      {top ? (
        <table className="rules">
          <caption className="visually-hidden">Top topics against the previous period</caption>
          <thead>
            <tr>
              <th scope="col">Topic</th>
              <th scope="col" className="num">
                Items
              </th>
              <th scope="col" className="num">
                Before
              </th>
              <th scope="col" className="num">
                Change
              </th>
            </tr>
          </thead>
          <tbody>
            {top.map((row) => (
              <tr key={row.topic}>
                <td>{topicLabel(row.topic)}</td>
                <td className="num">{row.count}</td>
                <td className="num">{row.previous}</td>
                <td className="num">{changeText(row.change)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <CountBars
          label="Items per topic"
          rows={trends.byTopic.slice(0, 10).map((t) => ({ name: topicLabel(t.topic), count: t.count }))}
        />
      )}
    </Panel>
  );
}

export function ChannelsPanel({ trends }: { trends: TrendsResponse }) {
  return (
    <Panel id="channels-title" title="Channels">
      <CountBars
        label="Items per channel"
        rows={trends.byChannel.map((c) => ({ name: CHANNEL_LABELS[c.channel] ?? c.channel, count: c.count }))}
      />
    </Panel>
  );
}

export function UnitsPanel({ trends }: { trends: TrendsResponse }) {
  const units = trends.detail?.byUnit;
  if (!units) return null;
  return (
    <Panel id="units-title" title="Units">
      <CountBars
        label="Items per unit"
        rows={units.map((u) => ({ name: u.unit ?? 'Unrouted', count: u.count }))}
      />
    </Panel>
  );
}

const minutes = (value: number | null | undefined) =>
  value === null || value === undefined ? '–' : `${Math.round(value)} min`;

function ResponseRow({ label, times }: { label: string; times: ResponseTimes }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="num">{minutes(times.acknowledge.median)}</td>
      <td className="num">{minutes(times.resolve.median)}</td>
      <td className="num">{times.acknowledge.n}</td>
    </tr>
  );
}

export function ResponseTimesPanel({ trends }: { trends: TrendsResponse }) {
  const detail = trends.detail?.responseTimes;
  return (
    <Panel id="response-title" title="Median time to acknowledge and to resolve">
      <table className="rules">
        <thead>
          <tr>
            <th scope="col">By kind / unit</th>
            <th scope="col" className="num">
              Acknowledge
            </th>
            <th scope="col" className="num">
              Resolve
            </th>
            <th scope="col" className="num">
              Items
            </th>
          </tr>
        </thead>
        <tbody>
          {detail
            ? [
                ...detail.byKind.map((row) => (
                  <ResponseRow key={row.kind} label={KIND_LABELS[row.kind]} times={row} />
                )),
                ...detail.byUnit.map((row) => (
                  <ResponseRow
                    key={`unit-${row.unit}`}
                    label={`Unit ${row.unit ?? 'unrouted'}`}
                    times={row}
                  />
                )),
              ]
            : ITEM_KINDS.map((kind: ItemKind) => (
                <tr key={kind}>
                  <th scope="row">{KIND_LABELS[kind]}</th>
                  <td className="num">{minutes(trends.medianMinutesToAcknowledge[kind])}</td>
                  <td className="num">–</td>
                  <td className="num">–</td>
                </tr>
              ))}
        </tbody>
      </table>
    </Panel>
  );
}

export function SentimentPanel({ trends }: { trends: TrendsResponse }) {
  const points = trends.detail?.sentiment;
  if (!points) return null;
  const format = new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    hourCycle: 'h23',
  });
  return (
    <Panel id="sentiment-title" title="Sentiment (mean, −1 to 1)">
      <div className="chart" role="img" aria-label="Line chart of mean sentiment per bucket">
        <ResponsiveContainer width="100%" height={140}>
          <LineChart data={points} margin={{ top: 4, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid stroke="#e3e6e8" vertical={false} />
            <XAxis
              dataKey="t"
              tickFormatter={(t: string) => format.format(new Date(t))}
              tick={{ fontSize: 11 }}
              minTickGap={12}
            />
            <YAxis domain={[-1, 1]} tick={{ fontSize: 11 }} />
            <Tooltip />
            <Line
              dataKey="mean"
              name="Sentiment"
              stroke={KIND_SHADES.care_need}
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </Panel>
  );
}

export function HeadlinePanel({ trends }: { trends: TrendsResponse }) {
  const spikes = trends.detail?.spikes ?? [];
  const breach = trends.detail?.slaBreachRate;
  return (
    <Panel id="headline-title" title="SLA and spikes">
      <p className="headline-figure" data-testid="sla-breach-rate">
        SLA breach rate{' '}
        <strong>{breach === null || breach === undefined ? '–' : formatPercent(breach)}</strong>
      </p>
      {spikes.length === 0 ? (
        <p className="muted">No topic spiked in this range.</p>
      ) : (
        <ul className="spikes" aria-label="Topic spikes">
          {spikes.map((spike) => (
            <li key={`${spike.topic}-${spike.t}`}>
              <strong>Spike</strong>: {topicLabel(spike.topic)}, {spike.count} items at{' '}
              {new Date(spike.t).toLocaleString()} (usually about {Math.round(spike.baseline)})
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
