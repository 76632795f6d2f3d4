import { useMemo, useState } from 'react';
import type { SlaShare } from '@auscult/contracts';
import { apiDownload } from '../auth/api-client';
import { useSignedIn } from '../auth/session-context';
import { KIND_LABELS, ROLE_LABELS, URGENCY_LABELS, formatPercent } from '../ui/labels';
import { useSlaReport } from './use-admin';

const RANGES = { '7': 'Last 7 days', '30': 'Last 30 days', '90': 'Last 90 days' } as const;
type RangeDays = keyof typeof RANGES;

function rangeOf(days: RangeDays, now = Date.now()): { from: string; to: string } {
  // Whole minutes, so the query key stays put across renders.
  const to = Math.ceil(now / 60_000) * 60_000;
  return { from: new Date(to - Number(days) * 86_400_000).toISOString(), to: new Date(to).toISOString() };
}

function ShareRow({ label, share }: { label: string; share: SlaShare }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td className="num">{share.share === null ? '–' : formatPercent(share.share)}</td>
      <td className="num">{share.met}</td>
      <td className="num">{share.breached}</td>
      <td className="num">{share.pending}</td>
      <td className="num">{share.total}</td>
    </tr>
  );
}

function ShareTable({
  caption,
  rows,
}: {
  caption: string;
  rows: { key: string; label: string; share: SlaShare }[];
}) {
  return (
    <table className="rules">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{caption.replace(/^By /, '')}</th>
          <th scope="col" className="num">
            Met
          </th>
          <th scope="col" className="num">
            In time
          </th>
          <th scope="col" className="num">
            Breached
          </th>
          <th scope="col" className="num">
            Pending
          </th>
          <th scope="col" className="num">
            Items
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <ShareRow key={row.key} label={row.label} share={row.share} />
        ))}
      </tbody>
    </table>
  );
}

/** The share of items acknowledged within their SLA, per unit, team and urgency; exportable as CSV. */
export function SlaReportView() {
  const { accessToken } = useSignedIn();
  const [days, setDays] = useState<RangeDays>('7');
  const { from, to } = useMemo(() => rangeOf(days), [days]);
  const query = useSlaReport(from, to);
  const [exportError, setExportError] = useState<string | null>(null);
  const report = query.data;

  async function exportReport() {
    setExportError(null);
    try {
      const blob = await apiDownload(
        `/api/v1/reports/sla.csv?${new URLSearchParams({ from, to }).toString()}`,
        accessToken,
      );
      const url = URL.createObjectURL(blob);
      const link = Object.assign(document.createElement('a'), {
        href: url,
        download: `auscult-sla-${days}d.csv`,
      });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <section className="trends" aria-labelledby="sla-report-title">
      <div className="section-head">
        <h2 id="sla-report-title">SLA report</h2>
        <label className="small">
          Report range{' '}
          <select value={days} onChange={(e) => setDays(e.target.value as RangeDays)}>
            {Object.entries(RANGES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void exportReport()}>
          Export CSV
        </button>
      </div>
      {exportError && (
        <p role="alert" className="form-error">
          Export failed: {exportError}
        </p>
      )}
      {query.isPending && <p className="muted">Loading the report…</p>}
      {query.isError && (
        <p role="alert" className="form-error">
          Could not load the report: {query.error.message}
        </p>
      )}
      {report && (
        <div className="report-tables">
          <ShareTable caption="Overall" rows={[{ key: 'all', label: 'All items', share: report.overall }]} />
          <ShareTable
            caption="By unit"
            rows={report.byUnit.map((row) => ({
              key: row.unit ?? '-',
              label: row.unit ?? 'Unrouted',
              share: row,
            }))}
          />
          <ShareTable
            caption="By team"
            rows={report.byTeam.map((row) => ({
              key: row.team,
              label: row.team === 'unassigned' ? 'Unassigned' : ROLE_LABELS[row.team],
              share: row,
            }))}
          />
          <ShareTable
            caption="By urgency"
            rows={report.byUrgency.map((row) => ({
              key: `${row.kind}-${row.urgency}`,
              label: `${KIND_LABELS[row.kind]} · ${URGENCY_LABELS[row.urgency]}`,
              share: row,
            }))}
          />
        </div>
      )}
    </section>
  );
}
