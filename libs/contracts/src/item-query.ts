import type { Channel, ItemKind, Topic, TriageStatus, Urgency } from './domain.js';

/**
 * `sort=newest` (default): by received time, newest first.
 * `sort=urgency`: critical first (critical, high, normal, low), then the earliest due time (items
 * without a due time last), then newest first.
 */
export const ITEM_SORTS = ['newest', 'urgency'] as const;
export type ItemSort = (typeof ITEM_SORTS)[number];

/**
 * The filters of GET /api/v1/items and GET /api/v1/items/export.csv, as query-string parameters.
 * Lists (`status`, `kind`, `urgency`, `channel`, `unit`) are comma-separated: `status=new,acknowledged`.
 * `from`/`to` are ISO 8601 instants on the item's **received** time (`receivedAt`: when Auscult got
 * it; the source's `postedAt` can be late or forged), `from` inclusive, `to` exclusive.
 * `q`: PostgreSQL full-text search (websearch syntax: words, "quoted phrases", `or`, `-word`) over
 * the redacted text. Kind and urgency are the working ones (a person's correction wins over the
 * classifier's).
 */
export interface ItemListQuery {
  kind?: ItemKind[];
  status?: TriageStatus[];
  urgency?: Urgency[];
  channel?: Channel[];
  unit?: string[];
  /** `true`: only care needs without a unit (the triage queue). */
  unrouted?: boolean;
  /** Items carrying this topic. */
  topic?: Topic;
  from?: string;
  to?: string;
  q?: string;
  sort?: ItemSort;
  /** 1…200, default 50 (not for the CSV export). */
  limit?: number;
  /** The `nextCursor` of the previous page, for the same filters and sort (not for the CSV export). */
  cursor?: string;
}

/** The columns of GET /api/v1/items/export.csv, in order (header row = these names). */
export const ITEM_EXPORT_COLUMNS = [
  'id',
  'receivedAt',
  'postedAt',
  'source',
  'channel',
  'facility',
  'unit',
  'kind',
  'urgency',
  'topics',
  'sentiment',
  'confidence',
  'status',
  'assignee',
  'dueAt',
  'slaState',
  'acknowledgedAt',
  'resolvedAt',
  'url',
  'text',
] as const;
export type ItemExportColumn = (typeof ITEM_EXPORT_COLUMNS)[number];

/** The export streams at most this many rows; narrow the filters for more. */
export const ITEM_EXPORT_MAX_ROWS = 100_000;

/** POST /api/v1/items/:id/forward — PX, charge nurses and admins send a care need to another unit. */
export interface ForwardRequest {
  unitCode: string;
  note?: string;
  expectedVersion?: number;
}
