import { Module } from '@nestjs/common';
import { IngestModule } from '../ingest/ingest.module.js';
import { DeadLettersController } from './dead-letters.controller.js';
import { DeadLettersService } from './dead-letters.service.js';

@Module({ imports: [IngestModule], controllers: [DeadLettersController], providers: [DeadLettersService] })
export class DeadLettersModule {}
