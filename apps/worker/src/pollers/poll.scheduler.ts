// One BullMQ job scheduler per configured poller (upserted at every start, so several workers keep
// one each); schedulers of pollers no longer configured are removed.
import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { pollSchedulerId, QUEUES, type PollJobData } from '@auscult/contracts';
import type { Queue } from 'bullmq';
import { PollerRegistry } from './poller-registry.service.js';

@Injectable()
export class PollScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(PollScheduler.name);

  constructor(
    @InjectQueue(QUEUES.poll) private readonly queue: Queue<PollJobData>,
    private readonly registry: PollerRegistry,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const wanted = new Set<string>();
    for (const poller of this.registry.all()) {
      const id = pollSchedulerId(poller.key);
      wanted.add(id);
      await this.queue.upsertJobScheduler(
        id,
        { every: poller.intervalSeconds * 1000 },
        {
          name: 'poll.source',
          data: { key: poller.key },
          opts: { removeOnComplete: { count: 100 }, removeOnFail: { age: 7 * 24 * 3600 } },
        },
      );
    }
    for (const scheduler of await this.queue.getJobSchedulers()) {
      if (scheduler.key !== undefined && !wanted.has(scheduler.key))
        await this.queue.removeJobScheduler(scheduler.key);
    }
    if (wanted.size > 0) this.logger.log({ pollers: [...wanted] }, 'pull sources scheduled');
  }
}
