import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AdminUserView, AuthUser } from '@auscult/contracts';
import type { Request } from 'express';
import { CurrentUser, Roles } from '../../auth/auth.decorators.js';
import { invalid } from '../../errors/validation.js';
import { AdminUsersService } from './admin-users.service.js';
import { CreateUserDto, UpdateUserDto } from './dto/user.dto.js';

export const uuid = new ParseUUIDPipe({
  exceptionFactory: () => invalid([{ field: 'id', reason: 'must be a UUID' }]),
});

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('v1/admin/users')
export class AdminUsersController {
  constructor(private readonly users: AdminUsersService) {}

  @Get()
  list(): Promise<AdminUserView[]> {
    return this.users.list();
  }

  @Post()
  create(
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
    @Body() body: CreateUserDto,
  ): Promise<AdminUserView> {
    return this.users.create({ user, remoteAddress: req.ip ?? null }, body);
  }

  @Patch(':id')
  update(
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
    @Param('id', uuid) id: string,
    @Body() body: UpdateUserDto,
  ): Promise<AdminUserView> {
    return this.users.update({ user, remoteAddress: req.ip ?? null }, id, body);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  deactivate(
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
    @Param('id', uuid) id: string,
  ): Promise<AdminUserView> {
    return this.users.setActive({ user, remoteAddress: req.ip ?? null }, id, false);
  }

  @Post(':id/activate')
  @HttpCode(200)
  activate(
    @CurrentUser() user: AuthUser,
    @Req() req: Request,
    @Param('id', uuid) id: string,
  ): Promise<AdminUserView> {
    return this.users.setActive({ user, remoteAddress: req.ip ?? null }, id, true);
  }
}
