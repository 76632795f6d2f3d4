// How every producer (POST /api/v1/ingest, webhooks, pollers, the bulk import) hands items to the
// worker: one queue, one job id scheme and one set of duplicate markers, so an item that arrives by
// two paths, or twice by one, is one job and one row.
import { ingestJobId, type IngestItem, type IngestJobData } from '@auscult/contracts';
import type { JobsOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { itemIdFor } from './item-id.js';

/**
 * Queue rules for every ingest job, whoever adds it (API, pollers, import): retried with exponential
 * backoff across a PostgreSQL restart (~1 s … ~4 min over 10 attempts with the default first delay);
 * completed jobs kept an hour, failed ones (the dead letters admins list and replay) a week.
 */
export function ingestJobOptions(firstRetryMs = 1000): JobsOptions {
  return {
    attempts: 10,
    backoff: { type: 'exponential', delay: firstRetryMs },
    removeOnComplete: { age: 3600, count: 10_000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}

// As long as the API remembers a delivered (source, externalId) for duplicate reporting.
const SEEN_TTL_SECONDS = 30 * 24 * 3600;

export interface EnqueueResult {
  accepted: number;
  duplicates: number;
  /** Per input item, in order: already delivered (earlier, or earlier in this batch). */
  isDuplicate: boolean[];
}

export type IngestQueue = Queue<IngestJobData>;

/** The ingest queue and a Redis connection on the same server for the duplicate markers. */
export interface IngestTarget {
  queue: IngestQueue;
  redis: Redis;
}

/** Adds the items not delivered before as ingest jobs, in one round trip for the jobs. */
export async function enqueueIngestItems(
  { queue, redis }: IngestTarget,
  items: readonly IngestItem[],
  receivedAt: string = new Date().toISOString(),
  jobOptions: JobsOptions = ingestJobOptions(),
): Promise<EnqueueResult> {
  if (items.length === 0) return { accepted: 0, duplicates: 0, isDuplicate: [] };
  const prefix = queue.opts.prefix ?? 'bull';
  const jobIds = items.map((item) => ingestJobId(item.source, item.externalId));
  const seenKeys = jobIds.map((jobId) => `${prefix}:ingest-seen:${jobId}`);
  const known = await redis.mget(...seenKeys);
  const firstIndex = new Map<string, number>();
  jobIds.forEach((jobId, i) => firstIndex.has(jobId) || firstIndex.set(jobId, i));
  const fresh = items.flatMap((item, i) => (known[i] === null && firstIndex.get(jobIds[i]) === i ? [i] : []));
  if (fresh.length > 0) {
    await queue.addBulk(
      fresh.map((i) => ({
        name: 'ingest.item' as const,
        data: { id: itemIdFor(items[i].source, items[i].externalId), item: items[i], receivedAt },
        opts: { ...jobOptions, jobId: jobIds[i] },
      })),
    );
  }
  // Marked only once the jobs are in Redis; a crash in between makes a re-send look new, which
  // is harmless: the job id and the database's unique key still keep one item.
  const pipeline = redis.pipeline();
  for (const i of fresh) pipeline.set(seenKeys[i], '1', 'EX', SEEN_TTL_SECONDS, 'NX');
  const marked = (await pipeline.exec()) ?? [];
  const won = new Set(fresh.filter((_, k) => marked[k]?.[1] === 'OK'));
  const isDuplicate = items.map((_, i) => !won.has(i));
  const accepted = won.size;
  return { accepted, duplicates: items.length - accepted, isDuplicate };
}
