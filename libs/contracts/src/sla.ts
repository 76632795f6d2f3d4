import type { ItemKind, Role, Urgency } from './domain.js';

/**
 * Default SLA: minutes until an item must be acknowledged. Care needs by urgency (clinical
 * escalation norms: critical in 5 minutes); service complaints answered within a working day.
 */
export const DEFAULT_SLA_MINUTES: Record<Urgency, number> = { critical: 5, high: 15, normal: 60, low: 240 };
export const SERVICE_COMPLAINT_SLA_MINUTES = 24 * 60;

/**
 * Items posted this long before they reach Auscult are history (a survey export, a backfill): they are
 * classified, stored, searchable and counted in trends, but start no SLA clock and never escalate —
 * importing a year of comments must not page a year's worth of charge nurses.
 */
export const HISTORICAL_AFTER_DAYS = 7;

export function isHistorical(postedAt: Date, receivedAt: Date): boolean {
  return receivedAt.getTime() - postedAt.getTime() > HISTORICAL_AFTER_DAYS * 24 * 3600_000;
}

/** A warning shows once this share of the SLA window has gone. */
export const SLA_WARNING_FRACTION = 0.8;

/** Bounds an admin may set: at least a minute, at most 30 days. */
export const SLA_MINUTES_RANGE = { min: 1, max: 30 * 24 * 60 } as const;

/**
 * The stored SLA policy. `facility: null` is the global policy; a facility's own policy overrides it.
 * GET /api/v1/sla-policy answers `SlaPolicy[]` (the global one first, always present);
 * PUT /api/v1/sla-policy (admin) takes an `SlaPolicyUpdate` and answers the stored `SlaPolicy`.
 * New items take their due time from the policy in force when they arrive.
 */
export interface SlaPolicy {
  facility: string | null;
  careNeedMinutes: Record<Urgency, number>;
  serviceComplaintMinutes: number;
  updatedAt: string;
  /** E-mail of the admin who last changed it; null for the built-in defaults. */
  updatedBy: string | null;
}

export interface SlaPolicyUpdate {
  facility: string | null;
  careNeedMinutes: Record<Urgency, number>;
  serviceComplaintMinutes: number;
}

export interface SlaWindows {
  careNeedMinutes: Record<Urgency, number>;
  serviceComplaintMinutes: number;
}

export const DEFAULT_SLA_WINDOWS: SlaWindows = {
  careNeedMinutes: DEFAULT_SLA_MINUTES,
  serviceComplaintMinutes: SERVICE_COMPLAINT_SLA_MINUTES,
};

/** The window of an item under a policy; null for kinds without an SLA (praise, other). */
export function slaMinutesFor(
  kind: ItemKind,
  urgency: Urgency,
  windows: SlaWindows = DEFAULT_SLA_WINDOWS,
): number | null {
  if (kind === 'care_need') return windows.careNeedMinutes[urgency];
  if (kind === 'service_complaint') return windows.serviceComplaintMinutes;
  return null;
}

/**
 * `ok`: time left; `warning`: 80 % of the window gone, not yet acknowledged; `breached`: due time
 * passed before acknowledgement (or still unacknowledged); `met`: acknowledged in time.
 */
export const SLA_STATES = ['ok', 'warning', 'breached', 'met'] as const;
export type SlaState = (typeof SLA_STATES)[number];

export interface SlaClock {
  dueAt: string | null;
  warnAt: string | null;
  acknowledgedAt: string | null;
}

/** The SLA state at `now`; null when the item has no SLA. The UI re-evaluates it as the clock runs. */
export function slaStateOf(clock: SlaClock, now: Date = new Date()): SlaState | null {
  if (!clock.dueAt) return null;
  const due = Date.parse(clock.dueAt);
  if (clock.acknowledgedAt) return Date.parse(clock.acknowledgedAt) <= due ? 'met' : 'breached';
  if (now.getTime() > due) return 'breached';
  if (clock.warnAt && now.getTime() >= Date.parse(clock.warnAt)) return 'warning';
  return 'ok';
}

/** Share of SLA-bearing items met in a group; `share` is met / (met + breached), null when none closed. */
export interface SlaShare {
  total: number;
  met: number;
  breached: number;
  /** Not yet acknowledged and not yet due: neither met nor breached. */
  pending: number;
  share: number | null;
}

/**
 * GET /api/v1/reports/sla?from&to (px, admin, executive; `from`/`to` ISO 8601 on receivedAt,
 * default the last 7 days). Team = the role of the person who holds (or resolved) the item,
 * `unassigned` when nobody did. GET /api/v1/reports/sla.csv: the same rows as CSV with columns
 * `dimension,key,total,met,breached,pending,share`.
 */
export interface SlaReport {
  from: string;
  to: string;
  overall: SlaShare;
  byUnit: (SlaShare & { unit: string | null })[];
  byTeam: (SlaShare & { team: Role | 'unassigned' })[];
  byUrgency: (SlaShare & { kind: 'care_need' | 'service_complaint'; urgency: Urgency })[];
}
