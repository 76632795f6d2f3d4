import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser, ItemPage, ItemView } from '@auscult/contracts';
import { CurrentUser } from '../auth/auth.decorators.js';
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
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)) {
      throw new DomainError('validation', 'The item id is not a UUID.', {
        errors: [{ field: 'id', reason: 'must be a UUID' }],
      });
    }
    return this.items.get(user, id.toLowerCase());
  }
}
