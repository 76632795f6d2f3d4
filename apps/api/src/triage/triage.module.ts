import { Module } from '@nestjs/common';
import { LiveModule } from '../live/live.module.js';
import { TriageController } from './triage.controller.js';
import { TriageService } from './triage.service.js';

/** Triage actions on items (claim, acknowledge, resolve, dismiss, assign, reclassify, note) and their audit trail. */
@Module({ imports: [LiveModule], controllers: [TriageController], providers: [TriageService] })
export class TriageModule {}
