import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@auscult/contracts';
import type { AuscultConfig } from '@auscult/config';
import { AUSCULT_CONFIG } from '../config/config.module.js';
import { ingestJobOptions } from '@auscult/connectors';
import { ConnectorIntakeStore } from '@auscult/persistence';
import { DataSource } from 'typeorm';
import { IngestRejections } from '../rejected/ingest-rejections.js';
import { IngestController } from './ingest.controller.js';
import { IngestService } from './ingest.service.js';

@Module({
  imports: [
    BullModule.registerQueueAsync({
      name: QUEUES.ingest,
      inject: [AUSCULT_CONFIG],
      useFactory: (config: AuscultConfig) => ({
        defaultJobOptions: ingestJobOptions(config.ingestBackoffMs),
      }),
    }),
  ],
  controllers: [IngestController],
  providers: [
    IngestService,
    IngestRejections,
    {
      provide: ConnectorIntakeStore,
      inject: [DataSource],
      useFactory: (ds: DataSource) => new ConnectorIntakeStore(ds),
    },
  ],
  exports: [IngestService, BullModule],
})
export class IngestModule {}
