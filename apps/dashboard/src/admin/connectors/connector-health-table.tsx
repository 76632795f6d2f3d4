import type { ConnectorHealth } from '@auscult/contracts';
import { useConnectorHealth } from './use-connectors';

const STATE_TEXT: Record<ConnectorHealth['state'], string> = {
  ok: 'OK',
  silent: 'Silent',
  failing: 'Failing',
  unknown: 'No data yet',
};

function ago(iso: string | null): string {
  if (!iso) return '—';
  const minutes = Math.round((Date.now() - Date.parse(iso)) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 120) return `${minutes} min ago`;
  return `${Math.round(minutes / 60)} h ago`;
}

function duration(seconds: number | null): string {
  if (seconds === null) return '—';
  if (seconds < 120) return `${seconds} s`;
  if (seconds < 7200) return `${Math.round(seconds / 60)} min`;
  return `${Math.round(seconds / 3600)} h`;
}

export function ConnectorHealthTable() {
  const health = useConnectorHealth();
  if (health.isPending) return <p className="muted">Loading connector health…</p>;
  if (health.isError) return <p className="form-error">Connector health: {health.error.message}</p>;
  const { connectors, alerting } = health.data;
  return (
    <section aria-labelledby="connector-health-title" className="admin-section">
      <h2 id="connector-health-title">Sources</h2>
      {alerting.length > 0 && (
        <p className="admin-alert" role="alert">
          Needs attention: {alerting.join(', ')} — silent or failing for longer than expected.
        </p>
      )}
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Kind</th>
            <th scope="col">State</th>
            <th scope="col">Last success</th>
            <th scope="col">Lag</th>
            <th scope="col">Errors (24 h)</th>
            <th scope="col">Last error</th>
          </tr>
        </thead>
        <tbody>
          {connectors.map((c) => (
            <tr key={c.source} className={c.isAlerting ? 'is-alerting' : undefined}>
              <th scope="row">{c.source}</th>
              <td>{c.kind}</td>
              <td>{STATE_TEXT[c.state]}</td>
              <td>{ago(c.lastSuccessAt)}</td>
              <td>{duration(c.lagSeconds)}</td>
              <td>
                {c.errorRate24h === null
                  ? '—'
                  : `${Math.round(c.errorRate24h * 100)} % of ${c.outcomes24h.successes + c.outcomes24h.failures}`}
              </td>
              <td className="admin-error-text">
                {c.lastError ? `${c.lastError} (${ago(c.lastErrorAt)})` : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {connectors.length === 0 && <p className="muted">No source is configured or has delivered yet.</p>}
    </section>
  );
}
