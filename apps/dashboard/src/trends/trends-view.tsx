import { useState } from 'react';
import { SlaReportView } from '../admin/sla-report';
import { useSignedIn } from '../auth/session-context';
import { TrendsChart } from './trends-chart';
import {
  ChannelsPanel,
  HeadlinePanel,
  MixPanel,
  ResponseTimesPanel,
  SentimentPanel,
  TopicsPanel,
  UnitsPanel,
} from './trend-panels';
import { TREND_RANGES, type TrendRange } from './trend-series';
import { useTrends } from './use-trends';
import './trends.css';

const RANGES = Object.keys(TREND_RANGES) as TrendRange[];

/** The trends view: counts over a chosen range, live; aggregates only, never an item's text. */
export function TrendsView() {
  const { user } = useSignedIn();
  const [range, setRange] = useState<TrendRange>('12h');
  // The SLA report is for PX and executives here; admins have it on their own screen.
  const showsSlaReport = user.role === 'px' || user.role === 'executive';
  const query = useTrends(range);
  const trends = query.data;

  return (
    <main className="trends-view" aria-labelledby="trends-view-title">
      <div className="trends-bar">
        <h2 id="trends-view-title">Trends</h2>
        <label>
          Trend range
          <select value={range} onChange={(e) => setRange(e.target.value as TrendRange)}>
            {RANGES.map((r) => (
              <option key={r} value={r}>
                {TREND_RANGES[r].label}
              </option>
            ))}
          </select>
        </label>
        {query.isFetching && <span className="muted small">Updating…</span>}
      </div>
      {query.isPending && <p className="muted">Loading trends…</p>}
      {query.isError && (
        <p role="alert" className="form-error">
          Could not load trends: {query.error.message}
        </p>
      )}
      {trends && (
        <div className="trends-grid">
          <div className="wide">
            <TrendsChart trends={trends} range={range} />
          </div>
          <MixPanel trends={trends} />
          <HeadlinePanel trends={trends} />
          <TopicsPanel trends={trends} />
          <ChannelsPanel trends={trends} />
          <UnitsPanel trends={trends} />
          <ResponseTimesPanel trends={trends} />
          <div className="wide">
            <SentimentPanel trends={trends} />
          </div>
          {showsSlaReport && (
            <div className="wide">
              <SlaReportView />
            </div>
          )}
        </div>
      )}
    </main>
  );
}
