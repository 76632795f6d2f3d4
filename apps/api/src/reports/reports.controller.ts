import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { SlaReport, SlaShare } from '@auscult/contracts';
import { Roles } from '../auth/auth.decorators.js';
import { csvLine } from './csv.js';
import { ReportRangeQuery } from './dto/report-range.query.js';
import { SlaReportService } from './sla-report.service.js';

const SHARE_COLUMNS = ['total', 'met', 'breached', 'pending', 'share'] as const;
const row = (dimension: string, key: string, s: SlaShare) =>
  csvLine([dimension, key, ...SHARE_COLUMNS.map((c) => s[c])]);

@ApiTags('reports')
@ApiBearerAuth()
@Roles('px', 'admin', 'executive')
@Controller('v1/reports')
export class ReportsController {
  constructor(private readonly sla: SlaReportService) {}

  @Get('sla')
  slaReport(@Query() query: ReportRangeQuery): Promise<SlaReport> {
    return this.sla.report(query);
  }

  /** The same figures as rows (a few dozen at most, so built in memory). */
  @Get('sla.csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="sla-report.csv"')
  async slaCsv(@Query() query: ReportRangeQuery): Promise<string> {
    const r = await this.sla.report(query);
    return [
      csvLine(['dimension', 'key', ...SHARE_COLUMNS]),
      row('overall', `${r.from}/${r.to}`, r.overall),
      ...r.byUnit.map((u) => row('unit', u.unit ?? 'unrouted', u)),
      ...r.byTeam.map((t) => row('team', t.team, t)),
      ...r.byUrgency.map((u) => row('urgency', `${u.kind}:${u.urgency}`, u)),
    ].join('');
  }
}
