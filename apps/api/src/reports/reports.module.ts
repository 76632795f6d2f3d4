import { Module } from '@nestjs/common';
import { ReportsController } from './reports.controller.js';
import { SlaReportService } from './sla-report.service.js';

/** Reports: the SLA report (JSON and CSV). */
@Module({ controllers: [ReportsController], providers: [SlaReportService] })
export class ReportsModule {}
