import { Controller, Get, Header, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { AuscultConfig } from '@auscult/config';
import { isMetricsToken } from '@auscult/config';
import { Inject } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public } from '../auth/auth.decorators.js';
import { SessionService } from '../auth/session.service.js';
import { TokenService } from '../auth/token.service.js';
import { AUSCULT_CONFIG } from '../config/config.module.js';
import { DomainError } from '../errors/domain-error.js';
import { ApiMetrics } from './api-metrics.service.js';

/**
 * GET /metrics (outside /api, where Prometheus looks by default). A scraper sends the static
 * METRICS_TOKEN as a bearer token (users' tokens expire within hours; a scrape config holds a
 * long-lived secret); an admin may also read it with their own token. Nobody else may.
 */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: ApiMetrics,
    private readonly tokens: TokenService,
    private readonly sessions: SessionService,
    @Inject(AUSCULT_CONFIG) private readonly config: AuscultConfig,
  ) {}

  @Public()
  @Get()
  @Header('cache-control', 'no-store')
  async scrape(@Req() req: Request, @Res() res: Response): Promise<void> {
    await this.authorise(req.headers.authorization);
    res.type(this.metrics.registry.contentType).send(await this.metrics.registry.metrics());
  }

  private async authorise(authorization: string | undefined): Promise<void> {
    if (isMetricsToken(authorization, this.config.metricsToken)) return;
    if (!authorization?.startsWith('Bearer ')) {
      throw new DomainError('unauthenticated', 'Send the metrics token or an admin bearer token.');
    }
    const verified = await this.tokens.verify(authorization.slice(7));
    if (!verified) throw new DomainError('unauthenticated', 'The bearer token is invalid or has expired.');
    // As the AuthGuard does: a logged-out or revoked admin token must not keep reading.
    if (!(await this.sessions.isLive(verified.sessionId)))
      throw new DomainError('unauthenticated', 'Your session has ended; log in again.');
    if (verified.user.role !== 'admin')
      throw new DomainError('forbidden', 'Only admins and the metrics scraper may read metrics.');
  }
}
