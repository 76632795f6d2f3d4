// The item filters and orders, applied to a query over items i, classifications c and triage t.
import type { ItemSort } from '@auscult/contracts';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DomainError } from '../errors/domain-error.js';
import type { ItemFiltersQuery } from './dto/list-items.query.js';

/** critical first: the rank used by sort=urgency (and its cursor). */
export const URGENCY_RANK_SQL = `(CASE t.urgency WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END)`;
/** Items without a due time sort after every dated one. */
export const DUE_SQL = `COALESCE(t.due_at, 'infinity'::timestamptz)`;

function checkRange(f: ItemFiltersQuery): void {
  if (f.from && f.to && Date.parse(f.from) >= Date.parse(f.to))
    throw new DomainError('validation', 'Invalid request: from: must be before to.', {
      errors: [{ field: 'from', reason: 'must be before to' }],
    });
}

export function applyItemFilters<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  f: ItemFiltersQuery,
): SelectQueryBuilder<T> {
  checkRange(f);
  // Kind, urgency and topics are the working ones (triage): a person's correction wins.
  if (f.kind?.length) qb.andWhere('t.kind IN (:...kinds)', { kinds: f.kind });
  if (f.urgency?.length) qb.andWhere('t.urgency IN (:...urgencies)', { urgencies: f.urgency });
  if (f.status?.length) qb.andWhere('t.status IN (:...statuses)', { statuses: f.status });
  if (f.channel?.length) qb.andWhere('i.channel IN (:...channels)', { channels: f.channel });
  if (f.unit?.length) qb.andWhere('t.unit IN (:...units)', { units: f.unit });
  if (f.unrouted === true) qb.andWhere(`t.kind = 'care_need' AND t.unit IS NULL`);
  if (f.unrouted === false) qb.andWhere(`t.unit IS NOT NULL`);
  if (f.topic) qb.andWhere('t.topics @> CAST(ARRAY[:topic] AS text[])', { topic: f.topic });
  if (f.from) qb.andWhere('i.receivedAt >= :from', { from: f.from });
  if (f.to) qb.andWhere('i.receivedAt < :to', { to: f.to });
  // Full-text search over the redacted text for everyone (items_search_idx, GIN); websearch
  // syntax never raises a syntax error, whatever a person types.
  if (f.q?.trim()) qb.andWhere(`i.search @@ websearch_to_tsquery('english', :q)`, { q: f.q });
  return qb;
}

export function applyItemOrder<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  sort: ItemSort,
): SelectQueryBuilder<T> {
  if (sort === 'urgency') {
    qb.addSelect(URGENCY_RANK_SQL, 'rank').addSelect(DUE_SQL, 'due');
    return qb
      .orderBy(URGENCY_RANK_SQL, 'ASC')
      .addOrderBy(DUE_SQL, 'ASC')
      .addOrderBy('i.receivedAt', 'DESC')
      .addOrderBy('i.id', 'DESC');
  }
  return qb.orderBy('i.receivedAt', 'DESC').addOrderBy('i.id', 'DESC');
}
