import { useEffect, useState } from 'react';
import { CHANNELS, ITEM_KINDS, TOPICS, TRIAGE_STATUSES, isOneOf } from '@auscult/contracts';
import { CHANNEL_LABELS, KIND_LABELS, STATUS_LABELS, topicLabel } from '../ui/labels';
import type { ItemFilters } from './item-filters';

interface Props {
  filters: ItemFilters;
  units: readonly string[];
  onChange: (filters: ItemFilters) => void;
}

interface ChoiceProps<T extends string> {
  label: string;
  allLabel: string;
  value: T | undefined;
  options: readonly T[];
  optionLabel: (value: T) => string;
  onChange: (value: T | undefined) => void;
}

function Choice<T extends string>({
  label,
  allLabel,
  value,
  options,
  optionLabel,
  onChange,
}: ChoiceProps<T>) {
  return (
    <label>
      {label}
      <select
        value={value ?? ''}
        onChange={(e) => onChange(isOneOf(options, e.target.value) ? e.target.value : undefined)}
      >
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The search box applies after a pause in typing, not on every key. */
function SearchBox({ value, onChange }: { value: string; onChange: (q: string | undefined) => void }) {
  const [text, setText] = useState(value);
  useEffect(() => {
    if (text.trim() === value.trim()) return;
    const timer = setTimeout(() => onChange(text.trim() || undefined), 300);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);
  return (
    <label>
      Search
      <input
        type="search"
        value={text}
        placeholder='words, "a phrase"'
        onChange={(e) => setText(e.target.value)}
      />
    </label>
  );
}

export function InboxFilters({ filters, units, onChange }: Props) {
  const set = (patch: Partial<ItemFilters>) => onChange({ ...filters, ...patch });
  return (
    <div className="filters" role="group" aria-label="Filter items">
      <Choice
        label="Kind"
        allLabel="All kinds"
        value={filters.kind}
        options={ITEM_KINDS}
        optionLabel={(kind) => KIND_LABELS[kind]}
        onChange={(kind) => set({ kind })}
      />
      <Choice
        label="Status"
        allLabel="All statuses"
        value={filters.status}
        options={TRIAGE_STATUSES}
        optionLabel={(status) => STATUS_LABELS[status]}
        onChange={(status) => set({ status })}
      />
      <Choice
        label="Unit"
        allLabel="All units"
        value={filters.unit}
        options={units}
        optionLabel={(unit) => unit}
        onChange={(unit) => set({ unit })}
      />
      <Choice
        label="Channel"
        allLabel="All channels"
        value={filters.channel}
        options={CHANNELS}
        optionLabel={(channel) => CHANNEL_LABELS[channel]}
        onChange={(channel) => set({ channel })}
      />
      <Choice
        label="Topic"
        allLabel="All topics"
        value={filters.topic}
        options={TOPICS}
        optionLabel={topicLabel}
        onChange={(topic) => set({ topic })}
      />
      <label>
        From
        <input
          type="date"
          value={filters.from ?? ''}
          onChange={(e) => set({ from: e.target.value || undefined })}
        />
      </label>
      <label>
        To
        <input
          type="date"
          value={filters.to ?? ''}
          onChange={(e) => set({ to: e.target.value || undefined })}
        />
      </label>
      <SearchBox value={filters.q ?? ''} onChange={(q) => set({ q })} />
    </div>
  );
}
