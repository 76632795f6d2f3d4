import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QUEUES } from '@auscult/contracts';
import { poolOf, registerPoolGauges, registerQueueGauges } from '@auscult/config';
import type { Queue } from 'bullmq';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { LiveGateway } from '../live/live.gateway.js';

/** Prometheus metrics of one API node: HTTP answers by route and status, queues, live sockets, pool. */
@Injectable()
export class ApiMetrics {
  readonly registry = new Registry();
  readonly httpRequests = new Counter({
    name: 'auscult_http_requests_total',
    help: 'HTTP answers, by method, route pattern and status (4xx/5xx are the errors)',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: 'auscult_http_request_duration_seconds',
    help: 'Time to answer, by method and route pattern',
    labelNames: ['method', 'route'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [this.registry],
  });

  constructor(
    @InjectQueue(QUEUES.ingest) ingest: Queue,
    @InjectQueue(QUEUES.escalation) escalation: Queue,
    @InjectDataSource() ds: DataSource,
    live: LiveGateway,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'auscult_api_' });
    registerQueueGauges(this.registry, [ingest, escalation]);
    registerPoolGauges(this.registry, () => poolOf(ds));
    new Gauge({
      name: 'auscult_live_sockets',
      help: 'Dashboard sockets connected to this API node',
      registers: [this.registry],
      collect() {
        this.set(live.nsp?.sockets.size ?? 0);
      },
    });
  }
}
