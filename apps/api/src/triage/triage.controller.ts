import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser, ItemView } from '@auscult/contracts';
import type { Request } from 'express';
import { CurrentUser } from '../auth/auth.decorators.js';
import { DomainError } from '../errors/domain-error.js';
import type { AuditEventView } from './dto/audit-event.view.js';
import { ReclassifyDto } from './dto/reclassify.dto.js';
import { AssignDto, ForwardDto, NoteRequiredDto, TriageActionDto } from './dto/triage-action.dto.js';
import type { TriageAction } from './triage-policy.js';
import { TriageService, type TriageInput } from './triage.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function itemId(raw: string): string {
  if (!UUID.test(raw))
    throw new DomainError('validation', 'The item id is not a UUID.', {
      errors: [{ field: 'id', reason: 'must be a UUID' }],
    });
  return raw.toLowerCase();
}

/** POST /api/v1/items/:id/<action>: every action answers 200 with the item as the caller may now see it. */
@ApiTags('triage')
@ApiBearerAuth()
@Controller('v1/items/:id')
export class TriageController {
  constructor(private readonly triage: TriageService) {}

  private act(
    user: AuthUser,
    req: Request,
    id: string,
    action: TriageAction,
    input: TriageInput,
  ): Promise<ItemView> {
    return this.triage.act({ user, remoteAddress: req.ip ?? null }, itemId(id), action, input);
  }

  @Post('claim')
  @HttpCode(200)
  claim(
    @CurrentUser() u: AuthUser,
    @Req() req: Request,
    @Param('id') id: string,
    @Body() b: TriageActionDto,
  ) {
    return this.act(u, req, id, 'claim', b);
  }

  @Post('acknowledge')
  @HttpCode(200)
  acknowledge(
    @CurrentUser() u: AuthUser,
    @Req() req: Request,
    @Param('id') id: string,
    @Body() b: TriageActionDto,
  ) {
    return this.act(u, req, id, 'acknowledge', b);
  }

  @Post('resolve')
  @HttpCode(200)
  resolve(
    @CurrentUser() u: AuthUser,
    @Req() req: Request,
    @Param('id') id: string,
    @Body() b: NoteRequiredDto,
  ) {
    return this.act(u, req, id, 'resolve', b);
  }

  @Post('dismiss')
  @HttpCode(200)
  dismiss(
    @CurrentUser() u: AuthUser,
    @Req() req: Request,
    @Param('id') id: string,
    @Body() b: TriageActionDto,
  ) {
    return this.act(u, req, id, 'dismiss', b);
  }

  @Post('assign')
  @HttpCode(200)
  assign(@CurrentUser() u: AuthUser, @Req() req: Request, @Param('id') id: string, @Body() b: AssignDto) {
    return this.act(u, req, id, 'assign', b);
  }

  @Post('reclassify')
  @HttpCode(200)
  reclassify(
    @CurrentUser() u: AuthUser,
    @Req() req: Request,
    @Param('id') id: string,
    @Body() b: ReclassifyDto,
  ) {
    const { kind, urgency, topics, ...rest } = b;
    return this.act(u, req, id, 'reclassify', { ...rest, correction: { kind, urgency, topics } });
  }

  @Post('note')
  @HttpCode(200)
  note(@CurrentUser() u: AuthUser, @Req() req: Request, @Param('id') id: string, @Body() b: NoteRequiredDto) {
    return this.act(u, req, id, 'note', b);
  }

  @Post('forward')
  @HttpCode(200)
  forward(@CurrentUser() u: AuthUser, @Req() req: Request, @Param('id') id: string, @Body() b: ForwardDto) {
    return this.act(u, req, id, 'forward', b);
  }

  @Get('audit')
  audit(@CurrentUser() u: AuthUser, @Param('id') id: string): Promise<AuditEventView[]> {
    return this.triage.auditTrail(u, itemId(id));
  }
}
