import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnitEntity } from '@auscult/persistence';
import type { DataSource } from 'typeorm';
import type { UnitAliases } from './route-to-unit.js';

// Units change rarely (an admin edits aliases); a minute's delay is fine and keeps a query off every item.
const REFRESH_MS = 60_000;

@Injectable()
export class UnitDirectoryService {
  private units: UnitAliases[] = [];
  private loadedAt = 0;

  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async current(): Promise<UnitAliases[]> {
    if (Date.now() - this.loadedAt > REFRESH_MS) {
      const rows = await this.ds.getRepository(UnitEntity).find();
      this.units = rows.map((u) => ({ code: u.code, aliases: u.aliases }));
      this.loadedAt = Date.now();
    }
    return this.units;
  }
}
