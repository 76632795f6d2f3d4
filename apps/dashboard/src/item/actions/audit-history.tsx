import { STATUS_LABELS, formatDateTime } from '../../ui/labels';
import { TRIAGE_STATUSES, isOneOf } from '@auscult/contracts';
import { useAudit, type AuditEvent } from './use-audit';

const ACTION_WORDS: Record<string, string> = {
  'item.classified': 'Classified',
  'triage.claim': 'Claimed',
  'triage.acknowledge': 'Acknowledged',
  'triage.resolve': 'Resolved',
  'triage.dismiss': 'Dismissed',
  'triage.reclassify': 'Reclassified',
  'triage.assign': 'Assigned',
  'triage.note': 'Added a note',
};

/** `user:px@auscult.local` → `px@auscult.local`; system actors keep their prefix, it says what they are. */
function actorOf(label: string): string {
  return label.replace(/^user:/, '');
}

function statusIn(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('status' in state)) return null;
  return isOneOf(TRIAGE_STATUSES, state.status) ? STATUS_LABELS[state.status] : null;
}

function statusChange(event: AuditEvent): string | null {
  const [from, to] = [statusIn(event.fromState), statusIn(event.toState)];
  return from && to && from !== to ? `${from} → ${to}` : null;
}

/** Who did what to the item and when, oldest first, so it reads as the item's story. */
export function AuditHistory({ id, version }: { id: string; version: number }) {
  const query = useAudit(id, version);
  return (
    <section className="subsection" aria-labelledby="history-title">
      <h3 id="history-title">History</h3>
      {query.data && query.data.length === 0 && <p className="muted">No one has acted on this item yet.</p>}
      {query.data && query.data.length > 0 && (
        <ol className="audit" aria-label="Audit history">
          {query.data.map((event) => (
            <li key={event.id} data-action={event.action}>
              <span className="audit-what">{ACTION_WORDS[event.action] ?? event.action}</span>
              {statusChange(event) && <span className="muted"> ({statusChange(event)})</span>}
              <span className="muted small">
                {' '}
                by {actorOf(event.actorLabel)} · <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              </span>
              {event.note && <p className="audit-note">{event.note}</p>}
            </li>
          ))}
        </ol>
      )}
      {query.isPending && <p className="muted">Loading history…</p>}
      {query.isError && (
        <p role="alert" className="form-error">
          Could not load the history: {query.error.message}
        </p>
      )}
    </section>
  );
}
