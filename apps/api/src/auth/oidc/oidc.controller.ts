import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { AuscultConfig } from '@auscult/config';
import type { AuthConfigResponse, LoginResponse } from '@auscult/contracts';
import type { Request, Response } from 'express';
import { AUSCULT_CONFIG } from '../../config/config.module.js';
import { DomainError } from '../../errors/domain-error.js';
import { statusOf } from '../../errors/http-error.filter.js';
import { RateLimit } from '../../rate-limit/rate-limit.decorator.js';
import { Public } from '../auth.decorators.js';
import { OidcExchangeDto } from './dto/exchange.dto.js';
import { FLOW_TTL_SECONDS, OidcService } from './oidc.service.js';

/** HttpOnly cookie binding a sign-in (state, then hand-off code) to the browser that started it. */
export const BINDING_COOKIE = 'auscult_sso';
const COOKIE_PATH = '/api/v1/auth/oidc';

function cookie(req: Request, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=') || null;
  }
  return null;
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** A refusal a person can read (the callback is a browser navigation, not a fetch). */
function refusalPage(message: string, dashboardUrl: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Auscult sign-in refused</title></head>
<body><main><h1>Sign-in refused</h1><p role="alert">${escapeHtml(message)}</p>
<p><a href="${escapeHtml(dashboardUrl)}">Back to the Auscult sign-in page</a></p></main></body></html>`;
}

@ApiTags('auth')
@Controller('v1/auth')
export class OidcController {
  constructor(
    private readonly oidc: OidcService,
    @Inject(AUSCULT_CONFIG) private readonly config: AuscultConfig,
  ) {}

  /** Which ways of signing in this server offers (public: the login page asks before anyone is signed in). */
  @Public()
  @Get('config')
  authConfig(): AuthConfigResponse {
    return {
      password: true,
      sso: this.oidc.enabled ? { enabled: true, loginUrl: `${COOKIE_PATH}/login` } : { enabled: false },
    };
  }

  /** Starts hospital single sign-on: 302 to the identity provider (state, nonce, PKCE S256). */
  @Public()
  @RateLimit('login')
  @Get('oidc/login')
  async login(@Res() res: Response): Promise<void> {
    const { authorizationUrl, binding } = await this.oidc.start();
    res.cookie(BINDING_COOKIE, binding, this.cookieOptions(FLOW_TTL_SECONDS));
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(302, authorizationUrl);
  }

  /**
   * The identity provider's redirect. On success: 303 to the dashboard with a one-time code in the URL
   * fragment (never sent to a server, so never in an access log); the tokens themselves never enter a URL.
   */
  @Public()
  @RateLimit('login')
  @Get('oidc/callback')
  async callback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const query = new URL(req.originalUrl, 'http://callback.invalid').searchParams;
    res.setHeader('Cache-Control', 'no-store');
    try {
      const { handoffCode, dashboardUrl } = await this.oidc.finish(query, this.context(req));
      res.redirect(303, `${dashboardUrl}#sso_code=${handoffCode}`);
    } catch (e) {
      if (!(e instanceof DomainError) || !req.accepts('html')) throw e;
      const dashboardUrl = this.config.oidc?.dashboardUrl ?? '/';
      res.status(statusOf(e.code)).type('html').send(refusalPage(e.message, dashboardUrl));
    }
  }

  /** The dashboard trades the one-time code (with the browser's binding cookie) for its session tokens. */
  @Public()
  @RateLimit('login')
  @Post('oidc/exchange')
  @HttpCode(200)
  async exchange(
    @Body() body: OidcExchangeDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponse> {
    const answer = await this.oidc.exchange(body.code, this.context(req));
    res.clearCookie(BINDING_COOKIE, this.cookieOptions(0));
    res.setHeader('Cache-Control', 'no-store');
    return answer;
  }

  private context(req: Request) {
    return {
      binding: cookie(req, BINDING_COOKIE),
      remoteAddress: req.ip ?? null,
      userAgent: req.headers['user-agent']?.slice(0, 300) ?? null,
    };
  }

  private cookieOptions(maxAgeSeconds: number) {
    return {
      httpOnly: true,
      // Lax: the provider's redirect back is a top-level GET from another site, which must carry it.
      sameSite: 'lax' as const,
      secure: this.config.oidc?.redirectUrl.startsWith('https:') ?? true,
      path: COOKIE_PATH,
      ...(maxAgeSeconds > 0 ? { maxAge: maxAgeSeconds * 1000 } : {}),
    };
  }
}
