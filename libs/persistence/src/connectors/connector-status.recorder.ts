// Records each source's outcomes (a push delivery, a pull fetch) and reads them back as health.
// Plain class over a DataSource so the API, the worker's pollers and tools can all use it.
import type { ConnectorHealth, ConnectorKind, ConnectorState } from '@auscult/contracts';
import type { DataSource } from 'typeorm';

export interface OutcomeOptions {
  kind: ConnectorKind;
  /** The source's rhythm; silent or failing for longer than twice this raises an alert. */
  expectedIntervalSeconds?: number;
  at?: Date;
}

export interface SuccessOptions extends OutcomeOptions {
  items: number;
  /** postedAt of the newest item in this delivery/fetch, for the lag. */
  newestItemAt?: Date;
}

export interface FailureOptions extends OutcomeOptions {
  /** A reason without item text, tokens or personal data; cut to 500 characters. */
  error: string;
}

interface StatusRow {
  source: string;
  kind: ConnectorKind;
  expected_interval_seconds: number | null;
  last_success_at: Date | null;
  last_item_at: Date | null;
  last_error_at: Date | null;
  last_error: string | null;
  failing_since: Date | null;
  successes: string | null;
  failures: string | null;
  items: string | null;
}

const MAX_ERROR_LENGTH = 500;
// Silent for longer than this many rhythms is an alert: one late poll or a quiet hour is not.
const SILENCE_FACTOR = 2;

export class ConnectorStatusRecorder {
  constructor(private readonly dataSource: DataSource) {}

  async recordSuccess(source: string, options: SuccessOptions): Promise<void> {
    const at = options.at ?? new Date();
    await this.dataSource.query(
      `INSERT INTO connector_status (source, kind, expected_interval_seconds, last_success_at, last_item_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (source) DO UPDATE SET
         kind = EXCLUDED.kind,
         expected_interval_seconds = COALESCE(EXCLUDED.expected_interval_seconds, connector_status.expected_interval_seconds),
         last_success_at = GREATEST(connector_status.last_success_at, EXCLUDED.last_success_at),
         last_item_at = GREATEST(connector_status.last_item_at, EXCLUDED.last_item_at),
         failing_since = NULL,
         updated_at = now()`,
      [source, options.kind, options.expectedIntervalSeconds ?? null, at, options.newestItemAt ?? null],
    );
    await this.count(source, at, 1, 0, options.items);
  }

  async recordFailure(source: string, options: FailureOptions): Promise<void> {
    const at = options.at ?? new Date();
    await this.dataSource.query(
      `INSERT INTO connector_status (source, kind, expected_interval_seconds, last_error_at, last_error, failing_since, updated_at)
       VALUES ($1, $2, $3, $4, $5, $4, now())
       ON CONFLICT (source) DO UPDATE SET
         kind = EXCLUDED.kind,
         expected_interval_seconds = COALESCE(EXCLUDED.expected_interval_seconds, connector_status.expected_interval_seconds),
         last_error_at = EXCLUDED.last_error_at,
         last_error = EXCLUDED.last_error,
         failing_since = COALESCE(connector_status.failing_since, EXCLUDED.failing_since),
         updated_at = now()`,
      [
        source,
        options.kind,
        options.expectedIntervalSeconds ?? null,
        at,
        options.error.slice(0, MAX_ERROR_LENGTH),
      ],
    );
    await this.count(source, at, 0, 1, 0);
  }

  /** Every source that has reported at least once, with its health as of `now`. */
  async list(now: Date = new Date()): Promise<ConnectorHealth[]> {
    const rows: StatusRow[] = await this.dataSource.query(
      `SELECT s.*, o.successes, o.failures, o.items
         FROM connector_status s
         LEFT JOIN (
           SELECT source, sum(successes) AS successes, sum(failures) AS failures, sum(items) AS items
             FROM connector_outcomes_hourly WHERE hour > $1::timestamptz - interval '24 hours' GROUP BY source
         ) o ON o.source = s.source
        ORDER BY s.source`,
      [now],
    );
    return rows.map((row) => toHealth(row, now));
  }

  private async count(source: string, at: Date, successes: number, failures: number, items: number) {
    await this.dataSource.query(
      `INSERT INTO connector_outcomes_hourly (source, hour, successes, failures, items)
       VALUES ($1, date_trunc('hour', $2::timestamptz), $3, $4, $5)
       ON CONFLICT (source, hour) DO UPDATE SET
         successes = connector_outcomes_hourly.successes + EXCLUDED.successes,
         failures = connector_outcomes_hourly.failures + EXCLUDED.failures,
         items = connector_outcomes_hourly.items + EXCLUDED.items`,
      [source, at, successes, failures, items],
    );
  }
}

function toHealth(row: StatusRow, now: Date): ConnectorHealth {
  const successes = Number(row.successes ?? 0);
  const failures = Number(row.failures ?? 0);
  const state = stateOf(row, now);
  const lag =
    row.last_success_at && row.last_item_at
      ? Math.max(0, Math.round((row.last_success_at.getTime() - row.last_item_at.getTime()) / 1000))
      : null;
  return {
    source: row.source,
    kind: row.kind,
    expectedIntervalSeconds: row.expected_interval_seconds,
    lastSuccessAt: row.last_success_at?.toISOString() ?? null,
    lastItemAt: row.last_item_at?.toISOString() ?? null,
    lagSeconds: lag,
    lastErrorAt: row.last_error_at?.toISOString() ?? null,
    lastError: row.last_error,
    errorRate24h: successes + failures === 0 ? null : failures / (successes + failures),
    outcomes24h: { successes, failures, items: Number(row.items ?? 0) },
    state,
    isAlerting: state === 'silent' || state === 'failing',
  };
}

/** Judged against the source's rhythm; a source without one is never alerting (we cannot know). */
export function stateOf(
  row: Pick<StatusRow, 'expected_interval_seconds' | 'last_success_at' | 'failing_since'>,
  now: Date,
): ConnectorState {
  const rhythm = row.expected_interval_seconds;
  const success = row.last_success_at?.getTime() ?? null;
  const failingSince = row.failing_since?.getTime() ?? null;
  if (rhythm === null) return success !== null && failingSince === null ? 'ok' : 'unknown';
  const limit = rhythm * SILENCE_FACTOR * 1000;
  // Failing since the first error after the last success: one transient error is not yet an alert.
  if (failingSince !== null) return now.getTime() - failingSince > limit ? 'failing' : 'ok';
  if (success === null) return 'unknown';
  return now.getTime() - success > limit ? 'silent' : 'ok';
}
