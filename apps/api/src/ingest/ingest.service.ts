import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  ingestJobId,
  QUEUES,
  type IngestAccepted,
  type IngestItem,
  type IngestJobData,
} from '@auscult/contracts';
import type { AuscultConfig } from '@auscult/config';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { AUSCULT_CONFIG } from '../config/config.module.js';
import { DomainError } from '../errors/domain-error.js';
import { REDIS } from '../redis/redis.module.js';
import { itemIdFor } from './item-id.js';

// How long a delivered (source, externalId) is remembered for duplicate reporting. The database's
// unique key still guarantees one row per item after that; this only decides `duplicate: true`.
const SEEN_TTL_SECONDS = 30 * 24 * 3600;
// The backlog is read from Redis at most this often, not on every request.
const BACKLOG_CHECK_MS = 250;
const BACKLOG_READ_TIMEOUT_MS = 500;

interface Entry {
  item: IngestItem;
  id: string;
  jobId: string;
}

@Injectable()
export class IngestService {
  private readonly logger = new Logger(IngestService.name);
  private backlog = { waiting: 0, readAt: 0 };

  constructor(
    @InjectQueue(QUEUES.ingest) private readonly queue: Queue<IngestJobData>,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(AUSCULT_CONFIG) private readonly config: AuscultConfig,
  ) {
    // Without a listener BullMQ prints every reconnect failure; one line per outage window is enough.
    let lastWarned = 0;
    this.queue.on('error', (e) => {
      if (Date.now() - lastWarned < 10_000) return;
      lastWarned = Date.now();
      this.logger.warn(
        { err: e.message },
        'ingest queue cannot reach Redis; ingest answers 503 until it is back',
      );
    });
  }

  /** Accepts items only once their jobs are in Redis; answers which were already known. */
  async ingest(items: IngestItem[]): Promise<IngestAccepted[]> {
    const entries: Entry[] = items.map((item) => ({
      item,
      id: itemIdFor(item.source, item.externalId),
      jobId: ingestJobId(item.source, item.externalId),
    }));
    await this.refuseWhenBacklogged();
    try {
      return await this.enqueue(entries);
    } catch (e) {
      this.logger.warn(
        { err: e instanceof Error ? e.message : String(e), items: entries.length },
        'ingest refused: Redis unavailable',
      );
      throw new DomainError('unavailable', 'The queue is unavailable; nothing was accepted. Retry shortly.', {
        retryAfterSeconds: 5,
      });
    }
  }

  /**
   * Past the knee the workers cannot keep up; queueing without bound would only turn seconds of
   * delay into hours and fill Redis. Refusing with 503 + Retry-After makes the sources hold items
   * (they retry) while the backlog drains. Nothing is accepted that is not then kept.
   */
  private async refuseWhenBacklogged(): Promise<void> {
    if (Date.now() - this.backlog.readAt > BACKLOG_CHECK_MS) {
      // BullMQ's client waits for a connection that may never come: bounded, so an unreachable
      // Redis is reported at once by the enqueue that follows.
      const waiting = await Promise.race([
        this.queue.getWaitingCount().catch(() => null),
        new Promise<null>((r) => setTimeout(() => r(null), BACKLOG_READ_TIMEOUT_MS).unref()),
      ]);
      // Unreachable Redis is reported by the enqueue that follows, with its own message.
      if (waiting === null) return;
      this.backlog = { waiting, readAt: Date.now() };
    }
    if (this.backlog.waiting < this.config.ingestMaxBacklog) return;
    this.logger.warn({ waiting: this.backlog.waiting }, 'ingest refused: backlog too deep');
    throw new DomainError(
      'unavailable',
      `The ingest backlog is full (${this.backlog.waiting} items waiting); nothing was accepted. Retry shortly.`,
      { retryAfterSeconds: 2 },
    );
  }

  private async enqueue(entries: Entry[]): Promise<IngestAccepted[]> {
    const seenKey = (e: Entry) => `${this.config.redisPrefix}:ingest-seen:${e.jobId}`;
    const known = await this.redis.mget(...entries.map(seenKey));
    const firstIndexOfJob = new Map<string, number>();
    entries.forEach((e, i) => firstIndexOfJob.has(e.jobId) || firstIndexOfJob.set(e.jobId, i));
    const fresh = entries.filter((e, i) => known[i] === null && firstIndexOfJob.get(e.jobId) === i);
    const receivedAt = new Date().toISOString();
    if (fresh.length > 0) {
      await this.queue.addBulk(
        fresh.map((e) => ({
          name: 'ingest.item',
          data: { id: e.id, item: e.item, receivedAt },
          opts: { jobId: e.jobId },
        })),
      );
    }
    // Marked only after the jobs are safely in Redis: a crash in between makes a re-send look new,
    // which is harmless (the job id and the database's unique key still keep one item).
    const pipeline = this.redis.pipeline();
    fresh.forEach((e) => pipeline.set(seenKey(e), '1', 'EX', SEEN_TTL_SECONDS, 'NX'));
    const marked = (await pipeline.exec()) ?? [];
    const wonRace = new Set(fresh.filter((_, i) => marked[i]?.[1] === 'OK').map((e) => e.jobId));
    return entries.map((e, i) => ({
      id: e.id,
      externalId: e.item.externalId,
      duplicate: !(wonRace.has(e.jobId) && firstIndexOfJob.get(e.jobId) === i),
    }));
  }
}
