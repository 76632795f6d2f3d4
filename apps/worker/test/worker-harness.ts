// Starts the real worker (real PostgreSQL, real Redis) in its own database and Redis prefix, with a
// stand-in API node: a socket.io server on the same Redis streams that records every live event.
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import {
  LIVE_NAMESPACE,
  type ClientToServerEvents,
  type ItemEvent,
  type LiveEventName,
  type QueueName,
  type ServerToClientEvents,
} from '@auscult/contracts';
import { loadConfig, redisOptions, type AuscultConfig } from '@auscult/config';
import { liveServerOptions } from '@auscult/live';
import { createDataSource } from '@auscult/persistence';
import { createTestDatabase, testAppEnv } from '@auscult/persistence/testing';
import { Queue } from 'bullmq';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { Server } from 'socket.io';
import { io, type Socket } from 'socket.io-client';
import type { DataSource } from 'typeorm';
import { WorkerModule } from '../src/worker.module.js';

export interface WorkerHarness {
  ds: DataSource;
  config: AuscultConfig;
  worker: INestApplicationContext;
  /** Every live event the stand-in API node delivered, by name, in arrival order. */
  received: Record<LiveEventName, ItemEvent[]>;
  /** A producer on one of the worker's queues; emptied and closed with the harness. */
  queue<T>(name: QueueName): Queue<T>;
  /** Stops the worker and starts a new one on the same database and Redis prefix (a deploy, a crash). */
  restart(): Promise<void>;
  close(): Promise<void>;
}

/** Polls until `check` returns a value, or fails after the deadline; no fixed sleeps. */
export async function eventually<T>(check: () => Promise<T | undefined>, deadlineMs = 10_000): Promise<T> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('condition not met before the deadline');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** `env`: extra variables for the worker's config, e.g. a poller's base URL and credentials. */
export async function startWorker(label: string, env: Record<string, string> = {}): Promise<WorkerHarness> {
  const db = await createTestDatabase(label, { seedDemo: true });
  const ds = createDataSource({ url: db.url, poolSize: 2 });
  await ds.initialize();
  const config = loadConfig({ ...testAppEnv(label, db.url), ...env });
  const http = createServer();
  const liveRedis = new Redis(redisOptions(config.redisUrl, 'worker'));
  const liveServer = new Server(http, liveServerOptions(liveRedis, config.redisPrefix));
  liveServer.of(LIVE_NAMESPACE).on('connection', (s) => s.join('items:all'));
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  const port = (http.address() as AddressInfo).port;
  const dashboard: Socket<ServerToClientEvents, ClientToServerEvents> = io(
    `http://127.0.0.1:${port}${LIVE_NAMESPACE}`,
    { transports: ['websocket'] },
  );
  const received: WorkerHarness['received'] = {
    'item.created': [],
    'item.updated': [],
    'item.escalated': [],
  };
  dashboard.on('item.created', (e) => received['item.created'].push(e));
  dashboard.on('item.updated', (e) => received['item.updated'].push(e));
  dashboard.on('item.escalated', (e) => received['item.escalated'].push(e));
  await new Promise<void>((r) => dashboard.once('connect', () => r()));
  const startContext = async () => {
    const context = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
      logger: false,
    });
    await context.init();
    return context;
  };
  let worker = await startContext();
  const queues: Queue[] = [];
  return {
    ds,
    config,
    get worker() {
      return worker;
    },
    received,
    queue: <T>(name: QueueName) => {
      const queue = new Queue<T>(name, {
        connection: redisOptions(config.redisUrl, 'producer'),
        prefix: config.redisPrefix,
      });
      queues.push(queue as Queue);
      return queue;
    },
    restart: async () => {
      await worker.close();
      worker = await startContext();
    },
    close: async () => {
      for (const queue of queues) await queue.obliterate({ force: true }).finally(() => queue.close());
      dashboard.disconnect();
      await worker.close();
      await liveServer.close();
      await liveRedis.quit();
      await ds.destroy();
      await db.drop();
    },
  };
}
