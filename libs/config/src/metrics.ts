import { timingSafeEqual } from 'node:crypto';
import { Gauge, type Registry } from 'prom-client';

/** What the gauges need of a BullMQ queue (structural, so this library does not depend on BullMQ). */
export interface CountableQueue {
  name: string;
  getJobCounts(...states: string[]): Promise<Record<string, number>>;
}

/** The counts of a pg pool (TypeORM's PostgreSQL driver keeps one as `driver.master`). */
export interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'];

/** Queue depth by state, read from Redis at scrape time; while Redis is away the gauge is empty. */
export function registerQueueGauges(registry: Registry, queues: CountableQueue[]): void {
  new Gauge({
    name: 'auscult_queue_jobs',
    help: 'Jobs in each BullMQ queue, by state',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const queue of queues) {
        const counts = await queue.getJobCounts(...QUEUE_STATES).catch(() => null);
        if (!counts) continue;
        for (const state of QUEUE_STATES) this.set({ queue: queue.name, state }, counts[state] ?? 0);
      }
    },
  });
}

export function registerPoolGauges(registry: Registry, pool: () => PoolCounts | null): void {
  new Gauge({
    name: 'auscult_db_pool_connections',
    help: 'PostgreSQL pool connections of this process, by state',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const p = pool();
      if (!p) return;
      this.set({ state: 'total' }, p.totalCount);
      this.set({ state: 'idle' }, p.idleCount);
      this.set({ state: 'waiting_clients' }, p.waitingCount);
    },
  });
}

/** The pg pool behind a TypeORM data source, when it is PostgreSQL. */
export function poolOf(ds: { driver: unknown }): PoolCounts | null {
  const master = (ds.driver as { master?: Partial<PoolCounts> }).master;
  return master && typeof master.totalCount === 'number' ? (master as PoolCounts) : null;
}

/** Constant-time check of `Authorization: Bearer <token>` against the configured metrics token. */
export function isMetricsToken(authorization: string | undefined, token: string | null): boolean {
  if (!token) return false;
  const given = Buffer.from(authorization?.startsWith('Bearer ') ? authorization.slice(7) : '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}
