import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { JOB_NAMES, QUEUES, type AuscultJob, type IngestJobData, type JobName } from '@auscult/contracts';
import type { AuscultConfig } from '@auscult/config';
import { UnrecoverableError, type Job } from 'bullmq';
import { AUSCULT_CONFIG } from '../config.js';
import { WorkerMetrics } from '../ops/worker-metrics.service.js';
import { Batcher } from './ingest-batcher.js';
import { IngestPipeline, type PipelineOutcome } from './ingest-pipeline.service.js';

type IngestJob = Extract<AuscultJob, { queue: typeof QUEUES.ingest }>;
type Handlers = {
  [N in IngestJob['name']]: (data: Extract<IngestJob, { name: N }>['data']) => Promise<PipelineOutcome>;
};

/** Fails start-up when the contract names a job this processor cannot handle, or the other way round. */
export function assertHandlesExactly(queue: keyof typeof JOB_NAMES, handled: readonly string[]): void {
  const expected = [...JOB_NAMES[queue]].sort();
  const actual = [...handled].sort();
  if (expected.join() !== actual.join()) {
    throw new Error(
      `queue "${queue}": the contract names jobs [${expected.join(', ')}] but handlers exist for [${actual.join(', ')}]`,
    );
  }
}

@Processor(QUEUES.ingest)
export class IngestProcessor extends WorkerHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(IngestProcessor.name);
  private readonly handlers: Handlers;
  private readonly batcher: Batcher<IngestJobData, PipelineOutcome>;

  constructor(
    pipeline: IngestPipeline,
    metrics: WorkerMetrics,
    @Inject(AUSCULT_CONFIG) private readonly config: AuscultConfig,
  ) {
    super();
    this.batcher = new Batcher(
      {
        runBatch: (jobs) => pipeline.processBatch(jobs),
        onFallback: (size, error) => {
          metrics.batchFallbacks.inc();
          this.logger.warn(
            { size, err: error instanceof Error ? error.message : String(error) },
            'batch failed as a whole; storing its items one by one',
          );
        },
      },
      config.ingestBatchSize,
    );
    this.handlers = { 'ingest.item': (data) => this.batcher.submit(data) };
    assertHandlesExactly(QUEUES.ingest, Object.keys(this.handlers));
  }

  /** Enough jobs in hand to fill two batches; with a batch size of 1 this is the old one-at-a-time worker. */
  onApplicationBootstrap(): void {
    this.worker.concurrency = Math.max(this.config.workerConcurrency, 2 * this.config.ingestBatchSize);
  }

  /** SIGTERM: take no new jobs and let the ones in hand finish (their batch commits) before pools close. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }

  /** Every failed attempt, with its job id; the item's text never reaches a log. */
  @OnWorkerEvent('failed')
  onFailed(job: Job<IngestJobData> | undefined, error: Error): void {
    const attempts = job?.opts.attempts ?? 1;
    this.logger.warn(
      { jobId: job?.id, itemId: job?.data.id, attempt: job?.attemptsMade, attempts, err: error.message },
      (job?.attemptsMade ?? 0) >= attempts
        ? 'ingest job failed for good: dead letter'
        : 'ingest job failed; will retry',
    );
  }

  async process(job: Job<IngestJob['data'], PipelineOutcome, JobName>): Promise<PipelineOutcome> {
    const handler = this.handlers[job.name as IngestJob['name']];
    // A job name without a handler can never succeed: straight to the failed set, not retried.
    if (!handler) throw new UnrecoverableError(`no handler for job "${job.name}"`);
    const started = Date.now();
    const outcome = await handler(job.data);
    this.logger.debug(
      {
        jobId: job.id,
        itemId: outcome.itemId,
        stored: outcome.stored,
        ms: Date.now() - started,
        attempt: job.attemptsMade + 1,
      },
      'item processed',
    );
    return outcome;
  }
}
