import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthUser, FacilitySettings } from '@auscult/contracts';
import { AuditEventEntity, FacilitySettingsEntity } from '@auscult/persistence';
import type { DataSource } from 'typeorm';
import { DomainError } from '../errors/domain-error.js';
import type { FacilitySettingsDto } from './dto/facility-settings.dto.js';

const DEFAULTS = { autoAssign: false, openItemCap: 10 };

/** Per-facility settings (auto-assignment); every facility that has units is listed, stored or default. */
@Injectable()
export class FacilitiesService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async list(): Promise<FacilitySettings[]> {
    const facilities: { facility: string }[] = await this.ds.query(
      `SELECT DISTINCT facility FROM units ORDER BY facility`,
    );
    const stored = await this.ds.getRepository(FacilitySettingsEntity).find();
    const byName = new Map(stored.map((s) => [s.facility, s]));
    return facilities.map(({ facility }) => {
      const s = byName.get(facility);
      return { facility, ...(s ? { autoAssign: s.autoAssign, openItemCap: s.openItemCap } : DEFAULTS) };
    });
  }

  async put(admin: AuthUser, facility: string, dto: FacilitySettingsDto, remoteAddress: string | null) {
    if (!(await this.list()).some((f) => f.facility === facility))
      throw new DomainError('not_found', 'No such facility.');
    await this.ds.transaction(async (em) => {
      const before = await em.findOneBy(FacilitySettingsEntity, { facility });
      await em.upsert(
        FacilitySettingsEntity,
        { facility, autoAssign: dto.autoAssign, openItemCap: dto.openItemCap, updatedAt: new Date() },
        ['facility'],
      );
      await em.insert(AuditEventEntity, {
        actorId: admin.id,
        actorLabel: `user:${admin.email}`,
        action: 'facility.settings_updated',
        itemId: null,
        fromState: {
          facility,
          ...(before ? { autoAssign: before.autoAssign, openItemCap: before.openItemCap } : DEFAULTS),
        },
        toState: { facility, autoAssign: dto.autoAssign, openItemCap: dto.openItemCap },
        remoteAddress,
      });
    });
    return { facility, autoAssign: dto.autoAssign, openItemCap: dto.openItemCap };
  }
}
