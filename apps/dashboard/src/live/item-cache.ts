// Pure merges of live item events into cached query data. Every event carries the item's whole
// current state and its triage version; anything not newer than what we hold is dropped, so events
// that arrive late or twice (reconnects, several API nodes) can never roll an item back.
import type { InfiniteData } from '@tanstack/react-query';
import type { ItemEvent, ItemPage, ItemView, LiveEventName } from '@auscult/contracts';
import { compareForList, matchesFilters, type ItemFilters } from '../inbox/item-filters';

export type ItemPages = InfiniteData<ItemPage, string | null>;

/** Remembers the highest version seen per item id across all lists. */
export class VersionLedger {
  private readonly versions = new Map<string, number>();

  /** True when the event is newer than anything seen for its item (and records it). */
  accept(event: ItemEvent): boolean {
    const seen = this.versions.get(event.item.id);
    if (seen !== undefined && event.version <= seen) return false;
    this.versions.set(event.item.id, event.version);
    return true;
  }
}

export function isNewer(event: ItemEvent, current: ItemView | undefined): boolean {
  return current === undefined || event.version > current.triage.version;
}

/** The single-item cache: replaced only by a newer version. */
export function mergeItem(current: ItemView | undefined, event: ItemEvent): ItemView | undefined {
  if (current === undefined) return current;
  return isNewer(event, current) ? event.item : current;
}

function findItem(data: ItemPages, id: string): ItemView | undefined {
  for (const page of data.pages) {
    const found = page.items.find((item) => item.id === id);
    if (found) return found;
  }
  return undefined;
}

function mapItems(data: ItemPages, fn: (items: ItemView[]) => ItemView[]): ItemPages {
  return { ...data, pages: data.pages.map((page) => ({ ...page, items: fn(page.items) })) };
}

/** Inserts in the list's order (newest first, or urgency), but only inside the window already loaded. */
function insertInOrder(
  data: ItemPages,
  item: ItemView,
  name: LiveEventName,
  sort: ItemFilters['sort'],
): ItemPages {
  const [first, ...rest] = data.pages;
  if (!first) return data;
  // A new item goes on top: it is the newest the user has not seen, whatever its timestamps say.
  if (name === 'item.created' && sort !== 'urgency')
    return { ...data, pages: [{ ...first, items: [item, ...first.items] }, ...rest] };
  const pages = data.pages.map((page) => ({ ...page, items: [...page.items] }));
  for (const page of pages) {
    const index = page.items.findIndex((other) => compareForList(item, other, sort) < 0);
    if (index >= 0) {
      page.items.splice(index, 0, item);
      return { ...data, pages };
    }
  }
  // Older than everything loaded: it will come with "load more", not now; unless the list is whole.
  const last = pages[pages.length - 1];
  if (last.nextCursor === null) {
    last.items.push(item);
    return { ...data, pages };
  }
  return data;
}

/** Applies one event to one cached list; returns the same object when nothing changes. */
export function mergeIntoPages(
  data: ItemPages | undefined,
  event: ItemEvent,
  name: LiveEventName,
  filters: ItemFilters,
): ItemPages | undefined {
  if (data === undefined) return data;
  const current = findItem(data, event.item.id);
  if (!isNewer(event, current)) return data;
  const belongs = matchesFilters(event.item, filters, current === undefined);
  if (current) {
    return belongs
      ? mapItems(data, (items) => items.map((item) => (item.id === event.item.id ? event.item : item)))
      : mapItems(data, (items) => items.filter((item) => item.id !== event.item.id));
  }
  return belongs ? insertInOrder(data, event.item, name, filters.sort) : data;
}

/**
 * The latest live event of each item, in arrival order, with a running sequence number. A list's
 * fetch (a page loaded, a refetch) builds its answer from what it held when it started, so events
 * merged while it ran would be lost when it lands; they are re-applied from here after it.
 */
export class RecentEvents {
  private sequence = 0;
  private readonly latest = new Map<string, { seq: number; name: LiveEventName; event: ItemEvent }>();

  constructor(private readonly capacity = 5000) {}

  record(name: LiveEventName, event: ItemEvent): void {
    this.sequence += 1;
    // Re-inserting moves the item to the end: the map stays in arrival order.
    this.latest.delete(event.item.id);
    this.latest.set(event.item.id, { seq: this.sequence, name, event });
    if (this.latest.size > this.capacity) this.latest.delete(this.latest.keys().next().value as string);
  }

  /** A mark to ask later for what arrived after it. */
  mark(): number {
    return this.sequence;
  }

  /** Each item's latest event recorded after `mark`, oldest first. */
  since(mark: number): [LiveEventName, ItemEvent][] {
    return [...this.latest.values()].filter((e) => e.seq > mark).map((e) => [e.name, e.event]);
  }
}
