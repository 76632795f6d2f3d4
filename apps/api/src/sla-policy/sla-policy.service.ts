import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthUser, SlaPolicy, Urgency } from '@auscult/contracts';
import { AuditEventEntity, SlaPolicyEntity, UserEntity, windowsOf } from '@auscult/persistence';
import { In, IsNull, type DataSource } from 'typeorm';
import { DomainError } from '../errors/domain-error.js';
import type { SlaPolicyDto } from './dto/sla-policy.dto.js';

function columnsOf(m: Record<Urgency, number>) {
  return { criticalMinutes: m.critical, highMinutes: m.high, normalMinutes: m.normal, lowMinutes: m.low };
}

/** The stored SLA policies; changing one is an admin's audited decision that applies to new items. */
@Injectable()
export class SlaPolicyService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async list(): Promise<SlaPolicy[]> {
    const rows = await this.ds
      .getRepository(SlaPolicyEntity)
      .createQueryBuilder('p')
      .orderBy('p.facility', 'ASC', 'NULLS FIRST')
      .getMany();
    const editors = await this.ds.getRepository(UserEntity).findBy({
      id: In(rows.map((r) => r.updatedBy).filter((id): id is string => id !== null)),
    });
    const email = new Map(editors.map((u) => [u.id, u.email]));
    return rows.map((r) => ({
      facility: r.facility,
      ...windowsOf(r),
      updatedAt: r.updatedAt.toISOString(),
      updatedBy: r.updatedBy ? (email.get(r.updatedBy) ?? null) : null,
    }));
  }

  async put(admin: AuthUser, dto: SlaPolicyDto, remoteAddress: string | null): Promise<SlaPolicy> {
    const facility = dto.facility ?? null;
    if (facility !== null && !(await this.facilityExists(facility)))
      throw new DomainError('validation', 'Invalid request: facility: no unit belongs to this facility.', {
        errors: [{ field: 'facility', reason: 'must be a known facility (or null for the global policy)' }],
      });
    await this.ds.transaction(async (em) => {
      const repo = em.getRepository(SlaPolicyEntity);
      const current = await repo.findOneBy({ facility: facility ?? IsNull() });
      const values = {
        ...columnsOf(dto.careNeedMinutes),
        serviceComplaintMinutes: dto.serviceComplaintMinutes,
        updatedAt: new Date(),
        updatedBy: admin.id,
      };
      if (current) await repo.update({ id: current.id }, values);
      else await repo.insert({ facility, ...values });
      await em.insert(AuditEventEntity, {
        actorId: admin.id,
        actorLabel: `user:${admin.email}`,
        action: 'sla_policy.updated',
        itemId: null,
        fromState: current ? { facility, ...windowsOf(current) } : null,
        toState: {
          facility,
          careNeedMinutes: dto.careNeedMinutes,
          serviceComplaintMinutes: dto.serviceComplaintMinutes,
        },
        remoteAddress,
      });
    });
    const stored = (await this.list()).find((p) => p.facility === facility);
    if (!stored) throw new Error('SLA policy vanished after its update');
    return stored;
  }

  private async facilityExists(facility: string): Promise<boolean> {
    const rows: unknown[] = await this.ds.query(`SELECT 1 FROM units WHERE facility = $1 LIMIT 1`, [
      facility,
    ]);
    return rows.length > 0;
  }
}
