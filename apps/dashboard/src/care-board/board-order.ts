// The order of the care board: what can hurt someone soonest comes first.
import { URGENCIES, type AuthUser, type ItemView } from '@auscult/contracts';
import { effectiveUrgency } from '../inbox/item-filters';
import { isWaiting } from './sla-countdown';

export { effectiveUrgency };

const dueTime = (item: ItemView) =>
  item.triage.dueAt ? Date.parse(item.triage.dueAt) : Number.POSITIVE_INFINITY;

/**
 * Critical first (then high, normal, low); within an urgency, items still waiting for a nurse before
 * those someone holds, then the nearest deadline, then the longest waiting.
 */
export function compareForBoard(a: ItemView, b: ItemView): number {
  return (
    URGENCIES.indexOf(effectiveUrgency(a)) - URGENCIES.indexOf(effectiveUrgency(b)) ||
    Number(isWaiting(b.triage)) - Number(isWaiting(a.triage)) ||
    dueTime(a) - dueTime(b) ||
    Date.parse(a.receivedAt) - Date.parse(b.receivedAt)
  );
}

type Viewer = Pick<AuthUser, 'role' | 'units'>;

/** A care need of one of the viewer's units; charge nurses also own the unrouted ones. */
export function isOnViewersBoard(item: ItemView, viewer: Viewer): boolean {
  const unit = item.triage.unit;
  if (unit === null) return viewer.role === 'charge_nurse';
  return viewer.units.includes(unit);
}

/**
 * The open care needs of the board, in board order, each once (lists may overlap while an item moves).
 * An item forwarded to another unit leaves at once: its update still reaches the old unit's boards.
 */
export function boardItems(lists: readonly (readonly ItemView[])[], viewer: Viewer): ItemView[] {
  const byId = new Map<string, ItemView>();
  for (const list of lists)
    for (const item of list) {
      const held = byId.get(item.id);
      if (!held || held.triage.version < item.triage.version) byId.set(item.id, item);
    }
  return [...byId.values()]
    .filter((item) => ['new', 'acknowledged', 'in_progress'].includes(item.triage.status))
    .filter((item) => isOnViewersBoard(item, viewer))
    .sort(compareForBoard);
}
