import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { JOB_NAMES, QUEUES, type AuscultJob, type JobName } from '@auscult/contracts';
import { UnrecoverableError, type Job } from 'bullmq';
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
export class IngestProcessor extends WorkerHost {
  private readonly logger = new Logger(IngestProcessor.name);
  private readonly handlers: Handlers;

  constructor(pipeline: IngestPipeline) {
    super();
    this.handlers = { 'ingest.item': (data) => pipeline.process(data) };
    assertHandlesExactly(QUEUES.ingest, Object.keys(this.handlers));
  }

  async process(job: Job<IngestJob['data'], PipelineOutcome, JobName>): Promise<PipelineOutcome> {
    const handler = this.handlers[job.name as IngestJob['name']];
    // A job name without a handler can never succeed: straight to the failed set, not retried.
    if (!handler) throw new UnrecoverableError(`no handler for job "${job.name}"`);
    const started = Date.now();
    const outcome = await handler(job.data);
    this.logger.log(
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
