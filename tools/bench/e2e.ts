// One end-to-end measurement: connect N clients, drive items (fixed rate or max), wait until every
// client has every item, and report throughput and latency from the send to the arrival on a socket.
import { driveFixedRate, driveMax, type SendBatch } from './drive.js';
import { connectClients, summarise, type LatencySummary } from './live-clients.js';
import { round } from './stats.js';

export interface Chain {
  send: SendBatch;
  socketUrl: string;
  event: string;
  auth?: Record<string, string>;
  keyOf: (event: unknown) => string;
}

export interface E2eFigures extends LatencySummary {
  clients: number;
  items: number;
  itemsPerSecond: number;
  delivered: number;
  expected: number;
  refusals: number;
}

export type Load = { kind: 'fixed'; rate: number; seconds: number } | { kind: 'max'; total: number };

let phase = 0;

export async function measureE2e(
  chain: Chain,
  clients: number,
  load: Load,
  deadlineMs: number,
): Promise<E2eFigures> {
  const prefix = `e2e-${Date.now()}-${phase++}`;
  let next = 0;
  const keys = (n: number) => Array.from({ length: n }, () => `${prefix}-${next++}`);
  const sentAt = new Map<string, number>();
  const live = await connectClients({
    url: chain.socketUrl,
    n: clients,
    event: chain.event,
    auth: chain.auth,
    sentAt,
    keyOf: chain.keyOf,
  });
  try {
    const drive =
      load.kind === 'fixed'
        ? await driveFixedRate({
            send: chain.send,
            keys,
            sentAt,
            rate: load.rate,
            seconds: load.seconds,
            perRequest: Math.max(1, Math.round(load.rate / 50)),
          })
        : await driveMax({
            send: chain.send,
            keys,
            sentAt,
            total: load.total,
            perRequest: 100,
            concurrency: 4,
          });
    let complete = true;
    await live.waitFor(drive.sent, deadlineMs).catch(() => (complete = false));
    const end = performance.now();
    return {
      clients,
      items: drive.sent,
      itemsPerSecond: complete ? round(drive.sent / ((end - drive.firstSentAt) / 1000)) : 0,
      delivered: live.delivered(),
      expected: drive.sent * clients,
      refusals: drive.refusals,
      ...roundAll(summarise(live.latencies)),
    };
  } finally {
    live.close();
  }
}

function roundAll(s: LatencySummary): LatencySummary {
  return { p50: round(s.p50, 1), p95: round(s.p95, 1), p99: round(s.p99, 1), max: round(s.max, 1) };
}
