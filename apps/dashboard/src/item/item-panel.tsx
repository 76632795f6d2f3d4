import type { ItemView } from '@auscult/contracts';
import { HighlightedText } from '../ui/highlighted-text';
import { closeItem } from '../ui/hash-route';
import { CHANNEL_LABELS, KIND_LABELS, formatDateTime, formatPercent } from '../ui/labels';
import { TopicList } from '../ui/topic-list';
import { UrgencyBadge } from '../ui/urgency-badge';
import { useSignedIn } from '../auth/session-context';
import { PresenceNote } from '../presence/presence-note';
import { ORIGINAL_READERS, OriginalText } from '../privacy/original-text';
import { PUBLIC_CHANNELS, ReplyDraft } from '../replies/reply-draft';
import { AuditHistory } from './actions/audit-history';
import { TriageActions } from './actions/triage-actions';
import { mayReadAuditTrail } from './actions/triage-permissions';
import { CorrectionFacts } from './correction-facts';
import { ExplanationView } from './explanation-view';
import { TriageState } from './triage-state';
import { useItem } from './use-item';

function sentimentWord(sentiment: number): string {
  if (sentiment <= -0.25) return 'negative';
  if (sentiment >= 0.25) return 'positive';
  return 'neutral';
}

function ItemDetails({ item }: { item: ItemView }) {
  const { user } = useSignedIn();
  const { classification } = item;
  const correction = classification.correction;
  return (
    <>
      <p className="presence-line" aria-live="polite">
        <PresenceNote itemId={item.id} />
      </p>
      <HighlightedText
        className="item-text"
        text={item.text}
        phrases={classification.explanation.phrases}
        isRedacted={item.isRedacted}
      />
      {ORIGINAL_READERS.includes(user.role) ? (
        <OriginalText itemId={item.id} />
      ) : (
        item.isRedacted && <p className="muted small">Personal details are redacted for your role.</p>
      )}
      <dl className="facts">
        {/* A person's correction is what the item is now; the machine's decision follows below. */}
        <dt>{correction ? 'Kind (corrected)' : 'Kind'}</dt>
        <dd data-testid="item-kind">{KIND_LABELS[correction?.kind ?? classification.kind]}</dd>
        <dt>Urgency</dt>
        <dd>
          <UrgencyBadge urgency={correction?.urgency ?? classification.urgency} />
        </dd>
        <dt>Topics</dt>
        <dd>
          <TopicList topics={correction?.topics ?? classification.topics} />
        </dd>
        <CorrectionFacts classification={classification} />
        <dt>Sentiment</dt>
        <dd>
          {sentimentWord(classification.sentiment)} ({classification.sentiment.toFixed(2)})
        </dd>
        <dt>Confidence</dt>
        <dd>{formatPercent(classification.confidence)}</dd>
        <dt>Source</dt>
        <dd>
          {CHANNEL_LABELS[item.channel] ?? item.channel} · {item.source}
          {item.url && (
            <>
              {' · '}
              <a href={item.url} target="_blank" rel="noreferrer noopener">
                open original
              </a>
            </>
          )}
        </dd>
        <dt>Posted</dt>
        <dd>{formatDateTime(item.postedAt)}</dd>
        <dt>Received</dt>
        <dd>{formatDateTime(item.receivedAt)}</dd>
      </dl>
      <ExplanationView explanation={classification.explanation} modelVersion={classification.modelVersion} />
      <TriageState triage={item.triage} facility={item.facility} />
      <TriageActions item={item} />
      {user.role === 'px' && PUBLIC_CHANNELS.includes(item.channel) && <ReplyDraft itemId={item.id} />}
      {mayReadAuditTrail(user.role) && <AuditHistory id={item.id} version={item.triage.version} />}
    </>
  );
}

export function ItemPanel({ id }: { id: string }) {
  const query = useItem(id);
  return (
    <section className="item-panel" aria-labelledby="item-title">
      <div className="section-head">
        <h2 id="item-title">Item</h2>
        <button type="button" className="link-button" onClick={closeItem} aria-label="Close item">
          Close
        </button>
      </div>
      {query.data && <ItemDetails item={query.data} />}
      {query.isPending && <p className="muted">Loading item…</p>}
      {query.isError && !query.data && (
        <p role="alert" className="form-error">
          Could not load this item: {query.error.message}
        </p>
      )}
    </section>
  );
}
