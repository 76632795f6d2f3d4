import { Module } from '@nestjs/common';
import { ItemExportService } from './item-export.service.js';
import { ItemsController } from './items.controller.js';
import { ItemsService } from './items.service.js';

@Module({ controllers: [ItemsController], providers: [ItemsService, ItemExportService] })
export class ItemsModule {}
