import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser, RejectedItemPage } from '@auscult/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { ListRejectedQuery } from './dto/list-rejected.query.js';
import { RejectedService, type ReplayResult } from './rejected.service.js';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('v1/admin/rejected')
export class RejectedController {
  constructor(private readonly rejected: RejectedService) {}

  @Get()
  list(@Query() query: ListRejectedQuery): Promise<RejectedItemPage> {
    return this.rejected.list(query);
  }

  @Post(':id/replay')
  @HttpCode(200)
  replay(@CurrentUser() admin: AuthUser, @Param('id') id: string): Promise<ReplayResult> {
    return this.rejected.replay(id, admin);
  }
}
