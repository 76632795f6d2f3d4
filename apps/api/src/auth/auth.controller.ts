import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser, LoginResponse } from '@auscult/contracts';
import type { Request } from 'express';
import { RateLimit } from '../rate-limit/rate-limit.decorator.js';
import { CurrentPrincipal, CurrentUser, Public, type Principal } from './auth.decorators.js';
import { AuthService } from './auth.service.js';
import { LoginDto } from './dto/login.dto.js';
import { RefreshDto } from './dto/refresh.dto.js';

@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @RateLimit('login')
  @Post('login')
  @HttpCode(200)
  login(@Body() body: LoginDto, @Req() req: Request): Promise<LoginResponse> {
    return this.auth.login(body.email, body.password, req.ip ?? null);
  }

  /** A new access token and a new refresh token; the one sent is spent. */
  @Public()
  @RateLimit('login')
  @Post('refresh')
  @HttpCode(200)
  refresh(@Body() body: RefreshDto, @Req() req: Request): Promise<LoginResponse> {
    return this.auth.refresh(body.refreshToken, req.ip ?? null);
  }

  /** Ends this session at once: its access token, refresh tokens and sockets stop working. */
  @ApiBearerAuth()
  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentPrincipal() principal: Principal, @Req() req: Request): Promise<void> {
    if (principal.kind === 'user')
      await this.auth.logout(principal.user, principal.sessionId, req.ip ?? null);
  }

  @ApiBearerAuth()
  @Get('me')
  me(@CurrentUser() user: AuthUser): AuthUser {
    return user;
  }
}
