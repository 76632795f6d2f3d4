import { Body, Controller, Get, Param, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser, FacilitySettings } from '@auscult/contracts';
import type { Request } from 'express';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { FacilitySettingsDto } from './dto/facility-settings.dto.js';
import { FacilitiesService } from './facilities.service.js';

@ApiTags('facilities')
@ApiBearerAuth()
@Controller('v1/facilities')
export class FacilitiesController {
  constructor(private readonly facilities: FacilitiesService) {}

  @Roles('px', 'admin')
  @Get('settings')
  list(): Promise<FacilitySettings[]> {
    return this.facilities.list();
  }

  @Roles('admin')
  @Put(':facility/settings')
  put(
    @CurrentUser() admin: AuthUser,
    @Req() req: Request,
    @Param('facility') facility: string,
    @Body() body: FacilitySettingsDto,
  ): Promise<FacilitySettings> {
    return this.facilities.put(admin, facility, body, req.ip ?? null);
  }
}
