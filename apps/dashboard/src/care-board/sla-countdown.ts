// The live SLA countdown of an item: how long until it must be acknowledged (claiming acknowledges),
// and how worried to look. Mirrors `slaStateOf` in the contracts, second by second.
import type { TriageStatus } from '@auscult/contracts';

/** The share of the SLA window after which an item shows a warning (the 80 %). */
export const WARNING_SHARE = 0.8;

/**
 * `waiting`: ticking, nothing to worry about yet; `warning`: 80 % of the time has gone; `breached`:
 * past due; `stopped`: acknowledged, claimed or closed; `none`: no deadline (praise, other).
 */
export type CountdownState = 'none' | 'stopped' | 'waiting' | 'warning' | 'breached';

export interface SlaInput {
  status: TriageStatus;
  assigneeId: string | null;
  dueAt: string | null;
  /** When the server says the warning starts; else 80 % of the way from `startedAt` to `dueAt`. */
  warnAt?: string | null;
  /** Once acknowledged (a claim acknowledges too), the SLA is met or missed: the clock stops. */
  acknowledgedAt?: string | null;
}

export interface Countdown {
  state: CountdownState;
  /** Milliseconds until due (negative when overdue); null without a deadline. */
  remainingMs: number | null;
  label: string;
}

/** A care need waits for a nurse while nobody has claimed it (an acknowledgement alone helps no patient). */
export function isWaiting(triage: Pick<SlaInput, 'status' | 'assigneeId'>): boolean {
  return triage.status === 'new' || (triage.status === 'acknowledged' && triage.assigneeId === null);
}

/** `4:05`, `1:02:03`: minutes and seconds, hours once there are any. */
export function formatClock(ms: number): string {
  const totalSeconds = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

export function warningStart(dueMs: number, startedMs: number, warnAt: string | null | undefined): number {
  const fromServer = warnAt ? Date.parse(warnAt) : Number.NaN;
  if (Number.isFinite(fromServer)) return fromServer;
  return startedMs + WARNING_SHARE * (dueMs - startedMs);
}

export function slaCountdown(triage: SlaInput, startedAt: string, now: number): Countdown {
  const due = triage.dueAt ? Date.parse(triage.dueAt) : Number.NaN;
  if (!Number.isFinite(due)) return { state: 'none', remainingMs: null, label: 'No deadline' };
  const remainingMs = due - now;
  const isOpen = triage.status === 'new' || triage.status === 'acknowledged';
  if (!isOpen || triage.acknowledgedAt) return { state: 'stopped', remainingMs, label: 'Acknowledged' };
  if (remainingMs <= 0)
    return { state: 'breached', remainingMs, label: `Overdue ${formatClock(-remainingMs)}` };
  // Round up while counting down, so a fresh 5-minute item shows 5:00, not 4:59.
  const label = formatClock(Math.ceil(remainingMs / 1000) * 1000);
  const state = now >= warningStart(due, Date.parse(startedAt), triage.warnAt) ? 'warning' : 'waiting';
  return { state, remainingMs, label };
}
