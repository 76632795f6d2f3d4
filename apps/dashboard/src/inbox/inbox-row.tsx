import type { CSSProperties, Ref } from 'react';
import type { ItemView } from '@auscult/contracts';
import { PresenceNote } from '../presence/presence-note';
import { HighlightedText } from '../ui/highlighted-text';
import { itemHref } from '../ui/hash-route';
import { CHANNEL_LABELS, KIND_LABELS, STATUS_LABELS, formatWhen } from '../ui/labels';
import { TopicList } from '../ui/topic-list';
import { UrgencyBadge } from '../ui/urgency-badge';
import { effectiveKind, effectiveTopics, itemUnit } from './item-filters';

interface Props {
  item: ItemView;
  isOpen: boolean;
  /** Position in the whole list (the virtual list renders only a window of it). */
  index: number;
  setSize: number;
  measureRef?: Ref<HTMLLIElement>;
  style?: CSSProperties;
}

export function InboxRow({ item, isOpen, index, setSize, measureRef, style }: Props) {
  const urgency = item.classification.correction?.urgency ?? item.classification.urgency;
  return (
    <li
      className="inbox-row"
      data-item-id={item.id}
      data-index={index}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      ref={measureRef}
      style={style}
    >
      <a href={itemHref(item.id)} aria-current={isOpen ? 'true' : undefined} className="inbox-link">
        <span className="row-head">
          <UrgencyBadge urgency={urgency} />
          <span className="row-kind">{KIND_LABELS[effectiveKind(item)]}</span>
          {itemUnit(item) && <span className="muted">{itemUnit(item)}</span>}
          <span className="muted">{CHANNEL_LABELS[item.channel] ?? item.channel}</span>
          {item.triage.escalationLevel > 0 && (
            <span className="row-escalated">Escalated (level {item.triage.escalationLevel})</span>
          )}
          <span className="row-status">{STATUS_LABELS[item.triage.status]}</span>
          <time className="muted" dateTime={item.receivedAt}>
            {formatWhen(item.receivedAt)}
          </time>
        </span>
        <HighlightedText
          className="row-text"
          text={item.text}
          phrases={item.classification.explanation.phrases}
          isRedacted={item.isRedacted}
        />
        <TopicList topics={effectiveTopics(item)} />
        <PresenceNote itemId={item.id} className="small" />
      </a>
    </li>
  );
}
