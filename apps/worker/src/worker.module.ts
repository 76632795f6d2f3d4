import { BullModule } from '@nestjs/bullmq';
import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QUEUES } from '@auscult/contracts';
import { pinoOptions, redisOptions, type AuscultConfig } from '@auscult/config';
import { DataKeyring, dataSourceOptions, keyringFromConfig } from '@auscult/persistence';
import { LoggerModule } from 'nestjs-pino';
import { AutoAssigner } from './assignment/auto-assigner.service.js';
import { AUSCULT_CONFIG } from './config.js';
import { NearDuplicateLinker } from './cases/near-duplicate-linker.service.js';
import { EscalationSweep } from './escalation/escalation-sweep.service.js';
import { EscalationProcessor } from './escalation/escalation.processor.js';
import { EscalationScheduler } from './escalation/escalation.scheduler.js';
import { EscalationService } from './escalation/escalation.service.js';
import { IngestPipeline } from './ingest/ingest-pipeline.service.js';
import { IngestProcessor } from './ingest/ingest.processor.js';
import { UnitDirectoryService } from './ingest/unit-directory.service.js';
import { LivePublisher } from './live/live-publisher.service.js';
import { pollRedisProvider } from './pollers/poll-redis.provider.js';
import { PollRunner } from './pollers/poll-runner.service.js';
import { PollScheduler } from './pollers/poll.scheduler.js';
import { PollProcessor } from './pollers/poll.processor.js';
import { PollerRegistry } from './pollers/poller-registry.service.js';
import { WorkerMetrics } from './ops/worker-metrics.service.js';

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
        BullModule.registerQueue({ name: QUEUES.ingest }, { name: QUEUES.escalation }, { name: QUEUES.poll }),
      ],
      providers: [
        { provide: AUSCULT_CONFIG, useValue: config },
        { provide: DataKeyring, useValue: keyringFromConfig(config.dataKeys) },
        WorkerMetrics,
        UnitDirectoryService,
        AutoAssigner,
        LivePublisher,
        IngestPipeline,
        NearDuplicateLinker,
        IngestProcessor,
        EscalationScheduler,
        EscalationService,
        EscalationProcessor,
        EscalationSweep,
        pollRedisProvider,
        PollerRegistry,
        PollRunner,
        PollScheduler,
        PollProcessor,
      ],
    };
  }
}
