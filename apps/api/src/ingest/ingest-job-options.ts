import type { DefaultJobOptions } from 'bullmq';

/**
 * Queue rules for ingest jobs: retried with exponential backoff across a Postgres restart
 * (~1 s … ~2 min over 10 attempts); completed jobs kept an hour, failed ones a week for inspection.
 */
export const INGEST_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 10,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};
