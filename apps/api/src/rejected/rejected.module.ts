import { Module } from '@nestjs/common';
import { ConnectorsModule } from '../connectors/connectors.module.js';
import { IngestModule } from '../ingest/ingest.module.js';
import { RejectedController } from './rejected.controller.js';
import { RejectedService } from './rejected.service.js';

@Module({
  imports: [ConnectorsModule, IngestModule],
  controllers: [RejectedController],
  providers: [RejectedService],
})
export class RejectedModule {}
