// Auscult as deployed, for the fault tests: the built API and worker as child processes (so they can
// be killed), a dashboard socket that records every item.created, and a source that retries on 503.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { io, type Socket } from 'socket.io-client';
import { freePort } from '../run/net.js';
import { startProcess, type ManagedProcess } from '../run/processes.js';

export const root = path.resolve(import.meta.dirname, '../..');

export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  for (const cli of ['migrate.js', 'seed-demo.js']) {
    execFileSync(process.execPath, [path.join(root, 'libs/persistence/dist/cli', cli)], {
      env: { ...process.env, DATABASE_URL: url, AUSCULT_DEMO: 'true' },
      stdio: 'ignore',
    });
  }
  return url;
}

export interface AppProcess {
  proc: ManagedProcess;
  /** Its last output lines, for a failing test's message. */
  tail: string[];
}

export function startApp(name: 'api' | 'worker', env: NodeJS.ProcessEnv): AppProcess {
  const tail: string[] = [];
  const proc = startProcess(name, process.execPath, [path.join(root, `apps/${name}/dist/main.js`)], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn', WORKER_OPS_PORT: '0', ...env },
    onLine: (line) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
    },
  });
  return { proc, tail };
}

export async function appEnv(
  databaseUrl: string,
  redisUrl: string,
  prefix: string,
): Promise<NodeJS.ProcessEnv> {
  return {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    AUSCULT_REDIS_PREFIX: prefix,
    AUSCULT_DEMO: 'true',
    PORT: String(await freePort()),
    // Retries in seconds rather than minutes, so a test sees a job exhaust its attempts.
    INGEST_BACKOFF_MS: '50',
  };
}

export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined>,
  deadlineMs = 60_000,
): Promise<T> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`${what}: not reached within ${deadlineMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function waitHealthy(url: string): Promise<void> {
  await eventually(`${url}/api/health`, () =>
    fetch(`${url}/api/health`).then(
      (r) => (r.ok ? true : undefined),
      () => undefined,
    ),
  );
}

export async function login(url: string): Promise<string> {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'px@auscult.local', password: 'auscult-demo' }),
  });
  return ((await res.json()) as { accessToken: string }).accessToken;
}

/** A px dashboard: counts item.created per externalId; after a reconnect that could not recover, refetches. */
export interface Dashboard {
  seen: Map<string, number>;
  reconnects: { recovered: boolean }[];
  close(): void;
}

interface ItemPage {
  items: { externalId: string }[];
  nextCursor: string | null;
}

export async function connectDashboard(url: string, token: string): Promise<Dashboard> {
  const seen = new Map<string, number>();
  const reconnects: { recovered: boolean }[] = [];
  const socket: Socket = io(`${url}/live`, {
    transports: ['websocket'],
    auth: { token },
    reconnectionDelay: 200,
  });
  socket.on('item.created', (e: { item: { externalId: string } }) => {
    seen.set(e.item.externalId, (seen.get(e.item.externalId) ?? 0) + 1);
  });
  let first = true;
  socket.on('connect', () => {
    if (first) return void (first = false);
    reconnects.push({ recovered: socket.recovered });
    // The dashboard's fallback when recovery is not possible: refetch the list.
    if (!socket.recovered) void refetch(url, token, seen);
  });
  await new Promise<void>((r) => socket.once('connect', () => r()));
  return { seen, reconnects, close: () => socket.disconnect() };
}

async function refetch(url: string, token: string, seen: Map<string, number>): Promise<void> {
  let cursor: string | null = null;
  do {
    const q: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const res = await fetch(`${url}/api/v1/items?limit=100${q}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!res.ok) return;
    const page = (await res.json()) as ItemPage;
    for (const item of page.items) if (!seen.has(item.externalId)) seen.set(item.externalId, 1);
    cursor = page.nextCursor;
  } while (cursor);
}

export interface SendLog {
  accepted: Set<string>;
  answers: { status: number; retryAfter: string | null; at: number }[];
}

/**
 * A source delivering `externalIds` in batches: a 503 is retried after Retry-After (capped at 1 s to
 * keep tests short); a refused connection (API down) is retried too. Only 202 counts as accepted.
 */
export async function deliver(
  url: () => string,
  source: string,
  externalIds: string[],
  log: SendLog,
  batch = 50,
): Promise<void> {
  for (let i = 0; i < externalIds.length; i += batch) {
    const ids = externalIds.slice(i, i + batch);
    const body = ids.map((externalId) => ({
      source,
      externalId,
      channel: 'social',
      text: `Waited four hours in ED for pain relief (${externalId})`,
    }));
    for (;;) {
      const res = await fetch(`${url()}/api/v1/ingest`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': 'demo-ingest-key' },
        body: JSON.stringify(body),
      }).catch(() => null);
      if (!res) {
        await new Promise((r) => setTimeout(r, 200));
        continue;
      }
      await res.arrayBuffer();
      log.answers.push({ status: res.status, retryAfter: res.headers.get('retry-after'), at: Date.now() });
      if (res.status === 202) {
        ids.forEach((id) => log.accepted.add(id));
        break;
      }
      if (res.status !== 503) throw new Error(`ingest answered ${res.status}`);
      await new Promise((r) =>
        setTimeout(r, Math.min(1000, Number(res.headers.get('retry-after') ?? 1) * 1000)),
      );
    }
  }
}

/** How many rows each externalId of `source` has (exactly-once means 1 for every accepted one). */
export async function storedCounts(databaseUrl: string, source: string): Promise<Map<string, number>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ external_id: string; n: number }>(
      'SELECT external_id, count(*)::int AS n FROM items WHERE source = $1 GROUP BY external_id',
      [source],
    );
    return new Map(rows.map((r) => [r.external_id, r.n]));
  } finally {
    await client.end();
  }
}

export function ids(prefix: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
}
