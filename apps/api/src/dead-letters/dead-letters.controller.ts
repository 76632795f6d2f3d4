import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '@auscult/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { DeadLettersService, type DeadLetterView } from './dead-letters.service.js';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('v1/admin/dead-letters')
export class DeadLettersController {
  constructor(private readonly deadLetters: DeadLettersService) {}

  /** Ingest jobs that failed every attempt, newest first (at most 500). */
  @Get()
  list(): Promise<{ total: number; deadLetters: DeadLetterView[] }> {
    return this.deadLetters.list();
  }

  /** Puts a dead letter back on the queue with fresh attempts; audited. */
  @Post(':id/replay')
  @HttpCode(202)
  async replay(
    @Param('id') id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<{ replayed: DeadLetterView }> {
    return { replayed: await this.deadLetters.replay(id, user) };
  }
}
