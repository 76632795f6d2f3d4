import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QUEUES } from '@auscult/contracts';
import { poolOf, registerPoolGauges, registerQueueGauges } from '@auscult/config';
import type { Queue } from 'bullmq';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';

/** Prometheus metrics of one worker process: what it stored, how late, its queue and its pool. */
@Injectable()
export class WorkerMetrics {
  readonly registry = new Registry();
  readonly itemsStored = new Counter({
    name: 'auscult_items_stored_total',
    help: 'Items stored by this worker, by kind',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  readonly ingestLatency = new Histogram({
    name: 'auscult_ingest_to_stored_seconds',
    help: 'From the API accepting an item to its row being committed',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
    registers: [this.registry],
  });
  readonly batchSize = new Histogram({
    name: 'auscult_ingest_batch_size',
    help: 'Items stored per transaction',
    buckets: [1, 2, 5, 10, 25, 50, 100, 200, 500, 1000],
    registers: [this.registry],
  });
  readonly batchFallbacks = new Counter({
    name: 'auscult_ingest_batch_fallbacks_total',
    help: 'Batches that failed as a whole and were retried item by item',
    registers: [this.registry],
  });
  readonly escalations = new Counter({
    name: 'auscult_escalations_total',
    help: 'Care needs escalated, by level',
    labelNames: ['level'] as const,
    registers: [this.registry],
  });

  constructor(
    @InjectQueue(QUEUES.ingest) ingest: Queue,
    @InjectQueue(QUEUES.escalation) escalation: Queue,
    @InjectDataSource() ds: DataSource,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'auscult_worker_' });
    registerQueueGauges(this.registry, [ingest, escalation]);
    registerPoolGauges(this.registry, () => poolOf(ds));
  }

  recordStored(items: { kind: string; receivedAt: Date }[], storedAt: number): void {
    this.batchSize.observe(items.length);
    for (const { kind, receivedAt } of items) {
      this.itemsStored.inc({ kind });
      this.ingestLatency.observe((storedAt - receivedAt.getTime()) / 1000);
    }
  }
}
