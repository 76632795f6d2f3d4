import type { IngestItem } from './item.js';

export const QUEUES = {
  ingest: 'ingest',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface IngestJobData {
  /** The item id the API answered with, derived from (source, externalId). */
  id: string;
  item: IngestItem;
  receivedAt: string;
}

/** Every job of every queue: one discriminated union, so a worker can check it has one handler per name. */
export type AuscultJob = { queue: typeof QUEUES.ingest; name: 'ingest.item'; data: IngestJobData };
export type JobName = AuscultJob['name'];
export const JOB_NAMES: Record<QueueName, readonly JobName[]> = {
  ingest: ['ingest.item'],
};

/**
 * The deterministic job id for an item: BullMQ dedupes on it, so a re-send of the same
 * (source, externalId) is recognised. BullMQ forbids ':' in custom ids; encodeURIComponent
 * removes it and keeps the id reversible and collision-free ('|' is encoded too).
 */
export function ingestJobId(source: string, externalId: string): string {
  return `item|${encodeURIComponent(source)}|${encodeURIComponent(externalId)}`;
}
