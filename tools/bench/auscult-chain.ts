// Auscult itself, as deployed: the built API and worker as their own processes on the bench's
// Redis and throwaway database; items go in through HTTP and come out on /live sockets.
import path from 'node:path';
import { freePort } from '../run/net.js';
import { startProcess, type ManagedProcess } from '../run/processes.js';
import type { SendBatch } from './drive.js';

export interface AuscultChain {
  url: string;
  token: string;
  api: ManagedProcess;
  worker: ManagedProcess | null;
  send: SendBatch;
  close(): Promise<void>;
}

const TEXTS = [
  'The food on the ward was cold again and nobody came when we rang the bell.',
  'My mum on ward 4B has been in pain for three hours and the call bell is ignored.',
  'Thank you to the maternity team, they were kind and calm all night.',
  'Parking cost me twelve pounds for a thirty minute appointment, ridiculous.',
];

async function waitHealthy(url: string, apps: ManagedProcess[], timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  let dead: string | null = null;
  for (const app of apps) void app.exited.then((code) => (dead = `${app.name} exited (${code})`));
  while (Date.now() < until) {
    if (dead) throw new Error(dead);
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url}/api/health did not answer 200 within ${timeoutMs} ms`);
}

/** Sends items to an API node's ingest endpoint with the demo key: true on 202, false on 503/429. */
export function ingestSender(url: string): SendBatch {
  let n = 0;
  return async (keys) => {
    const body = keys.map((externalId) => ({
      source: 'bench',
      externalId,
      channel: 'social',
      text: TEXTS[n++ % TEXTS.length],
    }));
    // A reset connection (a keep-alive socket closed under load) counts as a refusal: the items are
    // sent again, and their deterministic ids make a second delivery harmless.
    const res = await fetch(`${url}/api/v1/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': 'demo-ingest-key' },
      body: JSON.stringify(body),
    }).catch(() => null);
    if (!res) return false;
    await res.arrayBuffer();
    if (res.status === 202) return true;
    if (res.status === 503 || res.status === 429) return false;
    throw new Error(`ingest answered ${res.status}`);
  };
}

export async function startAuscultChain(options: {
  root: string;
  redisUrl: string;
  databaseUrl: string;
  prefix: string;
  workerEnv?: Record<string, string>;
  /** false: the API alone (HTTP ingest figures without a worker competing for the cores). */
  worker?: boolean;
}): Promise<AuscultChain> {
  const port = await freePort();
  const env = {
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: options.redisUrl,
    AUSCULT_REDIS_PREFIX: options.prefix,
    AUSCULT_DEMO: 'true',
    LOG_LEVEL: 'warn',
    PORT: String(port),
    WORKER_OPS_PORT: String(await freePort()),
    // The benchmarks drive past the knee on purpose; the API's back-pressure is measured separately.
    INGEST_MAX_BACKLOG: '10000000',
  };
  const quiet = { cwd: options.root, onLine: () => undefined };
  const api = startProcess('api', process.execPath, [path.join(options.root, 'apps/api/dist/main.js')], {
    ...quiet,
    env,
  });
  const worker =
    options.worker === false
      ? null
      : startProcess('worker', process.execPath, [path.join(options.root, 'apps/worker/dist/main.js')], {
          ...quiet,
          env: { ...env, ...options.workerEnv },
        });
  const url = `http://127.0.0.1:${port}`;
  await waitHealthy(url, worker ? [api, worker] : [api], 60_000);
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'px@auscult.local', password: 'auscult-demo' }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  return {
    url,
    token: accessToken,
    api,
    worker,
    send: ingestSender(url),
    close: async () => {
      await Promise.all([api.stop(), worker?.stop()]);
    },
  };
}
