import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser, TrendsResponse } from '@auscult/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { TrendsQuery } from './dto/trends.query.js';
import { TrendsService } from './trends.service.js';

@ApiTags('trends')
@ApiBearerAuth()
@Controller('v1/trends')
export class TrendsController {
  constructor(private readonly trends: TrendsService) {}

  @Roles('px', 'executive', 'admin', 'charge_nurse')
  @Get()
  get(@Query() query: TrendsQuery, @CurrentUser() user: AuthUser): Promise<TrendsResponse> {
    return this.trends.trends(query, user);
  }
}
