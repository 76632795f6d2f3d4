// The connector_cursors table: a poller claims its row (lease + backoff check in one statement),
// saves its cursor after each page, and settles the run as a success or a failure with backoff.
import type { JsonValue } from '@auscult/connectors';
import type { DataSource } from 'typeorm';

export interface Claim {
  cursor: JsonValue;
  failures: number;
}

// 30 s, 1 min, 2 min … capped at an hour: a source that is down is not hammered, and comes back
// within the hour once it answers again.
const BACKOFF_BASE_SECONDS = 30;
const BACKOFF_MAX_SECONDS = 3600;

export function backoffSeconds(failures: number): number {
  return Math.min(BACKOFF_BASE_SECONDS * 2 ** Math.max(0, failures - 1), BACKOFF_MAX_SECONDS);
}

export class CursorStore {
  constructor(private readonly ds: DataSource) {}

  /**
   * Takes the poller's lease unless another worker holds it or its backoff has not run out;
   * null means "not now". A first claim creates the row with the initial cursor.
   */
  async claim(key: string, source: string, initial: JsonValue, leaseSeconds: number): Promise<Claim | null> {
    await this.ds.query(
      `INSERT INTO connector_cursors (poller_key, source, cursor) VALUES ($1, $2, $3) ON CONFLICT (poller_key) DO NOTHING`,
      [key, source, JSON.stringify(initial)],
    );
    const rows = returned<{ cursor: JsonValue; failures: number }>(
      await this.ds.query(
        `UPDATE connector_cursors
          SET leased_until = now() + make_interval(secs => $2), last_polled_at = now(), updated_at = now()
        WHERE poller_key = $1
          AND (leased_until IS NULL OR leased_until < now())
          AND (not_before IS NULL OR not_before <= now())
        RETURNING cursor, failures`,
        [key, leaseSeconds],
      ),
    );
    return rows[0] ?? null;
  }

  async saveCursor(key: string, cursor: JsonValue): Promise<void> {
    await this.ds.query(
      `UPDATE connector_cursors SET cursor = $2, updated_at = now() WHERE poller_key = $1`,
      [key, JSON.stringify(cursor)],
    );
  }

  /** Ends a run that worked: backoff cleared; `pauseUntil` when the source's rate-limit window is spent. */
  async succeed(key: string, pauseUntil: Date | null): Promise<void> {
    await this.ds.query(
      `UPDATE connector_cursors SET failures = 0, not_before = $2, leased_until = NULL, updated_at = now() WHERE poller_key = $1`,
      [key, pauseUntil],
    );
  }

  /** Ends a failed run: no call before the source's own retry time, or before the backoff runs out. */
  async fail(key: string, retryAt: Date | null): Promise<{ failures: number; notBefore: Date }> {
    // On the right of SET, `failures` is the count before this failure: backoffSeconds(failures + 1).
    const rows = returned<{ failures: number; not_before: Date }>(
      await this.ds.query(
        `UPDATE connector_cursors
          SET failures = failures + 1,
              not_before = COALESCE($2, now() + make_interval(secs => LEAST($3 * power(2, LEAST(failures, 20)), $4))),
              leased_until = NULL, updated_at = now()
        WHERE poller_key = $1
        RETURNING failures, not_before`,
        [key, retryAt, BACKOFF_BASE_SECONDS, BACKOFF_MAX_SECONDS],
      ),
    );
    return { failures: rows[0].failures, notBefore: rows[0].not_before };
  }
}

// TypeORM answers an UPDATE … RETURNING on PostgreSQL with [rows, affected count].
function returned<Row>(result: unknown): Row[] {
  const [rows] = result as [Row[], number];
  return rows;
}
