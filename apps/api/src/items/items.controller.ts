import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser, ItemOriginalView, ItemPage, ItemView } from '@auscult/contracts';
import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import { DomainError } from '../errors/domain-error.js';
import type { Request, Response } from 'express';
import { ItemFiltersQuery, ListItemsQuery } from './dto/list-items.query.js';
import { ItemExportService } from './item-export.service.js';
import { ItemsService } from './items.service.js';

@ApiTags('items')
@ApiBearerAuth()
@Controller('v1/items')
export class ItemsController {
  constructor(
    private readonly items: ItemsService,
    private readonly exports: ItemExportService,
  ) {}

  @Get()
  list(@CurrentUser() user: AuthUser, @Query() query: ListItemsQuery): Promise<ItemPage> {
    return this.items.list(user, query);
  }

  /** Declared before :id, which would otherwise take `export.csv` as an id. */
  @Get('export.csv')
  async exportCsv(
    @CurrentUser() user: AuthUser,
    @Query() filters: ItemFiltersQuery,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    await this.exports.stream(user, filters, res, req.ip ?? null);
  }

  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id') id: string): Promise<ItemView> {
    return this.items.get(user, itemId(id));
  }

  /** The decrypted original: PX and the unit's nurses only (never executives), every read audited. */
  @Get(':id/original')
  @Roles('px', 'nurse', 'charge_nurse')
  original(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Req() req: Request,
  ): Promise<ItemOriginalView> {
    const userAgent = req.headers['user-agent'];
    return this.items.readOriginal(user, itemId(id), {
      remoteAddress: req.ip ?? null,
      userAgent: typeof userAgent === 'string' ? userAgent.slice(0, 512) : null,
    });
  }
}

function itemId(id: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
    throw new DomainError('validation', 'The item id is not a UUID.', {
      errors: [{ field: 'id', reason: 'must be a UUID' }],
    });
  }
  return id.toLowerCase();
}
