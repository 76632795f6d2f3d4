// The triage feature's reads and its one conditional write, each inside the caller's transaction.
import type { AuthUser, ItemView, TriageStatus } from '@auscult/contracts';
import { ItemEntity, loadItemRecords, toItemView, TriageEntity, UserEntity } from '@auscult/persistence';
import type { EntityManager } from 'typeorm';
import { applyItemScope, seesRedactedOnly } from '../items/item-scope.js';
import type { TriagePlan, TriageState } from './triage-policy.js';

/** Whether `user` may reach the item, by the same scope as GET /items (nurses: their units' care needs). */
export async function reaches(em: EntityManager, user: AuthUser, itemId: string): Promise<boolean> {
  const qb = em
    .getRepository(ItemEntity)
    .createQueryBuilder('i')
    .innerJoin('i.classification', 'c')
    .innerJoin('i.triage', 't')
    .select(['i.id'])
    .where('i.id = :itemId', { itemId });
  return (await applyItemScope(qb, user).getCount()) > 0;
}

export interface StoredTriage extends TriageState {
  version: number;
}

export async function readTriage(em: EntityManager, itemId: string): Promise<StoredTriage | null> {
  const t = await em.findOneBy(TriageEntity, { itemId });
  if (!t) return null;
  const assignee = t.assigneeId ? await em.findOneBy(UserEntity, { id: t.assigneeId }) : null;
  return {
    status: t.status,
    assigneeId: t.assigneeId,
    assigneeName: assignee?.name ?? null,
    version: t.version,
  };
}

/**
 * The race is settled here, in PostgreSQL: the row changes only if it is still at the version the
 * plan was made against. A concurrent winner holds the row lock; once it commits, this UPDATE
 * re-checks its WHERE against the new row and matches nothing. Returns false when it lost.
 */
export async function applyPlan(
  em: EntityManager,
  itemId: string,
  seen: { version: number; status: TriageStatus },
  plan: TriagePlan,
): Promise<boolean> {
  const result = await em
    .createQueryBuilder()
    .update(TriageEntity)
    .set({
      status: plan.status,
      assigneeId: plan.assigneeId,
      version: () => 'version + 1',
      updatedAt: () => 'now()',
      ...(plan.stampAcknowledged ? { acknowledgedAt: () => 'COALESCE(acknowledged_at, now())' } : {}),
      ...(plan.stampResolved ? { resolvedAt: () => 'COALESCE(resolved_at, now())' } : {}),
    })
    .where('item_id = :itemId AND version = :version AND status = :status', {
      itemId,
      version: seen.version,
      status: seen.status,
    })
    .execute();
  return result.affected === 1;
}

/** The item as this user may see it (executives would get the redacted view, though they never act). */
export async function viewFor(em: EntityManager, user: AuthUser, itemId: string): Promise<ItemView> {
  const [record] = await loadItemRecords(em, [itemId]);
  if (!record) throw new Error(`item ${itemId} vanished mid-request`);
  return toItemView(record, { redacted: seesRedactedOnly(user) });
}

/** An active user, as the scope and policy checks expect them; null for an unknown or deactivated id. */
export async function findAssignee(em: EntityManager, userId: string): Promise<AuthUser | null> {
  const u = await em.findOneBy(UserEntity, { id: userId, isActive: true });
  return u && { id: u.id, email: u.email, name: u.name, role: u.role, units: u.units };
}
