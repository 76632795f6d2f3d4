import { existsSync } from 'node:fs';
import { BullModule } from '@nestjs/bullmq';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import { pinoOptions, redisOptions, type AuscultConfig } from '@auscult/config';
import { dataSourceOptions } from '@auscult/persistence';
import { randomUUID } from 'node:crypto';
import { LoggerModule } from 'nestjs-pino';
import { AuditModule } from './audit/audit.module.js';
import { AdminModule } from './admin/admin.module.js';
import { AuthModule } from './auth/auth.module.js';
import { AuscultConfigModule } from './config/config.module.js';
import { ConnectorsModule } from './connectors/connectors.module.js';
import { FeedbackModule } from './feedback/feedback.module.js';
import { HttpErrorFilter } from './errors/http-error.filter.js';
import { DeadLettersModule } from './dead-letters/dead-letters.module.js';
import { FacilitiesModule } from './facilities/facilities.module.js';
import { HealthModule } from './health/health.module.js';
import { IngestModule } from './ingest/ingest.module.js';
import { ItemsModule } from './items/items.module.js';
import { LiveModule } from './live/live.module.js';
import { RateLimitModule } from './rate-limit/rate-limit.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { RedisModule } from './redis/redis.module.js';
import { RejectedModule } from './rejected/rejected.module.js';
import { RepliesModule } from './replies/replies.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { SlaPolicyModule } from './sla-policy/sla-policy.module.js';
import { TrendsModule } from './trends/trends.module.js';
import { TriageModule } from './triage/triage.module.js';
import { UnitsModule } from './units/units.module.js';

function dashboardModules(config: AuscultConfig): DynamicModule[] {
  if (!config.dashboardDist || !existsSync(config.dashboardDist)) return [];
  return [
    ServeStaticModule.forRoot({
      rootPath: config.dashboardDist,
      exclude: ['/api/{*path}', '/socket.io/{*path}', '/feedback/{*path}', '/metrics'],
    }),
  ];
}

@Module({})
export class AppModule {
  static forRoot(config: AuscultConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        AuscultConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            ...pinoOptions(config, 'auscult-api'),
            genReqId: (req) =>
              typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'] : randomUUID(),
            autoLogging: {
              ignore: (req) =>
                (req.url?.startsWith('/api/health') || req.url?.startsWith('/metrics')) ?? false,
            },
          },
        }),
        TypeOrmModule.forRoot(
          dataSourceOptions({
            url: config.databaseUrl,
            poolSize: config.dbPoolSize,
            applicationName: 'auscult-api',
          }),
        ),
        BullModule.forRoot({
          connection: redisOptions(config.redisUrl, 'producer'),
          prefix: config.redisPrefix,
        }),
        RedisModule,
        // Before AuthModule: its guard must run first, so floods are refused before any credential check.
        RateLimitModule,
        AuthModule,
        AdminModule,
        IngestModule,
        ItemsModule,
        TrendsModule,
        TriageModule,
        AuditModule,
        RepliesModule,
        SlaPolicyModule,
        ReportsModule,
        UnitsModule,
        FacilitiesModule,
        LiveModule,
        HealthModule,
        ConnectorsModule,
        RejectedModule,
        FeedbackModule,
        MetricsModule,
        DeadLettersModule,
        ...dashboardModules(config),
      ],
      providers: [{ provide: APP_FILTER, useClass: HttpErrorFilter }],
    };
  }
}
