import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { QUEUES, type AuscultJob, type JobName } from '@auscult/contracts';
import { UnrecoverableError, type Job } from 'bullmq';
import { assertHandlesExactly } from '../ingest/ingest.processor.js';
import { EscalationService, type EscalationOutcome, type ReplanOutcome } from './escalation.service.js';

type EscalationJob = Extract<AuscultJob, { queue: typeof QUEUES.escalation }>;
type Outcome = EscalationOutcome | ReplanOutcome;
type Handlers = {
  [N in EscalationJob['name']]: (data: Extract<EscalationJob, { name: N }>['data']) => Promise<Outcome>;
};

@Processor(QUEUES.escalation)
export class EscalationProcessor extends WorkerHost implements BeforeApplicationShutdown {
  private readonly logger = new Logger(EscalationProcessor.name);
  private readonly handlers: Handlers;

  constructor(escalation: EscalationService) {
    super();
    this.handlers = {
      'escalation.check': (data) => escalation.escalate(data),
      'escalation.replan': (data) => escalation.replan(data),
    };
    assertHandlesExactly(QUEUES.escalation, Object.keys(this.handlers));
  }

  /** SIGTERM: finish the check in hand, take no new one, before the pools close. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }

  async process(job: Job<EscalationJob['data'], Outcome, JobName>): Promise<Outcome> {
    const handler = this.handlers[job.name as EscalationJob['name']] as
      ((data: EscalationJob['data']) => Promise<Outcome>) | undefined;
    // A job name without a handler can never succeed: straight to the failed set, not retried.
    if (!handler) throw new UnrecoverableError(`no handler for job "${job.name}"`);
    const outcome = await handler(job.data);
    this.logger.log({ jobId: job.id, job: job.name, ...outcome }, 'escalation job done');
    return outcome;
  }
}
