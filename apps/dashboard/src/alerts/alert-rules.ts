// Which live events raise an alert for whom, and when an alert has done its job.
// A new critical care need alerts every board of its unit; an escalation alerts the level it went to:
// the unit's charge nurse (level 1), the patient-experience lead and admins (level 2).
import type { AuthUser, ItemView, LiveEventName } from '@auscult/contracts';
import { effectiveUrgency, isOnViewersBoard } from '../care-board/board-order';
import { isWaiting } from '../care-board/sla-countdown';
import { effectiveKind } from '../inbox/item-filters';

export type AlertType = 'critical' | 'escalation';

export interface Alert {
  /** One alert per item, type and escalation level: a repeated event does not ring twice. */
  key: string;
  type: AlertType;
  item: ItemView;
}

type Viewer = Pick<AuthUser, 'role' | 'units'>;

export function alertTypeFor(name: LiveEventName, item: ItemView, viewer: Viewer): AlertType | null {
  if (effectiveKind(item) !== 'care_need' || !isWaiting(item.triage)) return null;
  if (name === 'item.created') {
    const isBoardRole = viewer.role === 'nurse' || viewer.role === 'charge_nurse';
    return isBoardRole && effectiveUrgency(item) === 'critical' && isOnViewersBoard(item, viewer)
      ? 'critical'
      : null;
  }
  if (name === 'item.escalated') {
    const level = item.triage.escalationLevel;
    if (viewer.role === 'charge_nurse')
      return level >= 1 && isOnViewersBoard(item, viewer) ? 'escalation' : null;
    if (viewer.role === 'px' || viewer.role === 'admin') return level >= 2 ? 'escalation' : null;
  }
  return null;
}

function keyOf(type: AlertType, item: ItemView): string {
  return `${type}:${item.id}:${type === 'escalation' ? item.triage.escalationLevel : 0}`;
}

const MAX_ALERTS = 5;

/**
 * The alerts on screen after one live event: a new one on top (the oldest drops past five), and any
 * alert whose item someone has now claimed or closed goes away, since the patient has a nurse.
 * `isNew` says whether the event raised an alert not seen before (the cue to sound the tone).
 */
export function nextAlerts(
  alerts: readonly Alert[],
  seen: ReadonlySet<string>,
  name: LiveEventName,
  item: ItemView,
  viewer: Viewer,
): { alerts: Alert[]; raised: Alert | null } {
  const current = alerts
    .map((alert) => (alert.item.id === item.id ? { ...alert, item } : alert))
    .filter((alert) => isWaiting(alert.item.triage));
  const type = alertTypeFor(name, item, viewer);
  const key = type ? keyOf(type, item) : null;
  if (!type || !key || seen.has(key)) return { alerts: current, raised: null };
  const raised: Alert = { key, type, item };
  return { alerts: [raised, ...current].slice(0, MAX_ALERTS), raised };
}
