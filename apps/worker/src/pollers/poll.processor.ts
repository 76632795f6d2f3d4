import { Processor, WorkerHost } from '@nestjs/bullmq';
import { QUEUES, type JobName, type PollJobData } from '@auscult/contracts';
import { UnrecoverableError, type Job } from 'bullmq';
import { assertHandlesExactly } from '../ingest/ingest.processor.js';
import { PollerRegistry } from './poller-registry.service.js';
import { PollRunner, type RunOutcome } from './poll-runner.service.js';

// One poll at a time per worker process: pollers spend their time waiting on the network, and the
// sources' rate limits are per account, not per process.
@Processor(QUEUES.poll, { concurrency: 1 })
export class PollProcessor extends WorkerHost {
  constructor(
    private readonly registry: PollerRegistry,
    private readonly runner: PollRunner,
  ) {
    super();
    assertHandlesExactly(QUEUES.poll, ['poll.source']);
  }

  // A failed poll is settled here (backoff in connector_cursors, outcome in connector_status), so
  // the job itself succeeds and BullMQ does not retry on top of the backoff.
  async process(job: Job<PollJobData, RunOutcome, JobName>): Promise<RunOutcome> {
    if (job.name !== 'poll.source') throw new UnrecoverableError(`no handler for job "${job.name}"`);
    const poller = this.registry.get(job.data.key);
    if (!poller) throw new UnrecoverableError(`no poller "${job.data.key}" is configured in this worker`);
    return this.runner.run(poller, this.registry.timeoutSeconds);
  }
}
