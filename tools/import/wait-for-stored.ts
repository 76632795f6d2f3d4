// --wait: counts the rows the worker has stored for this run (they carry the run's receivedAt)
// until every accepted item is there, the queue has nothing left that could store more, or time runs out.
import pg from 'pg';
import type { IngestQueue } from '@auscult/connectors';
import type { ProgressLine } from './progress.js';
import { rate } from './summary.js';

const POLL_MS = 1000;
// The queue is empty yet rows are missing: give in-flight transactions this long, then report.
const SETTLE_POLLS = 3;

export async function waitForStored(options: {
  databaseUrl: string;
  queue: IngestQueue;
  source: string;
  receivedAt: string;
  expected: number;
  timeoutSeconds: number;
  progress: ProgressLine;
  startedAt: number;
}): Promise<number> {
  const client = new pg.Client({ connectionString: options.databaseUrl, application_name: 'auscult-import' });
  await client.connect();
  try {
    const until = Date.now() + options.timeoutSeconds * 1000;
    let idlePolls = 0;
    for (;;) {
      const { rows } = await client.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM items WHERE source = $1 AND received_at = $2',
        [options.source, options.receivedAt],
      );
      const stored = rows[0].n;
      const seconds = (Date.now() - options.startedAt) / 1000;
      options.progress.update(
        () => `stored ${stored} of ${options.expected} · ${rate(stored, seconds)} items/s`,
        stored >= options.expected,
      );
      if (stored >= options.expected || Date.now() > until) return stored;
      const counts = await options.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      const pending = Object.values(counts).reduce((sum, n) => sum + n, 0);
      idlePolls = pending === 0 ? idlePolls + 1 : 0;
      if (idlePolls >= SETTLE_POLLS) return stored;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  } finally {
    await client.end();
  }
}
