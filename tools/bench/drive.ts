// Sends items at a fixed rate, or as fast as the receiving side accepts them, recording when each left.
import { setTimeout as sleep } from 'node:timers/promises';

/** Sends one batch of keys; resolves true when accepted, false when refused for now (retry later). */
export type SendBatch = (keys: string[]) => Promise<boolean>;

export interface DriveResult {
  sent: number;
  refusals: number;
  firstSentAt: number;
  lastAcceptedAt: number;
}

/** `rate` items/s for `seconds`, in requests of `perRequest` items every 1000·perRequest/rate ms. */
export async function driveFixedRate(options: {
  send: SendBatch;
  keys: (n: number) => string[];
  sentAt: Map<string, number>;
  rate: number;
  seconds: number;
  perRequest: number;
}): Promise<DriveResult> {
  const { send, rate, seconds, perRequest, sentAt } = options;
  const interval = (1000 * perRequest) / rate;
  const total = Math.round(rate * seconds);
  const start = performance.now();
  const inflight: Promise<void>[] = [];
  let refusals = 0;
  let lastAcceptedAt = start;
  for (let sent = 0; sent < total; sent += perRequest) {
    const due = start + (sent / perRequest) * interval;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const keys = options.keys(Math.min(perRequest, total - sent));
    const at = performance.now();
    for (const k of keys) sentAt.set(k, at);
    inflight.push(
      send(keys).then(async (ok) => {
        // Open loop: a refused request is retried after a pause, as a source would.
        while (!ok) {
          refusals++;
          await sleep(200);
          ok = await send(keys);
        }
        lastAcceptedAt = performance.now();
      }),
    );
  }
  await Promise.all(inflight);
  return { sent: total, refusals, firstSentAt: start, lastAcceptedAt };
}

/** `total` items in requests of `perRequest`, `concurrency` requests in flight: as fast as accepted. */
export async function driveMax(options: {
  send: SendBatch;
  keys: (n: number) => string[];
  sentAt: Map<string, number>;
  total: number;
  perRequest: number;
  concurrency: number;
}): Promise<DriveResult> {
  const { send, total, perRequest, sentAt } = options;
  const start = performance.now();
  let next = 0;
  let refusals = 0;
  let lastAcceptedAt = start;
  const lane = async () => {
    while (next < total) {
      const n = Math.min(perRequest, total - next);
      next += n;
      const keys = options.keys(n);
      const at = performance.now();
      for (const k of keys) sentAt.set(k, at);
      while (!(await send(keys))) {
        refusals++;
        await sleep(100);
      }
      lastAcceptedAt = performance.now();
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, lane));
  return { sent: total, refusals, firstSentAt: start, lastAcceptedAt };
}
