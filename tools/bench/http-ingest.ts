// HTTP ingest throughput (autocannon): single items and batches of 100, against the Auscult API and
// against a bare node:http + BullMQ server on the same Redis, in the same run.
import path from 'node:path';
import autocannon from 'autocannon';
import { startProcess } from '../run/processes.js';

export interface HttpFigures {
  requestsPerSecond: number;
  itemsPerSecond: number;
  p99Ms: number;
  non2xx: number;
}

let counter = 0;
function body(size: number, run: string): string {
  const items = Array.from({ length: size }, () => ({
    source: 'bench-http',
    externalId: `${run}-${counter++}`,
    channel: 'social',
    text: 'The food on the ward was cold again and nobody came when we rang the bell.',
  }));
  return JSON.stringify(size === 1 ? items[0] : items);
}

export async function measureHttp(
  url: string,
  size: number,
  seconds: number,
  headers: Record<string, string>,
): Promise<HttpFigures> {
  const run = `${Date.now()}-${size}`;
  const result = await autocannon({
    url,
    connections: 10,
    duration: seconds,
    headers: { 'content-type': 'application/json', ...headers },
    requests: [{ method: 'POST', setupRequest: (req) => ({ ...req, body: body(size, run) }) }],
  });
  const ok = result.requests.total - result.non2xx;
  return {
    requestsPerSecond: Math.round(ok / seconds),
    itemsPerSecond: Math.round((ok * size) / seconds),
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
  };
}

/** Starts the bare server; resolves with its URL and a stop function. */
export async function startRawIngest(
  root: string,
  redisUrl: string,
): Promise<{ url: string; stop: () => Promise<void> }> {
  let found: (port: string) => void = () => undefined;
  const port = new Promise<string>((r) => (found = r));
  const server = startProcess(
    'raw-ingest',
    process.execPath,
    ['--import', 'tsx', path.join(root, 'tools/bench/raw-ingest-server.ts')],
    {
      cwd: root,
      env: { ...process.env, REDIS_URL: redisUrl, RAW_PREFIX: `rawhttp${Date.now()}` },
      onLine: (line) => {
        const m = /raw ingest listening (\d+)/.exec(line);
        if (m?.[1]) found(m[1]);
      },
    },
  );
  return { url: `http://127.0.0.1:${await port}/`, stop: () => server.stop() };
}
