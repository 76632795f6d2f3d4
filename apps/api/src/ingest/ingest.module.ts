import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@auscult/contracts';
import { ConnectorIntakeStore } from '@auscult/persistence';
import { DataSource } from 'typeorm';
import { IngestRejections } from '../rejected/ingest-rejections.js';
import { IngestController } from './ingest.controller.js';
import { IngestService } from './ingest.service.js';
import { INGEST_JOB_OPTIONS } from './ingest-job-options.js';

@Module({
  imports: [BullModule.registerQueue({ name: QUEUES.ingest, defaultJobOptions: INGEST_JOB_OPTIONS })],
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
  exports: [IngestService],
})
export class IngestModule {}
