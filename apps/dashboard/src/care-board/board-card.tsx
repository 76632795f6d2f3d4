import { useState } from 'react';
import type { ItemView } from '@auscult/contracts';
import { useSignedIn } from '../auth/session-context';
import { NoteForm } from '../item/actions/note-form';
import { useTriageAction } from '../item/actions/use-triage-action';
import { PresenceNote } from '../presence/presence-note';
import { useWatchItem } from '../presence/use-presence';
import { itemHref } from '../ui/hash-route';
import { HighlightedText } from '../ui/highlighted-text';
import { formatWhen, STATUS_LABELS } from '../ui/labels';
import { TopicList } from '../ui/topic-list';
import { UrgencyBadge } from '../ui/urgency-badge';
import { effectiveUrgency } from './board-order';
import { isWaiting } from './sla-countdown';
import { SlaTimer } from './sla-timer';

/** Who holds the item, in words: "Waiting", "In progress · Nina Ward", "You have it". */
function holderText(item: ItemView, userId: string): string {
  const { status, assigneeId, assigneeName } = item.triage;
  if (assigneeId === userId) return `${STATUS_LABELS[status]} · you have it`;
  if (assigneeId) return `${STATUS_LABELS[status]} · ${assigneeName ?? 'a colleague'} has it`;
  return isWaiting(item.triage) ? 'Waiting for a nurse' : STATUS_LABELS[status];
}

/** One open care need on the board: claim it, then resolve it with a short note. */
export function BoardCard({ item, isOpen }: { item: ItemView; isOpen: boolean }) {
  const { user } = useSignedIn();
  const { run, isPending, failure, reset } = useTriageAction(item);
  const [isResolving, setResolving] = useState(false);
  const isMine = item.triage.assigneeId === user.id;
  const mayClaim = item.triage.assigneeId === null && ['new', 'acknowledged'].includes(item.triage.status);
  const { escalationLevel, unit } = item.triage;
  useWatchItem(item.id, isResolving ? 'editing' : null);

  return (
    <li
      className={`board-card urgency-edge-${effectiveUrgency(item)}`}
      data-item-id={item.id}
      aria-current={isOpen ? 'true' : undefined}
      aria-labelledby={`card-${item.id}`}
    >
      <div className="card-head">
        <UrgencyBadge urgency={effectiveUrgency(item)} />
        <span className="card-unit">{unit ?? 'Unrouted'}</span>
        {escalationLevel > 0 && <span className="row-escalated">Escalated (level {escalationLevel})</span>}
        <time className="muted" dateTime={item.receivedAt}>
          {formatWhen(item.receivedAt)}
        </time>
        <SlaTimer item={item} />
      </div>
      <HighlightedText
        className="card-text"
        text={item.text}
        phrases={item.classification.explanation.phrases}
        isRedacted={item.isRedacted}
      />
      <TopicList topics={item.classification.correction?.topics ?? item.classification.topics} />
      <PresenceNote itemId={item.id} className="small" />
      <div className="card-foot">
        <span id={`card-${item.id}`} className="card-holder" data-testid="card-holder">
          {holderText(item, user.id)}
        </span>
        <a href={itemHref(item.id)} className="card-details">
          Details
        </a>
        {mayClaim && (
          <button type="button" disabled={isPending} onClick={() => run({ action: 'claim' })}>
            {isPending ? 'Claiming…' : 'Claim'}
          </button>
        )}
        {isMine && !isResolving && (
          <button
            type="button"
            disabled={isPending}
            onClick={() => {
              reset();
              setResolving(true);
            }}
          >
            Resolve
          </button>
        )}
      </div>
      {isMine && isResolving && (
        <NoteForm
          label="What was done"
          submitLabel="Resolve"
          isRequired
          isPending={isPending}
          onSubmit={(note) => run({ action: 'resolve', note }, { onSuccess: () => setResolving(false) })}
          onCancel={() => setResolving(false)}
        />
      )}
      {failure && (
        <p role="alert" className="form-error card-failure">
          {failure}
        </p>
      )}
    </li>
  );
}
