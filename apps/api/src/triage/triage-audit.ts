// The triage audit trail: written in the action's transaction, read back for the item page.
import type { AuthUser } from '@auscult/contracts';
import { AuditEventEntity } from '@auscult/persistence';
import type { EntityManager } from 'typeorm';
import type { AuditEventView } from './dto/audit-event.view.js';
import type { TriageAction, TriagePlan, TriageState } from './triage-policy.js';

export interface TriageAuditEntry {
  user: AuthUser;
  remoteAddress: string | null;
  itemId: string;
  action: TriageAction;
  from: TriageState & { version: number };
  /** Null when the action changed no triage state (a note). */
  plan: TriagePlan | null;
  note: string | null;
  correction?: object;
  /** What else the action changed (working classification, unit, SLA clock). */
  change?: { from: object; to: object };
}

export async function recordAudit(em: EntityManager, e: TriageAuditEntry): Promise<void> {
  await em.insert(AuditEventEntity, {
    actorId: e.user.id,
    actorLabel: `user:${e.user.email}`,
    action: `triage.${e.action}`,
    itemId: e.itemId,
    fromState: {
      status: e.from.status,
      assigneeId: e.from.assigneeId,
      version: e.from.version,
      ...e.change?.from,
    },
    toState: e.plan && {
      status: e.plan.status,
      assigneeId: e.plan.assigneeId,
      version: e.from.version + 1,
      ...(e.correction ? { correction: e.correction } : {}),
      ...e.change?.to,
    },
    note: e.note,
    remoteAddress: e.remoteAddress,
  });
}

/** Oldest first, so the trail reads as the story of the item. */
export async function auditTrailOf(em: EntityManager, itemId: string): Promise<AuditEventView[]> {
  const rows = await em.find(AuditEventEntity, { where: { itemId }, order: { at: 'ASC', id: 'ASC' } });
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    actorLabel: r.actorLabel,
    action: r.action,
    fromState: r.fromState,
    toState: r.toState,
    note: r.note,
  }));
}
