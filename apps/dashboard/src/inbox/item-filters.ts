import {
  URGENCIES,
  type Channel,
  type ItemKind,
  type ItemView,
  type Topic,
  type TriageStatus,
} from '@auscult/contracts';

/** The inbox filters; each one is also a query parameter of GET /api/v1/items (and of the CSV export). */
export interface ItemFilters {
  kind?: ItemKind;
  status?: TriageStatus;
  unit?: string;
  channel?: Channel;
  topic?: Topic;
  /** Received on or after this local day, `yyyy-mm-dd`. */
  from?: string;
  /** Received on or before this local day, `yyyy-mm-dd`. */
  to?: string;
  /** Full-text search words. */
  q?: string;
  /** Any of these statuses (sent as one comma list; the care board's open statuses). Not with `status`. */
  statuses?: readonly TriageStatus[];
  /** The API's order: newest first (default), or urgency (critical first, then nearest due, then newest). */
  sort?: 'urgency';
}

/** A human correction wins over the machine's decision wherever the UI shows a kind. */
export function effectiveKind(item: ItemView): ItemKind {
  return item.classification.correction?.kind ?? item.classification.kind;
}

export function effectiveTopics(item: ItemView): readonly Topic[] {
  return item.classification.correction?.topics ?? item.classification.topics;
}

/** The unit an item is routed to (triage), else the one its source named. */
export function itemUnit(item: ItemView): string | null {
  return item.triage.unit ?? item.unit;
}

/** Local midnight of a `yyyy-mm-dd` day, plus `days`; null for anything else. */
export function startOfLocalDay(day: string, days = 0): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The received-time range of the day filters as the API takes it: `from` inclusive, `to` exclusive. */
export function receivedRange(filters: ItemFilters): { from?: string; to?: string } {
  const from = filters.from ? startOfLocalDay(filters.from) : null;
  const to = filters.to ? startOfLocalDay(filters.to, 1) : null;
  return { from: from?.toISOString(), to: to?.toISOString() };
}

/**
 * Mirrors the server's filter, so a live item lands only in the lists that would have returned it.
 * Kind is the working one (a correction wins); unit is where triage routed the item. Full-text search
 * cannot be mirrored here: a searched list takes in no new items until it is loaded again.
 */
export function matchesFilters(item: ItemView, filters: ItemFilters, isNew = false): boolean {
  if (filters.kind && effectiveKind(item) !== filters.kind) return false;
  if (filters.status && item.triage.status !== filters.status) return false;
  if (filters.statuses && !filters.statuses.includes(item.triage.status)) return false;
  if (filters.unit && item.triage.unit !== filters.unit) return false;
  if (filters.channel && item.channel !== filters.channel) return false;
  if (filters.topic && !effectiveTopics(item).includes(filters.topic)) return false;
  const { from, to } = receivedRange(filters);
  if (from && item.receivedAt < from) return false;
  if (to && item.receivedAt >= to) return false;
  if (filters.q && isNew) return false;
  return true;
}

/** The filters as query parameters, without paging: the list and its CSV export share them. */
export function filterSearchParams(filters: ItemFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['kind', 'status', 'unit', 'channel', 'topic'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.statuses?.length) params.set('status', filters.statuses.join(','));
  const { from, to } = receivedRange(filters);
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  if (filters.q?.trim()) params.set('q', filters.q.trim());
  return params;
}

export function itemsSearchParams(
  filters: ItemFilters,
  limit: number,
  cursor: string | null,
): URLSearchParams {
  const params = filterSearchParams(filters);
  if (filters.sort) params.set('sort', filters.sort);
  params.set('limit', String(limit));
  if (cursor) params.set('cursor', cursor);
  return params;
}

export function effectiveUrgency(item: ItemView) {
  return item.classification.correction?.urgency ?? item.classification.urgency;
}

const dueTime = (item: ItemView) =>
  item.triage.dueAt ? Date.parse(item.triage.dueAt) : Number.POSITIVE_INFINITY;

/**
 * The API's order of a list (negative: `a` comes first). Mirrored so a live item lands where the
 * server would have put it: newest first, or for `sort=urgency` critical first, nearest due, newest.
 */
export function compareForList(a: ItemView, b: ItemView, sort: ItemFilters['sort']): number {
  const newest = a.receivedAt === b.receivedAt ? 0 : a.receivedAt > b.receivedAt ? -1 : 1;
  if (sort !== 'urgency') return newest;
  return (
    URGENCIES.indexOf(effectiveUrgency(a)) - URGENCIES.indexOf(effectiveUrgency(b)) ||
    dueTime(a) - dueTime(b) ||
    newest
  );
}

/** Query keys of the item lists; live updates find every cached list through the common prefix. */
export const itemListKeys = {
  all: ['items'] as const,
  list: (filters: ItemFilters) => ['items', filters] as const,
};
