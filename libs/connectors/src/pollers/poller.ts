// The shape of a pull source: one page per call, resumable from a JSON cursor. The worker stores
// the cursor after each page's items are in the queue, so a restart resumes with no gap, and a
// crash between the two repeats at most one page (which the item job ids deduplicate).
import type { IngestItem } from '@auscult/contracts';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface PollPage<Cursor> {
  items: IngestItem[];
  /** Where the next call starts; stored as given. */
  cursor: Cursor;
  /** Another page is ready now (pagination); false once the source has nothing newer. */
  hasMore: boolean;
  /** The source's own rate-limit window is spent: make no call before this time. */
  pauseUntil?: Date;
}

export interface Poller<Cursor extends JsonValue = JsonValue> {
  /** Key of the stored cursor, unique per feed/location/query, e.g. `rss:3f2a…`. */
  readonly key: string;
  /** IngestItem.source of what it yields, e.g. `twitter`. */
  readonly source: string;
  /** How often it is polled, in seconds. */
  readonly intervalSeconds: number;
  initialCursor(): Cursor;
  fetchPage(cursor: Cursor): Promise<PollPage<Cursor>>;
}

/** The newest postedAt among items, for the connector's lag. */
export function newestPostedAt(items: readonly IngestItem[]): Date | undefined {
  let newest: number | undefined;
  for (const item of items) {
    const at = item.postedAt ? Date.parse(item.postedAt) : NaN;
    if (!Number.isNaN(at) && (newest === undefined || at > newest)) newest = at;
  }
  return newest === undefined ? undefined : new Date(newest);
}
