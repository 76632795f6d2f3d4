import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuscultConfig } from '@auscult/config';
import { UNITS_CHANGED_CHANNEL, type AuthUser, type UnitView } from '@auscult/contracts';
import { AuditEventEntity, UnitEntity } from '@auscult/persistence';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { AUSCULT_CONFIG } from '../config/config.module.js';
import { DomainError } from '../errors/domain-error.js';
import { REDIS } from '../redis/redis.module.js';

const view = (u: UnitEntity): UnitView => ({
  code: u.code,
  facility: u.facility,
  name: u.name,
  aliases: u.aliases,
});

function badAliases(reason: string): DomainError {
  return new DomainError('validation', `Invalid request: aliases: ${reason}.`, {
    errors: [{ field: 'aliases', reason }],
  });
}

/** Units and their routing aliases; an admin's change reaches every worker at once (pub/sub). */
@Injectable()
export class UnitsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(AUSCULT_CONFIG) private readonly config: AuscultConfig,
  ) {}

  async list(): Promise<UnitView[]> {
    const units = await this.ds.getRepository(UnitEntity).find({ order: { facility: 'ASC', code: 'ASC' } });
    return units.map(view);
  }

  async setAliases(admin: AuthUser, code: string, raw: string[], remoteAddress: string | null) {
    const aliases = raw.map((a) => a.trim().replace(/\s+/g, ' '));
    const lower = aliases.map((a) => a.toLowerCase());
    if (new Set(lower).size !== lower.length) throw badAliases('must be unique, ignoring case');
    const saved = await this.ds.transaction(async (em) => {
      const units = await em.getRepository(UnitEntity).find();
      const unit = units.find((u) => u.code.toLowerCase() === code.toLowerCase());
      if (!unit) throw new DomainError('not_found', 'No such unit.');
      // Two units answering to one name would make routing depend on the order of a list.
      for (const other of units.filter((u) => u.code !== unit.code)) {
        const taken = [other.code, ...other.aliases].map((a) => a.toLowerCase());
        const clash = lower.find((a) => taken.includes(a));
        if (clash) throw badAliases(`"${clash}" already names unit ${other.code}`);
      }
      await em.update(UnitEntity, { code: unit.code }, { aliases });
      await em.insert(AuditEventEntity, {
        actorId: admin.id,
        actorLabel: `user:${admin.email}`,
        action: 'unit.aliases_updated',
        itemId: null,
        fromState: { unit: unit.code, aliases: unit.aliases },
        toState: { unit: unit.code, aliases },
        remoteAddress,
      });
      return { ...unit, aliases };
    });
    // After commit; a lost message only delays the change until the workers' periodic refresh.
    await this.redis
      .publish(`${this.config.redisPrefix}:${UNITS_CHANGED_CHANNEL}`, saved.code)
      .catch(() => undefined);
    return view(saved);
  }
}
