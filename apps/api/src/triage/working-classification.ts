// What a reclassification or a forward changes beyond the triage status: the working
// classification, the unit, and the SLA clock. Both run inside the action's transaction.
import type { ItemKind, Topic, Urgency } from '@auscult/contracts';
import { slaClock, slaWindowsFor, TriageEntity, UnitEntity } from '@auscult/persistence';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../errors/domain-error.js';

export interface Correction {
  kind: ItemKind;
  urgency: Urgency;
  topics: Topic[];
}

/** Whether escalation must be re-planned, and what changed (for the audit trail). */
export interface DecisionEffect {
  replan: boolean;
  from: Record<string, unknown>;
  to: Record<string, unknown>;
}

async function facilityOf(em: EntityManager, itemId: string): Promise<string | null> {
  const rows: { facility: string | null }[] = await em.query(`SELECT facility FROM items WHERE id = $1`, [
    itemId,
  ]);
  return rows[0]?.facility ?? null;
}

/**
 * A new SLA window starts from the decision: the team learns of the (re)classified need now, and a
 * downgrade should not escalate on the old, shorter clock. Escalation starts again from level 0.
 */
async function restartClock(em: EntityManager, t: TriageEntity, kind: ItemKind, urgency: Urgency) {
  const windows = await slaWindowsFor(em, await facilityOf(em, t.itemId));
  const clock = slaClock(kind, urgency, windows, new Date());
  return { dueAt: clock.dueAt, warnAt: clock.warnAt, escalationLevel: 0 };
}

type Clock = Awaited<ReturnType<typeof restartClock>>;

async function setClock(em: EntityManager, itemId: string, c: Clock): Promise<void> {
  await em.query(`UPDATE triage SET due_at = $2, warn_at = $3, escalation_level = $4 WHERE item_id = $1`, [
    itemId,
    c.dueAt,
    c.warnAt,
    c.escalationLevel,
  ]);
}

export async function applyCorrection(
  em: EntityManager,
  itemId: string,
  c: Correction,
): Promise<DecisionEffect> {
  const t = await em.findOneByOrFail(TriageEntity, { itemId });
  const clockChanges = t.kind !== c.kind || t.urgency !== c.urgency;
  const clock = clockChanges ? await restartClock(em, t, c.kind, c.urgency) : null;
  // Raw SQL: the action's conditional UPDATE already bumped the version; TypeORM would bump it again.
  await em.query(`UPDATE triage SET kind = $2, urgency = $3, topics = $4 WHERE item_id = $1`, [
    itemId,
    c.kind,
    c.urgency,
    c.topics,
  ]);
  if (clock) await setClock(em, itemId, clock);
  return {
    replan: clockChanges && (t.kind === 'care_need' || c.kind === 'care_need'),
    from: { kind: t.kind, urgency: t.urgency, topics: t.topics },
    to: { kind: c.kind, urgency: c.urgency, topics: c.topics },
  };
}

/** Only a care need has a unit to go to; the unit must exist. */
export async function applyForward(
  em: EntityManager,
  itemId: string,
  unitCode: string,
): Promise<DecisionEffect> {
  const t = await em.findOneByOrFail(TriageEntity, { itemId });
  if (t.kind !== 'care_need')
    throw new DomainError('conflict', 'Only care needs are forwarded to a unit; reclassify it first.');
  if (t.unit === unitCode) throw new DomainError('conflict', `This item is already with ${unitCode}.`);
  const clock = await restartClock(em, t, t.kind, t.urgency);
  await em.query(`UPDATE triage SET unit = $2 WHERE item_id = $1`, [itemId, unitCode]);
  await setClock(em, itemId, clock);
  return { replan: true, from: { unit: t.unit }, to: { unit: unitCode, dueAt: clock.dueAt?.toISOString() } };
}

/** The stored spelling of a unit code, matched ignoring case; null when no such unit exists. */
export async function findUnitCode(em: EntityManager, code: string): Promise<string | null> {
  const unit = await em
    .getRepository(UnitEntity)
    .createQueryBuilder('u')
    .where('lower(u.code) = lower(:code)', { code })
    .getOne();
  return unit?.code ?? null;
}
