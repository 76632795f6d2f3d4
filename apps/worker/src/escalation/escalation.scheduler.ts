import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { escalationJobId, QUEUES, type EscalationJobData } from '@auscult/contracts';
import type { JobsOptions, Queue } from 'bullmq';

/** Level 1: the unit's charge nurse; level 2: the patient-experience lead. Nobody sits above them. */
export const LAST_ESCALATION_LEVEL = 2;

const JOB_OPTIONS: JobsOptions = {
  // A check that fails on a database or Redis hiccup must still run: a missed escalation is a patient left waiting.
  attempts: 8,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 10_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
};

/** Each further level waits one more SLA window: the charge nurse gets the same time the unit had. */
export function escalationDueAt(firstDueAt: Date, windowMinutes: number, level: number): Date {
  return new Date(firstDueAt.getTime() + (level - 1) * windowMinutes * 60_000);
}

/** Puts escalation checks on the delayed queue; the deterministic job id makes every call idempotent. */
@Injectable()
export class EscalationScheduler {
  private readonly logger = new Logger(EscalationScheduler.name);

  constructor(@InjectQueue(QUEUES.escalation) private readonly queue: Queue<EscalationJobData>) {}

  async schedule(itemId: string, level: number, dueAt: Date): Promise<void> {
    const delay = Math.max(0, dueAt.getTime() - Date.now());
    await this.queue.add(
      'escalation.check',
      { itemId, level },
      { ...JOB_OPTIONS, jobId: escalationJobId(itemId, level), delay },
    );
  }

  /** For callers whose own work is already committed: a lost schedule is logged, and the start-up sweep restores it. */
  async scheduleOrLog(itemId: string, level: number, dueAt: Date): Promise<void> {
    try {
      await this.schedule(itemId, level, dueAt);
    } catch (err) {
      this.logger.error(
        { itemId, level, err: err instanceof Error ? err.message : String(err) },
        'escalation not scheduled; the start-up sweep will retry',
      );
    }
  }

  /**
   * Removes every check of the item that has not started (a person decided: reclassified, forwarded).
   * A check already running re-reads the row and finds nothing to do.
   */
  async cancelAll(itemId: string): Promise<number> {
    let removed = 0;
    for (let level = 1; level <= LAST_ESCALATION_LEVEL; level += 1) {
      const job = await this.queue.getJob(escalationJobId(itemId, level));
      if (!job || (await job.getState()) === 'active') continue;
      await job.remove();
      removed += 1;
    }
    return removed;
  }

  /**
   * Adds the check when Redis lost it. A failed check gets another chance; a completed one ran while
   * the item was claimed, and the item is open again (unassigned), so it needs a fresh check.
   */
  async ensureScheduled(
    itemId: string,
    level: number,
    dueAt: Date,
  ): Promise<'present' | 'added' | 'retried'> {
    const existing = await this.queue.getJob(escalationJobId(itemId, level));
    const state = existing ? await existing.getState() : 'missing';
    if (existing && state === 'failed') {
      await existing.retry('failed');
      return 'retried';
    }
    if (existing && state !== 'completed') return 'present';
    await existing?.remove();
    await this.schedule(itemId, level, dueAt);
    return 'added';
  }
}
