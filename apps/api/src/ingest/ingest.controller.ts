import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { IngestResponse } from '@auscult/contracts';
import { AllowIngestKey, Roles } from '../auth/auth.decorators.js';
import { RateLimit } from '../rate-limit/rate-limit.decorator.js';
import { DomainError } from '../errors/domain-error.js';
import { IngestRejections } from '../rejected/ingest-rejections.js';
import { IngestItemDto } from './dto/ingest-item.dto.js';
import { IngestService } from './ingest.service.js';
import { parseIngestBody } from './parse-ingest-body.js';

@ApiTags('ingest')
@ApiBearerAuth()
@ApiHeader({ name: 'x-api-key', required: false, description: 'An ingest key (instead of a bearer token).' })
@Controller('v1/ingest')
export class IngestController {
  constructor(
    private readonly ingest: IngestService,
    private readonly rejections: IngestRejections,
  ) {}

  // Sources send their key; of the people, only PX (a letter or call typed in) and admins may add items.
  @AllowIngestKey()
  @Roles('px', 'admin')
  @RateLimit('ingest')
  @Post()
  @HttpCode(202)
  @ApiBody({ description: 'One item, or an array of up to 1,000 items.', type: IngestItemDto })
  async accept(@Body() body: unknown): Promise<IngestResponse> {
    let items;
    try {
      items = parseIngestBody(body);
    } catch (e) {
      if (e instanceof DomainError && e.code === 'validation') await this.rejections.keep(body, e);
      throw e;
    }
    return { items: await this.ingest.ingest(items) };
  }
}
