import { Body, Controller, Get, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser, SlaPolicy } from '@auscult/contracts';
import type { Request } from 'express';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { SlaPolicyDto } from './dto/sla-policy.dto.js';
import { SlaPolicyService } from './sla-policy.service.js';

@ApiTags('sla-policy')
@ApiBearerAuth()
@Controller('v1/sla-policy')
export class SlaPolicyController {
  constructor(private readonly policies: SlaPolicyService) {}

  /** Everyone signed in: boards show the windows their clocks run against. */
  @Get()
  list(): Promise<SlaPolicy[]> {
    return this.policies.list();
  }

  @Roles('admin')
  @Put()
  put(@CurrentUser() admin: AuthUser, @Req() req: Request, @Body() body: SlaPolicyDto): Promise<SlaPolicy> {
    return this.policies.put(admin, body, req.ip ?? null);
  }
}
