import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser, ItemPage, ItemView } from '@auscult/contracts';
import { CurrentUser } from '../auth/auth.decorators.js';
import { DomainError } from '../errors/domain-error.js';
import { ListItemsQuery } from './dto/list-items.query.js';
import { ItemsService } from './items.service.js';

@ApiTags('items')
@ApiBearerAuth()
@Controller('v1/items')
export class ItemsController {
  constructor(private readonly items: ItemsService) {}

  @Get()
  list(@CurrentUser() user: AuthUser, @Query() query: ListItemsQuery): Promise<ItemPage> {
    return this.items.list(user, query);
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
