import { Controller, Get, Inject, Param, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuscultConfig } from '@auscult/config';
import type { Request, Response } from 'express';
import QRCode from 'qrcode';
import { Roles } from '../auth/auth.decorators.js';
import { AUSCULT_CONFIG } from '../config/config.module.js';
import { DomainError } from '../errors/domain-error.js';
import { FeedbackService } from './feedback.service.js';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('v1/units')
export class UnitQrController {
  constructor(
    private readonly feedback: FeedbackService,
    @Inject(AUSCULT_CONFIG) private readonly config: AuscultConfig,
  ) {}

  @Get(':code/qr.svg')
  @ApiOperation({ summary: "The QR code of a unit's comment card (/feedback/:code), as SVG for printing." })
  async qr(@Param('code') code: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const unit = await this.feedback.findUnit(code);
    if (!unit) throw new DomainError('not_found', `No unit ${code}.`);
    const base =
      this.config.pushConnectors.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    const url = `${base}/feedback/${encodeURIComponent(unit.code)}`;
    // Level M survives a scuffed or partly covered print; the margin is the quiet zone scanners need.
    const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
    res.type('image/svg+xml').setHeader('X-Feedback-Url', url).send(svg);
  }
}
