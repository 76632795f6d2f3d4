import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { QUEUES, type IngestAccepted, type IngestItem, type IngestJobData } from '@auscult/contracts';
import type { AuscultConfig } from '@auscult/config';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { AUSCULT_CONFIG } from '../config/config.module.js';
import { DomainError } from '../errors/domain-error.js';
import { REDIS } from '../redis/redis.module.js';
import { enqueueIngestItems, ingestJobOptions, itemIdFor } from '@auscult/connectors';

// The backlog is read from Redis at most this often, not on every request.
const BACKLOG_CHECK_MS = 250;
const BACKLOG_READ_TIMEOUT_MS = 500;

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
    await this.refuseWhenBacklogged();
    try {
      const { isDuplicate } = await enqueueIngestItems(
        { queue: this.queue, redis: this.redis },
        items,
        new Date().toISOString(),
        ingestJobOptions(this.config.ingestBackoffMs),
      );
      return items.map((item, i) => ({
        id: itemIdFor(item.source, item.externalId),
        externalId: item.externalId,
        duplicate: isDuplicate[i] ?? false,
      }));
    } catch (e) {
      this.logger.warn(
        { err: e instanceof Error ? e.message : String(e), items: items.length },
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
}
