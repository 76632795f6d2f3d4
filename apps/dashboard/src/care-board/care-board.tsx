import { useSignedIn } from '../auth/session-context';
import { useNow } from '../ui/use-now';
import { BoardCard } from './board-card';
import { slaCountdown } from './sla-countdown';
import { useBoardItems } from './use-board-items';
import './care-board.css';

/** "3 waiting, 1 overdue": the board's state in one line, for the wall screen and screen readers. */
function BoardSummary({ items }: { items: ReturnType<typeof useBoardItems>['items'] }) {
  const now = useNow();
  const states = items.map((item) => slaCountdown(item.triage, item.receivedAt, now).state);
  const waiting = states.filter((s) => s === 'waiting' || s === 'warning' || s === 'breached').length;
  const overdue = states.filter((s) => s === 'breached').length;
  return (
    <span className="muted" data-testid="board-summary">
      {items.length} open · {waiting} waiting{overdue > 0 && <strong> · {overdue} overdue</strong>}
    </span>
  );
}

/** The nurses' care board: the open care needs of their units, critical first, each with its SLA countdown. */
export function CareBoard({ openId }: { openId: string | null }) {
  const { user } = useSignedIn();
  const { items, isPending, error } = useBoardItems();
  const scope = user.role === 'charge_nurse' ? [...user.units, 'unrouted'] : user.units;

  return (
    <section className="care-board" aria-labelledby="board-title">
      <div className="section-head">
        <h2 id="board-title">Care board · {scope.join(', ') || 'no unit'}</h2>
        <BoardSummary items={items} />
      </div>
      {isPending && <p className="muted pad">Loading care needs…</p>}
      {error && (
        <p role="alert" className="form-error pad">
          Could not load the board: {error.message}
        </p>
      )}
      {!isPending && items.length === 0 && (
        <p className="muted pad">No open care needs. All patients have a nurse.</p>
      )}
      <ol className="board-list" aria-label="Open care needs, most urgent first">
        {items.map((item) => (
          <BoardCard key={item.id} item={item} isOpen={item.id === openId} />
        ))}
      </ol>
    </section>
  );
}
