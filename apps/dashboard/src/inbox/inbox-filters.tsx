import { ITEM_KINDS, TRIAGE_STATUSES, isOneOf } from '@auscult/contracts';
import { KIND_LABELS, STATUS_LABELS } from '../ui/labels';
import type { ItemFilters } from './item-filters';

interface Props {
  filters: ItemFilters;
  units: readonly string[];
  onChange: (filters: ItemFilters) => void;
}

export function InboxFilters({ filters, units, onChange }: Props) {
  return (
    <div className="filters" role="group" aria-label="Filter items">
      <label>
        Kind
        <select
          value={filters.kind ?? ''}
          onChange={(e) =>
            onChange({ ...filters, kind: isOneOf(ITEM_KINDS, e.target.value) ? e.target.value : undefined })
          }
        >
          <option value="">All kinds</option>
          {ITEM_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Status
        <select
          value={filters.status ?? ''}
          onChange={(e) =>
            onChange({
              ...filters,
              status: isOneOf(TRIAGE_STATUSES, e.target.value) ? e.target.value : undefined,
            })
          }
        >
          <option value="">All statuses</option>
          {TRIAGE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Unit
        <select
          value={filters.unit ?? ''}
          onChange={(e) => onChange({ ...filters, unit: e.target.value || undefined })}
        >
          <option value="">All units</option>
          {units.map((unit) => (
            <option key={unit} value={unit}>
              {unit}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
