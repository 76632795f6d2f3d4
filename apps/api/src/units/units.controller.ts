import { Body, Controller, Get, Param, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser, UnitView } from '@auscult/contracts';
import type { Request } from 'express';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { UnitAliasesDto } from './dto/unit-aliases.dto.js';
import { UnitsService } from './units.service.js';

@ApiTags('units')
@ApiBearerAuth()
@Controller('v1/units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get()
  list(): Promise<UnitView[]> {
    return this.units.list();
  }

  @Roles('admin')
  @Put(':code/aliases')
  setAliases(
    @CurrentUser() admin: AuthUser,
    @Req() req: Request,
    @Param('code') code: string,
    @Body() body: UnitAliasesDto,
  ): Promise<UnitView> {
    return this.units.setAliases(admin, code, body.aliases, req.ip ?? null);
  }
}
