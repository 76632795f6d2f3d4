import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@auscult/contracts';
import type { Request, Response } from 'express';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { AuditSearchQuery } from './dto/audit-search.query.js';
import { AuditService, csvHeader, csvLine, type AuditPage } from './audit.service.js';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('v1/admin')
@Roles('admin')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get('audit')
  search(@Query() query: AuditSearchQuery): Promise<AuditPage> {
    return this.audit.search(query);
  }

  /** The whole matching trail as CSV, streamed page by page; the export is itself an audit event. */
  @Get('audit.csv')
  async export(
    @CurrentUser() user: AuthUser,
    @Query() query: AuditSearchQuery,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const { limit: _limit, ...filters } = query;
    await this.audit.record(user, 'audit.exported', JSON.stringify(filters), req.ip ?? null);
    res.status(200);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', 'attachment; filename="auscult-audit.csv"');
    res.write(csvHeader);
    for await (const event of this.audit.all(filters)) {
      if (!res.write(csvLine(event))) await new Promise((resolve) => res.once('drain', resolve));
    }
    res.end();
  }
}
