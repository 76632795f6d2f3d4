import type { ItemKind, ItemView, TriageStatus } from '@auscult/contracts';

/** The inbox filters; each one is also a query parameter of GET /api/v1/items. */
export interface ItemFilters {
  kind?: ItemKind;
  status?: TriageStatus;
  unit?: string;
}

/** A human correction wins over the machine's decision wherever the UI shows a kind. */
export function effectiveKind(item: ItemView): ItemKind {
  return item.classification.correction?.kind ?? item.classification.kind;
}

/** The unit an item is routed to (triage), else the one its source named. */
export function itemUnit(item: ItemView): string | null {
  return item.triage.unit ?? item.unit;
}

/**
 * Mirrors the server's filter, so a live item lands only in the lists that would have returned it.
 * The server filters on the machine's kind (corrections feed training, they do not re-file items)
 * and on the triage unit.
 */
export function matchesFilters(item: ItemView, filters: ItemFilters): boolean {
  if (filters.kind && item.classification.kind !== filters.kind) return false;
  if (filters.status && item.triage.status !== filters.status) return false;
  if (filters.unit && item.triage.unit !== filters.unit) return false;
  return true;
}

export function itemsSearchParams(
  filters: ItemFilters,
  limit: number,
  cursor: string | null,
): URLSearchParams {
  const params = new URLSearchParams({ limit: String(limit) });
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.status) params.set('status', filters.status);
  if (filters.unit) params.set('unit', filters.unit);
  if (cursor) params.set('cursor', cursor);
  return params;
}

/** Query keys of the item lists; live updates find every cached list through the common prefix. */
export const itemListKeys = {
  all: ['items'] as const,
  list: (filters: ItemFilters) => ['items', filters] as const,
};
