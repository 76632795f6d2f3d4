// One poll of one source: claim its cursor, read pages (each page's items into the ingest queue,
// then its cursor saved), settle the run, and record the outcome in the connector health table.
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { InjectDataSource } from '@nestjs/typeorm';
import { enqueueIngestItems, newestPostedAt, PollError, type Poller } from '@auscult/connectors';
import { QUEUES, type IngestJobData } from '@auscult/contracts';
import { ConnectorStatusRecorder } from '@auscult/persistence';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { CursorStore } from './cursor-store.js';
import { POLL_REDIS } from './poll-redis.provider.js';

// A run reads at most this many pages, then lets the next scheduled run go on from the cursor:
// a backlog of thousands of mentions never turns one job into a long-running one.
export const MAX_PAGES_PER_RUN = 10;

export type RunOutcome =
  | { status: 'skipped' }
  | { status: 'ok'; pages: number; items: number; accepted: number; pauseUntil: Date | null }
  | { status: 'failed'; error: string; failures: number; notBefore: Date };

@Injectable()
export class PollRunner {
  private readonly logger = new Logger(PollRunner.name);
  private readonly cursors: CursorStore;
  private readonly health: ConnectorStatusRecorder;

  constructor(
    @InjectDataSource() ds: DataSource,
    @InjectQueue(QUEUES.ingest) private readonly queue: Queue<IngestJobData>,
    @Inject(POLL_REDIS) private readonly redis: Redis,
  ) {
    this.cursors = new CursorStore(ds);
    this.health = new ConnectorStatusRecorder(ds);
  }

  async run(poller: Poller, timeoutSeconds: number): Promise<RunOutcome> {
    const leaseSeconds = MAX_PAGES_PER_RUN * (timeoutSeconds + 5) + 60;
    const claim = await this.cursors.claim(poller.key, poller.source, poller.initialCursor(), leaseSeconds);
    if (claim === null) return { status: 'skipped' };
    let cursor = claim.cursor;
    let pages = 0;
    let items = 0;
    let accepted = 0;
    let newest: Date | undefined;
    let pauseUntil: Date | null = null;
    try {
      for (let more = true; more && pages < MAX_PAGES_PER_RUN && pauseUntil === null;) {
        const page = await poller.fetchPage(cursor);
        accepted += (await enqueueIngestItems({ queue: this.queue, redis: this.redis }, page.items)).accepted;
        // Saved only once the page's items are in Redis: a crash before this line repeats the page
        // (deduplicated by job id), never skips it.
        await this.cursors.saveCursor(poller.key, page.cursor);
        cursor = page.cursor;
        pages += 1;
        items += page.items.length;
        newest = laterOf(newest, newestPostedAt(page.items));
        pauseUntil = page.pauseUntil ?? null;
        more = page.hasMore;
      }
    } catch (error) {
      return this.failed(poller, error);
    }
    await this.cursors.succeed(poller.key, pauseUntil);
    await this.health.recordSuccess(poller.source, {
      kind: 'pull',
      items,
      newestItemAt: newest,
      expectedIntervalSeconds: poller.intervalSeconds,
    });
    this.logger.log({ poller: poller.key, pages, items, accepted }, 'poll done');
    return { status: 'ok', pages, items, accepted, pauseUntil };
  }

  private async failed(poller: Poller, error: unknown): Promise<RunOutcome> {
    // Only PollError messages are ours (status, host, timeout); anything else is named by its type,
    // so no item text or token can reach the health table or the logs.
    const message = error instanceof PollError ? error.message : `unexpected ${errorName(error)}`;
    const retryAt = error instanceof PollError ? (error.retryAt ?? null) : null;
    const { failures, notBefore } = await this.cursors.fail(poller.key, retryAt);
    await this.health.recordFailure(poller.source, {
      kind: 'pull',
      error: message,
      expectedIntervalSeconds: poller.intervalSeconds,
    });
    this.logger.warn(
      { poller: poller.key, failures, notBefore: notBefore.toISOString(), err: message },
      'poll failed',
    );
    return { status: 'failed', error: message, failures, notBefore };
  }
}

function laterOf(a: Date | undefined, b: Date | undefined): Date | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
