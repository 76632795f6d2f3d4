import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import {
  ingestJobId,
  LIVE_NAMESPACE,
  QUEUES,
  type ClientToServerEvents,
  type IngestJobData,
  type ItemEvent,
  type ServerToClientEvents,
} from '@auscult/contracts';
import { loadConfig, redisOptions, type AuscultConfig } from '@auscult/config';
import { liveServerOptions } from '@auscult/live';
import { createDataSource, seedDemo } from '@auscult/persistence';
import {
  createTestDatabase,
  testRedisPrefix,
  testRedisUrl,
  type TestDatabase,
} from '@auscult/persistence/testing';
import { Queue } from 'bullmq';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Redis } from 'ioredis';
import { Server } from 'socket.io';
import { io, type Socket } from 'socket.io-client';
import type { DataSource } from 'typeorm';
import { IngestPipeline } from '../src/ingest/ingest-pipeline.service.js';
import { WorkerModule } from '../src/worker.module.js';

let db: TestDatabase;
let ds: DataSource;
let config: AuscultConfig;
let worker: INestApplicationContext;
let queue: Queue<IngestJobData>;
let http: HttpServer;
let liveRedis: Redis;
let liveServer: Server | undefined;
let dashboard: Socket<ServerToClientEvents, ClientToServerEvents>;
const received: ItemEvent[] = [];

/** Polls until `check` returns a value, or fails after the deadline; no fixed sleeps. */
async function eventually<T>(check: () => Promise<T | undefined>, deadlineMs = 10_000): Promise<T> {
  const until = Date.now() + deadlineMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('condition not met before the deadline');
    await new Promise((r) => setTimeout(r, 50));
  }
}

function job(externalId: string, text: string, extra: Partial<IngestJobData['item']> = {}): IngestJobData {
  return {
    id: crypto.randomUUID(),
    item: { source: 'test', externalId, text, channel: 'social', ...extra },
    receivedAt: new Date().toISOString(),
  };
}

beforeAll(async () => {
  db = await createTestDatabase('worker');
  ds = createDataSource({ url: db.url, poolSize: 2 });
  await ds.initialize();
  await seedDemo(ds);
  config = loadConfig({
    DATABASE_URL: db.url,
    REDIS_URL: testRedisUrl,
    AUSCULT_REDIS_PREFIX: testRedisPrefix('worker'),
    LOG_LEVEL: 'silent',
    DB_POOL_SIZE: '4',
  });
  // A stand-in for an API node: a real socket.io server on the same Redis streams, with no auth.
  http = createServer();
  liveRedis = new Redis(redisOptions(config.redisUrl, 'worker'));
  liveServer = new Server(http, liveServerOptions(liveRedis, config.redisPrefix));
  liveServer.of(LIVE_NAMESPACE).on('connection', (s) => s.join('items:all'));
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  dashboard = io(`http://127.0.0.1:${(http.address() as AddressInfo).port}${LIVE_NAMESPACE}`, {
    transports: ['websocket'],
  });
  dashboard.on('item.created', (e) => received.push(e));
  await new Promise<void>((r) => dashboard.once('connect', () => r()));
  worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
  await worker.init();
  queue = new Queue(QUEUES.ingest, {
    connection: redisOptions(config.redisUrl, 'producer'),
    prefix: config.redisPrefix,
  });
});

afterAll(async () => {
  dashboard?.disconnect();
  await worker?.close();
  await queue?.obliterate({ force: true });
  await queue?.close();
  await liveServer?.close();
  await liveRedis?.quit();
  await ds?.destroy();
  await db?.drop();
});

describe('the ingest worker', () => {
  it('stores a queued item with its classification, triage state and audit, and pushes item.created', async () => {
    const data = job('w-1', 'My dad on ward 4B has been in agony for hours and nobody answers the call bell');
    await queue.add('ingest.item', data, { jobId: ingestJobId('test', 'w-1') });
    const event = await eventually(async () => received.find((e) => e.item.id === data.id));
    const [row] = await ds.query(
      `SELECT c.kind, c.model_version, t.status, t.unit, t.version, (SELECT count(*)::int FROM audit_events a WHERE a.item_id = i.id) AS audits
       FROM items i JOIN classifications c ON c.item_id = i.id JOIN triage t ON t.item_id = i.id WHERE i.id = $1`,
      [data.id],
    );
    expect(row).toMatchObject({ kind: 'care_need', status: 'new', unit: '4B', version: 1, audits: 1 });
    expect(row.model_version).toBe(event.item.classification.modelVersion);
    expect(event.item.classification.explanation.phrases.length).toBeGreaterThan(0);
  });

  it('stores an item once when its job runs twice (at-least-once delivery)', async () => {
    const pipeline = worker.get(IngestPipeline);
    const data = job('w-twice', 'The parking machines never work and it cost me a fortune');
    const first = await pipeline.process(data);
    const second = await pipeline.process(data);
    const [{ n }] = await ds.query(
      `SELECT count(*)::int AS n FROM items WHERE source = 'test' AND external_id = 'w-twice'`,
    );
    expect([first.stored, second.stored, n]).toEqual(['created', 'existing', 1]);
  });

  it('keeps the redacted text beside the original', async () => {
    const data = job('w-phi', 'Please call my daughter on 07700 900123, mum is in pain', { unit: 'ICU' });
    await worker.get(IngestPipeline).process(data);
    const [row] = await ds.query(`SELECT text, redacted_text, unit FROM items WHERE id = $1`, [data.id]);
    expect(row).toEqual({
      text: data.item.text,
      redacted_text: 'Please call my daughter on [PHONE], mum is in pain',
      unit: 'ICU',
    });
  });

  it('gives a care need without any unit to the unrouted queue', async () => {
    const data = job('w-unrouted', 'My husband fell out of bed and hit his head and nobody has come');
    await worker.get(IngestPipeline).process(data);
    const [row] = await ds.query(
      `SELECT t.unit, c.kind FROM triage t JOIN classifications c USING (item_id) WHERE t.item_id = $1`,
      [data.id],
    );
    expect(row).toEqual({ unit: null, kind: 'care_need' });
  });
});
