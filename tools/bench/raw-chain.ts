// The raw chain baseline: bare BullMQ add → bare worker (raw-worker.ts, its own process) → PostgreSQL
// → bare socket.io emit → a bare socket.io server here, with the same Redis streams adapter.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { Server } from 'socket.io';
import { startProcess, type ManagedProcess } from '../run/processes.js';
import type { SendBatch } from './drive.js';

export interface RawChain {
  /** socket.io URL (namespace included) that clients connect to. */
  url: string;
  send: SendBatch;
  worker: ManagedProcess;
  close(): Promise<void>;
}

export async function startRawChain(options: {
  root: string;
  redisUrl: string;
  databaseUrl: string;
  mode: 'batched' | 'naive';
}): Promise<RawChain> {
  const prefix = `rawbench${Date.now()}${options.mode}`;
  await withPg(options.databaseUrl, (c) =>
    c.query(
      'DROP TABLE IF EXISTS raw_items; CREATE TABLE raw_items (key text PRIMARY KEY, text text NOT NULL)',
    ),
  );
  const redisUrl = new URL(options.redisUrl);
  const connection = { host: redisUrl.hostname, port: Number(redisUrl.port), maxRetriesPerRequest: null };
  const streams = new Redis(connection);
  const http = createServer();
  const io = new Server(http, { adapter: createAdapter(streams, { streamName: `${prefix}:stream` }) });
  io.of('/raw');
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  const port = (http.address() as AddressInfo).port;
  const queue = new Queue(`${prefix}-queue`, { connection, prefix });
  const worker = startProcess(
    'raw-worker',
    process.execPath,
    ['--import', 'tsx', path.join(options.root, 'tools/bench/raw-worker.ts')],
    {
      cwd: options.root,
      env: {
        ...process.env,
        REDIS_URL: options.redisUrl,
        DATABASE_URL: options.databaseUrl,
        RAW_PREFIX: prefix,
        RAW_MODE: options.mode,
      },
      onLine: (line) => {
        if (line.includes('raw worker ready')) ready();
      },
    },
  );
  let ready: () => void = () => undefined;
  await new Promise<void>((resolve, reject) => {
    ready = resolve;
    void worker.exited.then((code) => reject(new Error(`raw worker exited (${code})`)));
  });
  const text = 'The food on the ward was cold again and nobody came when we rang the bell.';
  return {
    url: `http://127.0.0.1:${port}/raw`,
    worker,
    send: async (keys) => {
      await queue.addBulk(keys.map((key) => ({ name: 'raw', data: { key, text }, opts: { jobId: key } })));
      return true;
    },
    close: async () => {
      await worker.stop();
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
      io.disconnectSockets(true);
      await new Promise<void>((r) => io.close(() => r()));
      await streams.quit().catch(() => undefined);
    },
  };
}

export async function withPg<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
