import { Body, Controller, Get, HttpCode, Param, Post, Put, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  ITEM_KINDS,
  type AuthUser,
  type ItemKind,
  type ReplyCheckResult,
  type ReplyTemplate,
} from '@auscult/contracts';
import type { Request } from 'express';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { DomainError } from '../errors/domain-error.js';
import { ReplyCheckDto, ReplyTemplateDto } from './dto/reply-check.dto.js';
import { RepliesService } from './replies.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@ApiTags('replies')
@ApiBearerAuth()
@Controller('v1')
export class RepliesController {
  constructor(private readonly replies: RepliesService) {}

  /** PX checks a public reply before copying it out: warnings with spans and reasons, and the approved wording. */
  @Post('items/:id/reply-check')
  @HttpCode(200)
  @Roles('px')
  check(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Body() body: ReplyCheckDto,
    @Req() req: Request,
  ): Promise<ReplyCheckResult> {
    if (!UUID.test(id))
      throw new DomainError('validation', 'The item id is not a UUID.', {
        errors: [{ field: 'id', reason: 'must be a UUID' }],
      });
    return this.replies.check(user, id.toLowerCase(), body.draft, req.ip ?? null);
  }

  @Get('reply-templates')
  @Roles('px', 'admin')
  templates(): Promise<ReplyTemplate[]> {
    return this.replies.templates();
  }

  @Put('reply-templates/:kind')
  @Roles('admin')
  update(
    @CurrentUser() user: AuthUser,
    @Param('kind') kind: string,
    @Body() body: ReplyTemplateDto,
    @Req() req: Request,
  ): Promise<ReplyTemplate> {
    if (!(ITEM_KINDS as readonly string[]).includes(kind))
      throw new DomainError('validation', 'Unknown kind.', {
        errors: [{ field: 'kind', reason: `must be one of ${ITEM_KINDS.join(', ')}` }],
      });
    return this.replies.updateTemplate(user, kind as ItemKind, body.text, req.ip ?? null);
  }
}
