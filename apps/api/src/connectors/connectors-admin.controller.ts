import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ConnectorHealthResponse } from '@auscult/contracts';
import { Roles } from '../auth/auth.decorators.js';
import { ConnectorsAdminService } from './connectors-admin.service.js';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('v1/admin/connectors')
export class ConnectorsAdminController {
  constructor(private readonly admin: ConnectorsAdminService) {}

  @Get()
  @ApiOperation({
    summary:
      'Per source: last success, lag, 24-hour error rate, last error; alerting when silent or failing past its rhythm.',
  })
  health(): Promise<ConnectorHealthResponse> {
    return this.admin.health();
  }
}
