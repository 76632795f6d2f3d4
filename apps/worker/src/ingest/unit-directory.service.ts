import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { redisOptions, type AuscultConfig } from '@auscult/config';
import { UNITS_CHANGED_CHANNEL } from '@auscult/contracts';
import { UnitEntity } from '@auscult/persistence';
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { AUSCULT_CONFIG } from '../config.js';
import type { UnitAliases } from './route-to-unit.js';

// Units change rarely (an admin edits aliases). A change is announced on Redis pub/sub and drops
// the cache at once; the periodic reload only covers a message lost while Redis was away.
const REFRESH_MS = 60_000;

@Injectable()
export class UnitDirectoryService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(UnitDirectoryService.name);
  private readonly subscriber: Redis;
  private readonly channel: string;
  private units: UnitAliases[] = [];
  private loadedAt = 0;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(AUSCULT_CONFIG) config: AuscultConfig,
  ) {
    this.subscriber = new Redis(redisOptions(config.redisUrl, 'worker'));
    this.channel = `${config.redisPrefix}:${UNITS_CHANGED_CHANNEL}`;
  }

  async onModuleInit(): Promise<void> {
    this.subscriber.on('message', (channel: string, unit: string) => {
      if (channel !== this.channel) return;
      this.loadedAt = 0;
      this.logger.log({ unit }, 'unit aliases changed; directory reloads on the next item');
    });
    await this.subscriber.subscribe(this.channel);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscriber.quit().catch(() => this.subscriber.disconnect());
  }

  async current(): Promise<UnitAliases[]> {
    if (Date.now() - this.loadedAt > REFRESH_MS) {
      const rows = await this.ds.getRepository(UnitEntity).find();
      this.units = rows.map((u) => ({ code: u.code, aliases: u.aliases }));
      this.loadedAt = Date.now();
    }
    return this.units;
  }
}
