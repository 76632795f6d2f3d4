import { Module } from '@nestjs/common';
import { SlaPolicyController } from './sla-policy.controller.js';
import { SlaPolicyService } from './sla-policy.service.js';

/** The SLA policy per urgency (global and per facility): read by all, edited by admins. */
@Module({ controllers: [SlaPolicyController], providers: [SlaPolicyService] })
export class SlaPolicyModule {}
