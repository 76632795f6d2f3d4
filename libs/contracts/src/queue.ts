import type { IngestItem } from './item.js';

export const QUEUES = {
  ingest: 'ingest',
  escalation: 'escalation',
  poll: 'poll',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface IngestJobData {
  /** The item id the API answered with, derived from (source, externalId). */
  id: string;
  item: IngestItem;
  receivedAt: string;
}

/** Check, when an item's SLA window has run out, whether it must escalate to `level`. */
export interface EscalationJobData {
  itemId: string;
  level: number;
}

/**
 * Re-plan an item's escalation after a human decision (reclassify, forward): the worker cancels
 * pending checks when it no longer needs escalating, or schedules the next one from its due time.
 */
export interface EscalationReplanJobData {
  itemId: string;
  reason: 'reclassified' | 'forwarded';
}

/** Poll one pull source (a repeatable job per configured poller; the cursor lives in PostgreSQL). */
export interface PollJobData {
  /** The poller's key, e.g. `twitter` or `rss:3f2a…`. */
  key: string;
}

/** Every job of every queue: one discriminated union, so a worker can check it has one handler per name. */
export type AuscultJob =
  | { queue: typeof QUEUES.ingest; name: 'ingest.item'; data: IngestJobData }
  | { queue: typeof QUEUES.escalation; name: 'escalation.check'; data: EscalationJobData }
  | { queue: typeof QUEUES.escalation; name: 'escalation.replan'; data: EscalationReplanJobData }
  | { queue: typeof QUEUES.poll; name: 'poll.source'; data: PollJobData };
export type JobName = AuscultJob['name'];
export const JOB_NAMES: Record<QueueName, readonly JobName[]> = {
  ingest: ['ingest.item'],
  escalation: ['escalation.check', 'escalation.replan'],
  poll: ['poll.source'],
};

/**
 * The deterministic job id for an item: BullMQ dedupes on it, so a re-send of the same
 * (source, externalId) is recognised. BullMQ forbids ':' in custom ids; encodeURIComponent
 * removes it and keeps the id reversible and collision-free ('|' is encoded too).
 */
export function ingestJobId(source: string, externalId: string): string {
  return `item|${encodeURIComponent(source)}|${encodeURIComponent(externalId)}`;
}

/** One escalation check per (item, level): scheduling it twice (pipeline and start-up sweep) adds it once. */
export function escalationJobId(itemId: string, level: number): string {
  return `escalation|${encodeURIComponent(itemId)}|${level}`;
}

/** Replans are deduplicated per item and decision version: a retry of the same request adds it once. */
export function escalationReplanJobId(itemId: string, version: number): string {
  return `replan|${encodeURIComponent(itemId)}|${version}`;
}

/** One job scheduler per poller: upserting it again (every worker start) keeps one. */
export function pollSchedulerId(key: string): string {
  return `poll|${encodeURIComponent(key)}`;
}
