import { Module } from '@nestjs/common';
import type { AuscultConfig } from '@auscult/config';
import { DataKeyring, keyringFromConfig } from '@auscult/persistence';
import { AUSCULT_CONFIG } from '../config/config.module.js';
import { ItemExportService } from './item-export.service.js';
import { ItemsController } from './items.controller.js';
import { ItemsService } from './items.service.js';

@Module({
  controllers: [ItemsController],
  providers: [
    ItemsService,
    ItemExportService,
    {
      provide: DataKeyring,
      inject: [AUSCULT_CONFIG],
      useFactory: (config: AuscultConfig) => keyringFromConfig(config.dataKeys),
    },
  ],
})
export class ItemsModule {}
