import { BullModule } from '@nestjs/bullmq';
import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QUEUES } from '@auscult/contracts';
import { pinoOptions, redisOptions, type AuscultConfig } from '@auscult/config';
import { dataSourceOptions } from '@auscult/persistence';
import { LoggerModule } from 'nestjs-pino';
import { AutoAssigner } from './assignment/auto-assigner.service.js';
import { AUSCULT_CONFIG } from './config.js';
import { EscalationSweep } from './escalation/escalation-sweep.service.js';
import { EscalationProcessor } from './escalation/escalation.processor.js';
import { EscalationScheduler } from './escalation/escalation.scheduler.js';
import { EscalationService } from './escalation/escalation.service.js';
import { IngestPipeline } from './ingest/ingest-pipeline.service.js';
import { IngestProcessor } from './ingest/ingest.processor.js';
import { UnitDirectoryService } from './ingest/unit-directory.service.js';
import { LivePublisher } from './live/live-publisher.service.js';

@Module({})
export class WorkerModule {
  static forRoot(config: AuscultConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        LoggerModule.forRoot({ pinoHttp: pinoOptions(config, 'auscult-worker') }),
        TypeOrmModule.forRoot(
          dataSourceOptions({
            url: config.databaseUrl,
            poolSize: config.dbPoolSize,
            applicationName: 'auscult-worker',
          }),
        ),
        BullModule.forRoot({
          connection: redisOptions(config.redisUrl, 'worker'),
          prefix: config.redisPrefix,
        }),
        BullModule.registerQueue({ name: QUEUES.ingest }, { name: QUEUES.escalation }),
      ],
      providers: [
        { provide: AUSCULT_CONFIG, useValue: config },
        UnitDirectoryService,
        AutoAssigner,
        LivePublisher,
        IngestPipeline,
        IngestProcessor,
        EscalationScheduler,
        EscalationService,
        EscalationProcessor,
        EscalationSweep,
      ],
    };
  }
}
