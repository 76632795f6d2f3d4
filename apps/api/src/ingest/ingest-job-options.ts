import type { DefaultJobOptions } from 'bullmq';

/**
 * Queue rules for ingest jobs: retried with exponential backoff across a Postgres restart
 * (~1 s … ~4 min over 10 attempts with the default first delay); completed jobs kept an hour,
 * failed ones (the dead letters admins list and replay) a week.
 */
export function ingestJobOptions(firstRetryMs: number): DefaultJobOptions {
  return {
    attempts: 10,
    backoff: { type: 'exponential', delay: firstRetryMs },
    removeOnComplete: { age: 3600, count: 10_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}
