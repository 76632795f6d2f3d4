// Which PostgreSQL to use, in order: DATABASE_URL → a server answering on 127.0.0.1:5432 →
// embedded PGlite served over TCP from a child process (zero setup, data kept in a directory).
import path from 'node:path';
import pg from 'pg';
import { freePort, waitUntil } from './net.js';
import type { Logger } from './log.js';
import { startProcess } from './processes.js';

export const LOCAL_POSTGRES_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface ResolvedPostgres {
  source: 'DATABASE_URL' | 'local' | 'pglite';
  /** What the apps connect to. */
  url: string;
  /** The same server's `postgres` database, for creating and dropping databases. */
  adminUrl: string;
  /** PGlite serves one database whatever name a client asks for. */
  hasSeparateDatabases: boolean;
  /** For a server this command started: resolves when its process exits. */
  exited?: Promise<number | string>;
  stop(): Promise<void>;
}

export interface PostgresOptions {
  env?: NodeJS.ProcessEnv;
  log: Logger;
  /** Database to use (and create) on a local server. */
  database?: string;
  /** Where PGlite keeps its files. */
  pgliteDataDir: string;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Runs `fn` with a client on `url`; short connect timeout so a missing server is noticed at once. */
export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  await withClient(adminUrl, async (client) => {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount) return;
    try {
      await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
    } catch (error) {
      // Another process created it between our check and our CREATE: that is what we wanted.
      if ((error as { code?: string }).code !== '42P04') throw error;
    }
  });
}

async function localAnswers(log: Logger): Promise<boolean> {
  try {
    await withClient(LOCAL_POSTGRES_ADMIN_URL, (c) => c.query('SELECT 1'));
    return true;
  } catch (error) {
    log(`no usable PostgreSQL on 127.0.0.1:5432 (${error instanceof Error ? error.message : String(error)})`);
    return false;
  }
}

export async function startPglite(dataDir: string, log: Logger): Promise<ResolvedPostgres> {
  const port = await freePort();
  const script = path.join(import.meta.dirname, 'pglite-server.ts');
  let ready = false;
  let lastLine = '';
  const server = startProcess(
    'pglite',
    process.execPath,
    ['--import', 'tsx', script, dataDir, String(port)],
    {
      // `--import tsx` resolves from the working directory: the repo root, where tsx is installed.
      cwd: path.resolve(import.meta.dirname, '../..'),
      onLine: (line) => {
        if (line.includes('"ready":true')) ready = true;
        else {
          lastLine = line;
          console.log(`[pglite] ${line}`);
        }
      },
    },
  );
  let exitedWith: number | string | null = null;
  void server.exited.then((code) => (exitedWith = code));
  try {
    await waitUntil('PGlite to accept connections', 60_000, async () => {
      if (exitedWith === null) return ready ? true : null;
      // 'exit' can come before the last output lines are read: give them a moment.
      await new Promise((r) => setTimeout(r, 100));
      throw new Error(
        `The PGlite process exited (${exitedWith}) before it was ready: ${lastLine || 'no output'}`,
      );
    });
  } catch (error) {
    await server.stop();
    throw error;
  }
  log(`PGlite (pid ${server.child.pid}) serves ${dataDir} on 127.0.0.1:${port}`);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    source: 'pglite',
    url,
    adminUrl: url,
    hasSeparateDatabases: false,
    exited: server.exited,
    stop: () => server.stop(),
  };
}

export async function resolvePostgres(options: PostgresOptions): Promise<ResolvedPostgres> {
  const env = options.env ?? process.env;
  const { log } = options;
  const database = options.database ?? 'auscult';
  const noop = async (): Promise<void> => undefined;

  if (env.DATABASE_URL) {
    log('PostgreSQL: using DATABASE_URL');
    const adminUrl = withDatabase(env.DATABASE_URL, 'postgres');
    return {
      source: 'DATABASE_URL',
      url: env.DATABASE_URL,
      adminUrl,
      hasSeparateDatabases: true,
      stop: noop,
    };
  }
  if (env.AUSCULT_SKIP_LOCAL_PG !== '1' && (await localAnswers(log))) {
    await ensureDatabase(LOCAL_POSTGRES_ADMIN_URL, database);
    log(`PostgreSQL: using the server on 127.0.0.1:5432, database "${database}"`);
    const url = withDatabase(LOCAL_POSTGRES_ADMIN_URL, database);
    return {
      source: 'local',
      url,
      adminUrl: LOCAL_POSTGRES_ADMIN_URL,
      hasSeparateDatabases: true,
      stop: noop,
    };
  }
  log(`PostgreSQL: none configured or running; starting embedded PGlite (data in ${options.pgliteDataDir})`);
  return startPglite(options.pgliteDataDir, log);
}
