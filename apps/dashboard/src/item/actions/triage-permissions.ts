// Mirrors apps/api/src/triage/triage-policy.ts so the panel offers only what the API would accept.
// The API stays the judge: a stale view can still be refused (409) and the panel then says why.
import type { ItemKind, Role, TriageStatus } from '@auscult/contracts';

/** The actions the panel offers, in its order. */
export const PANEL_ACTIONS = [
  'acknowledge',
  'claim',
  'assign',
  'forward',
  'resolve',
  'dismiss',
  'note',
  'reclassify',
] as const;
export type PanelAction = (typeof PANEL_ACTIONS)[number];

const CARE_TEAM: readonly Role[] = ['px', 'admin', 'charge_nurse', 'nurse'];
// Closing an item without an outcome is a coordinator's decision.
const COORDINATORS: readonly Role[] = ['px', 'admin', 'charge_nurse'];
// The API lets every coordinator assign, but the colleague picker (GET /team: the PX team) is PX's and admins'.
const PX_TEAM: readonly Role[] = ['px', 'admin'];

const MAY_ACT: Record<PanelAction, readonly Role[]> = {
  acknowledge: CARE_TEAM,
  claim: CARE_TEAM,
  assign: PX_TEAM,
  forward: COORDINATORS,
  resolve: CARE_TEAM,
  dismiss: COORDINATORS,
  note: CARE_TEAM,
  reclassify: CARE_TEAM,
};

const OPEN: readonly TriageStatus[] = ['new', 'acknowledged', 'in_progress'];
const ANY: readonly TriageStatus[] = [...OPEN, 'resolved', 'dismissed'];

// Notes and corrections apply to closed items too: they feed the record and the next training run.
const ALLOWED_FROM: Record<PanelAction, readonly TriageStatus[]> = {
  acknowledge: ['new'],
  claim: ['new', 'acknowledged'],
  assign: OPEN,
  forward: OPEN,
  resolve: OPEN,
  dismiss: OPEN,
  note: ANY,
  reclassify: ANY,
};

export interface TriageSituation {
  role: Role;
  userId: string;
  status: TriageStatus;
  assigneeId: string | null;
  /** The working kind (a person's correction wins): only care needs are forwarded to a unit. */
  kind: ItemKind;
}

/** Whether the viewer may take this action on the item as it stands now. */
export function mayTake(action: PanelAction, s: TriageSituation): boolean {
  if (!MAY_ACT[action].includes(s.role) || !ALLOWED_FROM[action].includes(s.status)) return false;
  // The API refuses to take an open item from a colleague who holds it; so offering it would only mislead.
  if (action === 'claim') return s.assigneeId === null || s.assigneeId === s.userId;
  if (action === 'forward') return s.kind === 'care_need';
  return true;
}

/** The actions to show, in the panel's order. Executives get none. */
export function availableActions(s: TriageSituation): PanelAction[] {
  return PANEL_ACTIONS.filter((action) => mayTake(action, s));
}

/** The audit trail quotes notes about patients' care: the care team's, not the executives'. */
export function mayReadAuditTrail(role: Role): boolean {
  return CARE_TEAM.includes(role);
}
