// N socket.io dashboard clients that record, for every item event, how long after its sending it arrived.
import { io, type Socket } from 'socket.io-client';
import { percentile } from './stats.js';

export interface LiveClients {
  /** Latencies (ms) of every (item, client) delivery so far. */
  latencies: number[];
  /** Deliveries so far (each item counts once per client). */
  delivered(): number;
  /** Resolves once every client has received `count` events, or rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs: number): Promise<void>;
  reset(): void;
  close(): void;
}

export interface LatencySummary {
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function summarise(latencies: number[]): LatencySummary {
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: percentile(latencies, 100),
  };
}

/**
 * `sentAt` maps an item key to when it was sent; `keyOf` reads that key from an event.
 * Clients connect over WebSocket only (as the dashboard does once upgraded).
 */
export async function connectClients(options: {
  url: string;
  n: number;
  event: string;
  auth?: Record<string, string>;
  sentAt: Map<string, number>;
  keyOf: (event: unknown) => string;
}): Promise<LiveClients> {
  const latencies: number[] = [];
  const perClient = new Array<number>(options.n).fill(0);
  const sockets: Socket[] = [];
  let waiters: (() => void)[] = [];
  const connecting: Promise<void>[] = [];
  for (let i = 0; i < options.n; i++) {
    const socket = io(options.url, {
      transports: ['websocket'],
      auth: options.auth,
      reconnection: true,
      forceNew: true,
    });
    socket.on(options.event, (event: unknown) => {
      const sent = options.sentAt.get(options.keyOf(event));
      if (sent === undefined) return;
      latencies.push(performance.now() - sent);
      perClient[i]!++;
      for (const w of waiters) w();
    });
    sockets.push(socket);
    connecting.push(
      new Promise((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', (e) => reject(new Error(`socket ${i}: ${e.message}`)));
      }),
    );
  }
  await Promise.all(connecting);
  const delivered = () => perClient.reduce((a, b) => a + b, 0);
  return {
    latencies,
    delivered,
    waitFor: (count, timeoutMs) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (perClient.every((c) => c >= count)) {
            clearTimeout(timer);
            waiters = waiters.filter((w) => w !== check);
            resolve();
          }
        };
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== check);
          reject(new Error(`only ${delivered()} of ${count * options.n} deliveries within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.push(check);
        check();
      }),
    reset: () => {
      latencies.length = 0;
      perClient.fill(0);
    },
    close: () => sockets.forEach((s) => s.disconnect()),
  };
}
