import { useId, useState, type FormEvent } from 'react';
import {
  CARE_TOPICS,
  ITEM_KINDS,
  SERVICE_TOPICS,
  URGENCIES,
  isOneOf,
  type ClassificationView,
  type Topic,
} from '@auscult/contracts';
import { KIND_LABELS, URGENCY_LABELS, topicLabel } from '../../ui/labels';
import type { Correction } from './use-triage-action';

const TOPIC_GROUPS = [
  { legend: 'Care topics', topics: CARE_TOPICS },
  { legend: 'Service topics', topics: SERVICE_TOPICS },
] as const;

export interface ReclassifyFormProps {
  classification: ClassificationView;
  isPending: boolean;
  onSubmit: (correction: Correction, note: string) => void;
  onCancel: () => void;
}

/** A person's classification; it starts from the current one (an earlier correction, else the machine's). */
export function ReclassifyForm({ classification, isPending, onSubmit, onCancel }: ReclassifyFormProps) {
  const start = classification.correction ?? classification;
  const [kind, setKind] = useState(start.kind);
  const [urgency, setUrgency] = useState(start.urgency);
  const [topics, setTopics] = useState<readonly Topic[]>(start.topics);
  const [note, setNote] = useState('');
  const id = useId();

  function toggle(topic: Topic, isChecked: boolean) {
    setTopics((current) => (isChecked ? [...current, topic] : current.filter((t) => t !== topic)));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit({ kind, urgency, topics: [...topics] }, note.trim());
  }

  return (
    <form className="triage-form" onSubmit={submit} aria-label="Reclassify">
      <div className="form-row">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select
          id={`${id}-kind`}
          autoFocus
          value={kind}
          onChange={(e) => {
            if (isOneOf(ITEM_KINDS, e.target.value)) setKind(e.target.value);
          }}
        >
          {ITEM_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-urgency`}>Urgency</label>
        <select
          id={`${id}-urgency`}
          value={urgency}
          onChange={(e) => {
            if (isOneOf(URGENCIES, e.target.value)) setUrgency(e.target.value);
          }}
        >
          {URGENCIES.map((u) => (
            <option key={u} value={u}>
              {URGENCY_LABELS[u]}
            </option>
          ))}
        </select>
      </div>
      {TOPIC_GROUPS.map((group) => (
        <fieldset key={group.legend} className="topic-choices">
          <legend>{group.legend}</legend>
          {group.topics.map((topic) => (
            <label key={topic}>
              <input
                type="checkbox"
                checked={topics.includes(topic)}
                onChange={(e) => toggle(topic, e.target.checked)}
              />
              {topicLabel(topic)}
            </label>
          ))}
        </fieldset>
      ))}
      <label htmlFor={`${id}-note`}>
        Reason <span className="muted">(optional)</span>
      </label>
      <textarea
        id={`${id}-note`}
        rows={2}
        maxLength={2000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="form-buttons">
        <button type="submit" disabled={isPending}>
          {isPending ? 'Saving…' : 'Save correction'}
        </button>
        <button type="button" className="link-button" onClick={onCancel} disabled={isPending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
