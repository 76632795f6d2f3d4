import { BullModule } from '@nestjs/bullmq';
import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { QUEUES } from '@auscult/contracts';
import type { NextFunction, Request, Response } from 'express';
import { AuthModule } from '../auth/auth.module.js';
import { IngestModule } from '../ingest/ingest.module.js';
import { LiveModule } from '../live/live.module.js';
import { ApiMetrics } from './api-metrics.service.js';
import { MetricsController } from './metrics.controller.js';

@Module({
  imports: [AuthModule, LiveModule, IngestModule, BullModule.registerQueue({ name: QUEUES.escalation })],
  controllers: [MetricsController],
  providers: [ApiMetrics],
  exports: [ApiMetrics],
})
export class MetricsModule implements NestModule {
  constructor(private readonly metrics: ApiMetrics) {}

  /** Counts every answer by its route pattern (never the raw URL: ids and search terms stay out). */
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply((req: Request, res: Response, next: NextFunction) => {
        const stop = this.metrics.httpDuration.startTimer();
        res.on('finish', () => {
          const matched: unknown = (req.route as { path?: unknown } | undefined)?.path;
          const route = typeof matched === 'string' ? `${req.baseUrl}${matched}` : 'unmatched';
          this.metrics.httpRequests.inc({ method: req.method, route, status: String(res.statusCode) });
          stop({ method: req.method, route });
        });
        next();
      })
      .forRoutes('{*path}');
  }
}
