// The raw chain's worker, with no Auscult code: a bare BullMQ worker → PostgreSQL (one multi-row
// INSERT per batch, or one single-row INSERT per job in "naive" mode) → a bare socket.io emit through
// the Redis streams adapter. Started as its own process by raw-chain.ts; stops on SIGTERM.
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { Server } from 'socket.io';

const { REDIS_URL, DATABASE_URL, RAW_PREFIX, RAW_MODE } = process.env;
if (!REDIS_URL || !DATABASE_URL || !RAW_PREFIX)
  throw new Error('REDIS_URL, DATABASE_URL and RAW_PREFIX are required');
const batched = RAW_MODE !== 'naive';
const redisUrl = new URL(REDIS_URL);
const connection = { host: redisUrl.hostname, port: Number(redisUrl.port), maxRetriesPerRequest: null };

const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 10 });
const streams = new Redis(connection);
const io = new Server({ adapter: createAdapter(streams, { streamName: `${RAW_PREFIX}:stream` }) });
const nsp = io.of('/raw');

interface Data {
  key: string;
  text: string;
}

async function insert(rows: Data[]): Promise<void> {
  const params: string[] = [];
  const values = rows.map((r, i) => {
    params.push(r.key, r.text);
    return `($${2 * i + 1}, $${2 * i + 2})`;
  });
  await pool.query(
    `INSERT INTO raw_items (key, text) VALUES ${values.join(',')} ON CONFLICT (key) DO NOTHING`,
    params,
  );
}

// Batched mode: every job waiting in the worker joins the next INSERT; one INSERT in flight at a time.
const pending: { data: Data; done: (e?: unknown) => void }[] = [];
let flushing = false;
async function flush(): Promise<void> {
  if (flushing || pending.length === 0) return;
  flushing = true;
  const batch = pending.splice(0, 200);
  try {
    await insert(batch.map((p) => p.data));
    for (const p of batch) nsp.emit('raw.created', { key: p.data.key });
    batch.forEach((p) => p.done());
  } catch (e) {
    batch.forEach((p) => p.done(e));
  } finally {
    flushing = false;
    void flush();
  }
}

const worker = new Worker<Data>(
  `${RAW_PREFIX}-queue`,
  async (job: Job<Data>) => {
    if (!batched) {
      await insert([job.data]);
      nsp.emit('raw.created', { key: job.data.key });
      return;
    }
    await new Promise<void>((resolve, reject) => {
      pending.push({ data: job.data, done: (e) => (e ? reject(e) : resolve()) });
      void flush();
    });
  },
  { connection, prefix: RAW_PREFIX, concurrency: batched ? 400 : 10, removeOnComplete: { count: 1000 } },
);

process.on('SIGTERM', () => {
  void worker
    .close()
    .then(() => nsp.adapter.close())
    .then(() => pool.end())
    .then(() => streams.quit())
    .finally(() => process.exit(0));
});
console.log(`raw worker ready (${batched ? 'batched' : 'naive'})`);
