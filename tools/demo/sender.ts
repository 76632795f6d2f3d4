// Delivers batches with backoff: waits out 429/503 (honouring Retry-After), rides out an API
// restart, and stops at once with a clear message when the API was never reachable.
import type { DemoItem } from './compose.js';
import { sendBatch, type IngestTarget } from './ingest-client.js';
import type { Progress } from './progress.js';

export class DemoStopped extends Error {}

const MAX_ATTEMPTS = 8;
const MAX_BACKOFF_MS = 30_000;

export class Sender {
  private hasReachedApi = false;

  constructor(
    private readonly target: IngestTarget,
    private readonly progress: Progress,
    private readonly stop: AbortSignal,
    /** The first retry's wait; later ones double it. */
    private readonly firstBackoffMs = 1000,
  ) {}

  async deliver(batch: readonly DemoItem[]): Promise<void> {
    const items = batch.map((demo) => demo.item);
    const last = describe(batch[batch.length - 1]);
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      const outcome = await sendBatch(this.target, items);
      switch (outcome.kind) {
        case 'accepted':
          this.hasReachedApi = true;
          this.progress.record({
            sent: items.length,
            accepted: outcome.accepted,
            duplicates: outcome.duplicates,
            last,
          });
          return;
        case 'rejected':
          this.hasReachedApi = true;
          this.progress.note(`The API refused a batch of ${items.length}: ${outcome.message}`);
          this.progress.record({ sent: items.length, errors: items.length, last });
          return;
        case 'fatal':
          throw new DemoStopped(
            `The API refused the ingest key: ${outcome.message}. In demo mode the key is demo-ingest-key; pass another with --key or AUSCULT_INGEST_KEY.`,
          );
        case 'unreachable':
          if (!this.hasReachedApi) {
            throw new DemoStopped(
              `Cannot reach the Auscult API at ${this.target.url} (${outcome.message}). Start it with \`npm start\`, or point the demo elsewhere with --url or AUSCULT_URL.`,
            );
          }
          await this.wait(backoffMs(attempt, this.firstBackoffMs), `API unreachable (${outcome.message})`);
          break;
        case 'retry':
          this.hasReachedApi = true;
          await this.wait(
            Math.max(outcome.retryAfterMs ?? 0, backoffMs(attempt, this.firstBackoffMs)),
            `API busy: ${outcome.message}`,
          );
          break;
      }
    }
    this.progress.note(`Gave up on a batch of ${items.length} after ${MAX_ATTEMPTS} attempts.`);
    this.progress.record({ sent: items.length, errors: items.length, last });
  }

  private async wait(ms: number, reason: string): Promise<void> {
    this.progress.note(`${reason}; retrying in ${(ms / 1000).toFixed(1)} s`);
    await sleep(ms, this.stop);
    if (this.stop.aborted) throw new DemoStopped('Stopped while waiting to retry.');
  }
}

/** 1 s, 2 s, 4 s … up to 30 s, with jitter so several demo runs do not retry in step. */
export function backoffMs(attempt: number, firstMs = 1000, jitter = Math.random()): number {
  return Math.min(MAX_BACKOFF_MS, firstMs * 2 ** (attempt - 1)) * (0.75 + jitter * 0.5);
}

/** Resolves after `ms`, or at once when `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

function describe(demo: DemoItem | undefined): string {
  if (demo === undefined) return '';
  const unit = demo.item.unit ?? '';
  return `${demo.scenario.kind}/${demo.scenario.urgency} ${demo.channel}${unit === '' ? '' : ` ${unit}`}`;
}
