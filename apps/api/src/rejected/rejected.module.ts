import { Module } from '@nestjs/common';
import { ConnectorsModule } from '../connectors/connectors.module.js';
import { RejectedController } from './rejected.controller.js';
import { RejectedService } from './rejected.service.js';

@Module({
  imports: [ConnectorsModule],
  controllers: [RejectedController],
  providers: [RejectedService],
})
export class RejectedModule {}
