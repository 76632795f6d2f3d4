import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@auscult/contracts';
import { LiveModule } from '../live/live.module.js';
import { TriageController } from './triage.controller.js';
import { TriageService } from './triage.service.js';

/** Triage actions on items (claim, acknowledge, resolve, dismiss, assign, reclassify, note) and their audit trail. */
@Module({
  imports: [LiveModule, BullModule.registerQueue({ name: QUEUES.escalation })],
  controllers: [TriageController],
  providers: [TriageService],
})
export class TriageModule {}
