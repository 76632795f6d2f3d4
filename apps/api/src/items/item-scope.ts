import type { AuthUser } from '@auscult/contracts';
import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';

/**
 * What a viewer may reach, applied to every item query (aliases: t = triage).
 * Kind is the working one (triage.kind): a person's reclassification moves the item at once.
 * Nurses reach only their units' care needs; charge nurses also the unrouted care queue;
 * PX, admins and executives reach every item (executives only ever get redacted views).
 */
export function applyItemScope<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  user: AuthUser,
): SelectQueryBuilder<T> {
  switch (user.role) {
    case 'px':
    case 'admin':
    case 'executive':
      return qb;
    case 'nurse':
      return qb.andWhere(`t.kind = 'care_need' AND t.unit = ANY(:scopeUnits)`, { scopeUnits: user.units });
    case 'charge_nurse':
      return qb.andWhere(`t.kind = 'care_need' AND (t.unit = ANY(:scopeUnits) OR t.unit IS NULL)`, {
        scopeUnits: user.units,
      });
  }
}

export function seesRedactedOnly(user: AuthUser): boolean {
  return user.role === 'executive';
}
