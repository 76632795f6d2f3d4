import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/auth.decorators.js';
import { WebhookService } from './webhook.service.js';

/**
 * Push sources. Public to the auth guard because each source authenticates by its own signature
 * scheme over the raw body (checked in the service, 401 with the reason when it fails).
 */
@ApiTags('connectors')
@Public()
@Controller('v1/connectors/:source/webhook')
export class WebhookController {
  constructor(private readonly webhooks: WebhookService) {}

  @Get()
  @ApiOperation({
    summary: "A provider's subscription handshake (Meta: hub.mode, hub.verify_token, hub.challenge).",
  })
  handshake(
    @Param('source') source: string,
    @Query() query: Record<string, string | undefined>,
    @Res() res: Response,
  ): void {
    const reply = this.webhooks.handshake(source, query);
    res.status(reply.status).type(reply.contentType).send(reply.body);
  }

  @Post()
  @ApiOperation({ summary: "A delivery in the source's own format, signed by its own scheme." })
  async deliver(@Param('source') source: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const answer = await this.webhooks.deliver(source, req);
    if (answer.kind === 'reply')
      res.status(answer.reply.status).type(answer.reply.contentType).send(answer.reply.body);
    else res.status(answer.status).json(answer.body);
  }
}
