import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useSignedIn } from '../auth/session-context';
import type { ItemPages } from '../live/item-cache';
import { InboxFilters } from './inbox-filters';
import { InboxRow } from './inbox-row';
import { itemListKeys, type ItemFilters } from './item-filters';
import { useInboxKeys } from './use-inbox-keys';
import { useItems } from './use-items';

/** Units to offer in the filter: the user's own and every unit seen in any loaded list. */
function useKnownUnits(ownUnits: readonly string[], selected: string | undefined): string[] {
  const queryClient = useQueryClient();
  const units = new Set(ownUnits);
  for (const [, data] of queryClient.getQueriesData<ItemPages>({ queryKey: itemListKeys.all })) {
    for (const page of data?.pages ?? [])
      for (const item of page.items) if (item.triage.unit) units.add(item.triage.unit);
  }
  if (selected) units.add(selected);
  return [...units].sort();
}

export function Inbox({ openId }: { openId: string | null }) {
  const { user } = useSignedIn();
  const [filters, setFilters] = useState<ItemFilters>({});
  const query = useItems(filters);
  const units = useKnownUnits(user.units, filters.unit);
  const listRef = useRef<HTMLOListElement>(null);
  useInboxKeys(listRef);
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <section className="inbox" aria-labelledby="inbox-title">
      <div className="section-head">
        <h2 id="inbox-title">Inbox</h2>
        <span className="muted" aria-live="polite">
          {query.isSuccess ? `${items.length}${query.hasNextPage ? '+' : ''} items` : ''}
        </span>
        <span className="muted keys-hint">
          <kbd>j</kbd> / <kbd>k</kbd> to move, <kbd>Enter</kbd> to open, <kbd>Esc</kbd> to close
        </span>
      </div>
      <InboxFilters filters={filters} units={units} onChange={setFilters} />
      {query.isPending && <p className="muted pad">Loading items…</p>}
      {query.isError && (
        <p role="alert" className="form-error pad">
          Could not load items: {query.error.message}
        </p>
      )}
      {query.isSuccess && items.length === 0 && <p className="muted pad">No items match these filters.</p>}
      <ol
        className="inbox-list"
        ref={listRef}
        aria-label="Items, newest first"
        aria-keyshortcuts="j k Escape"
      >
        {items.map((item) => (
          <InboxRow key={item.id} item={item} isOpen={item.id === openId} />
        ))}
      </ol>
      {query.hasNextPage && (
        <button
          type="button"
          className="load-more"
          onClick={() => void query.fetchNextPage()}
          disabled={query.isFetchingNextPage}
        >
          {query.isFetchingNextPage ? 'Loading…' : 'Load older items'}
        </button>
      )}
    </section>
  );
}
