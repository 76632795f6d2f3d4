import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/auth.decorators.js';
import { DomainError } from '../errors/domain-error.js';
import { FeedbackRateLimitGuard } from '../rate-limit/feedback-rate-limit.guard.js';
import { FeedbackPageFilter } from './feedback-page.filter.js';
import { formPage, thanksPage } from './feedback-page.js';
import { checkToken, cookieHeader, issueToken, newNonce, nonceFrom } from './feedback-token.js';
import { FeedbackService, MAX_MESSAGE_LENGTH } from './feedback.service.js';

// No framework, no script: a strict policy costs nothing here and shuts out injected content.
const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
};

/** The public comment card of a unit (/feedback/:unitCode), reached from the QR code printed for it. */
@ApiExcludeController()
@Public()
@UseFilters(FeedbackPageFilter)
@Controller('feedback')
export class FeedbackController {
  constructor(private readonly feedback: FeedbackService) {}

  @Get(':unitCode')
  async show(
    @Param('unitCode') code: string,
    @Query('sent') sent: string | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const unit = await this.unit(code);
    if (sent === '1') return this.send(res, 200, thanksPage(unit.code, unit.name));
    const nonce = this.nonce(req, res);
    this.send(
      res,
      200,
      formPage({
        unitCode: unit.code,
        unitName: unit.name,
        token: issueToken(this.feedback.tokenKey, nonce, unit.code).token,
      }),
    );
  }

  @Post(':unitCode')
  @UseGuards(FeedbackRateLimitGuard)
  async submit(
    @Param('unitCode') code: string,
    @Body() body: Record<string, unknown> | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    const unit = await this.unit(code);
    const message = typeof body?.message === 'string' ? body.message : '';
    const location = typeof body?.location === 'string' ? body.location : '';
    const nonce = nonceFrom(req.headers.cookie);
    const formId = checkToken(this.feedback.tokenKey, nonce, unit.code, body?.token);
    const again = (status: number, error: string) =>
      this.send(
        res,
        status,
        formPage({
          unitCode: unit.code,
          unitName: unit.name,
          token: issueToken(this.feedback.tokenKey, this.nonce(req, res), unit.code).token,
          message,
          location,
          error,
        }),
      );
    if (formId === null)
      return again(
        400,
        'This page was open for a long time or cookies are blocked. Please press “Send to the team” again.',
      );
    if (message.trim() === '') return again(400, 'Please write your message in the box.');
    if (message.length > MAX_MESSAGE_LENGTH)
      return again(400, `Please shorten your message to ${MAX_MESSAGE_LENGTH} characters or fewer.`);
    await this.feedback.submit(unit, { formId, message, location });
    res.redirect(303, `/feedback/${encodeURIComponent(unit.code)}?sent=1`);
  }

  private async unit(code: string) {
    const unit = await this.feedback.findUnit(code);
    if (!unit) throw new DomainError('not_found', 'unknown unit');
    return unit;
  }

  /** The visitor's cookie nonce, set when missing (SameSite=Strict: never sent by another site's form). */
  private nonce(req: Request, res: Response): string {
    const existing = nonceFrom(req.headers.cookie);
    if (existing) return existing;
    const nonce = newNonce();
    res.setHeader('Set-Cookie', cookieHeader(nonce, req.secure));
    req.headers.cookie = `${req.headers.cookie ? `${req.headers.cookie}; ` : ''}auscult_card=${nonce}`;
    return nonce;
  }

  private send(res: Response, status: number, html: string): void {
    res.status(status).set(SECURITY_HEADERS).type('html').send(html);
  }
}
