import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QUEUES, type AuthUser, type IngestJobData } from '@auscult/contracts';
import { AuditEventEntity } from '@auscult/persistence';
import type { Job, Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { DomainError } from '../errors/domain-error.js';

/** An ingest job whose attempts ran out: what an admin needs to decide, never the item's text. */
export interface DeadLetterView {
  jobId: string;
  itemId: string;
  source: string;
  externalId: string;
  receivedAt: string;
  attemptsMade: number;
  failedReason: string;
  failedAt: string | null;
}

const LIST_LIMIT = 500;

/**
 * The dead-letter list is BullMQ's failed set of the ingest queue: jobs that failed every attempt
 * (retries with backoff across outages come first) are kept there for a week, listed here, and
 * replayed on an admin's word, as the same job with the same deterministic id (so still stored once).
 */
@Injectable()
export class DeadLettersService {
  private readonly logger = new Logger(DeadLettersService.name);

  constructor(
    @InjectQueue(QUEUES.ingest) private readonly queue: Queue<IngestJobData>,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  async list(): Promise<{ total: number; deadLetters: DeadLetterView[] }> {
    const [total, jobs] = await Promise.all([
      this.queue.getFailedCount(),
      this.queue.getFailed(0, LIST_LIMIT - 1),
    ]).catch(() => {
      throw new DomainError('unavailable', 'The queue is unavailable; retry shortly.', {
        retryAfterSeconds: 5,
      });
    });
    return { total, deadLetters: jobs.filter((j): j is Job<IngestJobData> => !!j).map(toView) };
  }

  async replay(jobId: string, by: AuthUser): Promise<DeadLetterView> {
    const job = await this.queue.getJob(jobId);
    if (!job || !(await job.isFailed())) {
      throw new DomainError('not_found', `No dead letter with id "${jobId}".`);
    }
    const view = toView(job);
    await job.retry('failed', { resetAttemptsMade: true });
    await this.ds.getRepository(AuditEventEntity).insert({
      actorId: by.id,
      actorLabel: `user:${by.email}`,
      action: 'dead_letter.replayed',
      itemId: null,
      toState: { jobId, itemId: view.itemId, source: view.source, externalId: view.externalId },
    });
    this.logger.log({ jobId, itemId: view.itemId, by: by.id }, 'dead letter replayed');
    return view;
  }
}

function toView(job: Job<IngestJobData>): DeadLetterView {
  return {
    jobId: job.id ?? '',
    itemId: job.data.id,
    source: job.data.item.source,
    externalId: job.data.item.externalId,
    receivedAt: job.data.receivedAt,
    attemptsMade: job.attemptsMade,
    failedReason: job.failedReason,
    failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
  };
}
