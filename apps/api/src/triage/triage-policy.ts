// Who may do which triage action, and what each action does to the triage state: the one place for both.
import type { AuthUser, Role, TriageStatus } from '@auscult/contracts';

export const TRIAGE_ACTIONS = [
  'claim',
  'acknowledge',
  'resolve',
  'dismiss',
  'reclassify',
  'assign',
  'note',
  'forward',
] as const;
export type TriageAction = (typeof TRIAGE_ACTIONS)[number];

const CARE_TEAM: readonly Role[] = ['px', 'admin', 'charge_nurse', 'nurse'];
// Closing an item without an outcome, or giving it to someone else, is a coordinator's decision.
const COORDINATORS: readonly Role[] = ['px', 'admin', 'charge_nurse'];

/** Executives see aggregates only; they never act on an item. Item reach is the items scope's job. */
export const MAY_ACT: Record<TriageAction, readonly Role[]> = {
  claim: CARE_TEAM,
  acknowledge: CARE_TEAM,
  resolve: CARE_TEAM,
  dismiss: COORDINATORS,
  reclassify: CARE_TEAM,
  assign: COORDINATORS,
  note: CARE_TEAM,
  forward: COORDINATORS,
};

export function mayAct(role: Role, action: TriageAction): boolean {
  return MAY_ACT[action].includes(role);
}

/** The audit trail quotes notes about patients' care: the care team's, not the executives'. */
export function mayReadAuditTrail(role: Role): boolean {
  return CARE_TEAM.includes(role);
}

const OPEN: readonly TriageStatus[] = ['new', 'acknowledged', 'in_progress'];
const ANY: readonly TriageStatus[] = [...OPEN, 'resolved', 'dismissed'];

/** The statuses an action may start from (reclassify and note also apply to closed items: they feed training and the record). */
export const ALLOWED_FROM: Record<TriageAction, readonly TriageStatus[]> = {
  claim: ['new', 'acknowledged'],
  acknowledge: ['new'],
  resolve: OPEN,
  dismiss: OPEN,
  reclassify: ANY,
  assign: OPEN,
  note: ANY,
  forward: OPEN,
};

export interface TriageState {
  status: TriageStatus;
  assigneeId: string | null;
  assigneeName: string | null;
}

/** What an accepted action changes; `stamp*` set those timestamps when they are still empty. */
export interface TriagePlan {
  status: TriageStatus;
  assigneeId: string | null;
  stampAcknowledged: boolean;
  stampResolved: boolean;
}

export type PlanResult = { ok: true; plan: TriagePlan } | { ok: false; reason: string };

const STATUS_WORDS: Record<TriageStatus, string> = {
  new: 'new',
  acknowledged: 'already acknowledged',
  in_progress: 'already in progress',
  resolved: 'already resolved',
  dismissed: 'already dismissed',
};

/** Decides an action against the current state; a refusal reads as the reason the person sees. */
export function planAction(
  action: TriageAction,
  current: TriageState,
  actor: AuthUser,
  assigneeId?: string,
): PlanResult {
  const heldByOther = current.assigneeId !== null && current.assigneeId !== actor.id;
  if (action === 'claim' && heldByOther && OPEN.includes(current.status))
    return {
      ok: false,
      reason: `This item is already claimed by ${current.assigneeName ?? 'someone else'}.`,
    };
  if (action === 'claim' && current.status === 'in_progress' && current.assigneeId === actor.id)
    return { ok: false, reason: 'You already hold this item.' };
  if (!ALLOWED_FROM[action].includes(current.status))
    return { ok: false, reason: `Cannot ${action}: this item is ${STATUS_WORDS[current.status]}.` };
  const keep: TriagePlan = {
    status: current.status,
    assigneeId: current.assigneeId,
    stampAcknowledged: false,
    stampResolved: false,
  };
  switch (action) {
    case 'claim':
      return {
        ok: true,
        plan: { ...keep, status: 'in_progress', assigneeId: actor.id, stampAcknowledged: true },
      };
    case 'acknowledge':
      return { ok: true, plan: { ...keep, status: 'acknowledged', stampAcknowledged: true } };
    case 'resolve':
      return {
        ok: true,
        plan: { ...keep, status: 'resolved', stampAcknowledged: true, stampResolved: true },
      };
    case 'dismiss':
      return { ok: true, plan: { ...keep, status: 'dismissed' } };
    case 'assign':
      return { ok: true, plan: { ...keep, assigneeId: assigneeId ?? null } };
    case 'forward':
      // The new unit starts afresh: nobody there holds it yet, and its nurses must claim it.
      return { ok: true, plan: { ...keep, status: 'new', assigneeId: null } };
    case 'reclassify':
    case 'note':
      return { ok: true, plan: keep };
  }
}
