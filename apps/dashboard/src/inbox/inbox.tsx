import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useSignedIn } from '../auth/session-context';
import type { ItemPages } from '../live/item-cache';
import { exportCsv } from './export-csv';
import { InboxFilters } from './inbox-filters';
import { InboxRow } from './inbox-row';
import { itemListKeys, type ItemFilters } from './item-filters';
import { newItemsLabel } from './new-items';
import { useInboxKeys } from './use-inbox-keys';
import { useItems } from './use-items';
import { useNewItems } from './use-new-items';

// A row is two lines of text plus its head and topics; rows measure themselves once rendered.
const ESTIMATED_ROW_PX = 84;
// Start loading the next page this many rows before the end, so scrolling does not hit the bottom.
const PREFETCH_ROWS = 40;

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

function ExportButton({ filters }: { filters: ItemFilters }) {
  const { accessToken } = useSignedIn();
  const [state, setState] = useState<'idle' | 'busy' | Error>('idle');
  async function run() {
    setState('busy');
    try {
      await exportCsv(filters, accessToken);
      setState('idle');
    } catch (error) {
      setState(error instanceof Error ? error : new Error(String(error)));
    }
  }
  return (
    <>
      <button type="button" onClick={() => void run()} disabled={state === 'busy'}>
        {state === 'busy' ? 'Exporting…' : 'Export CSV'}
      </button>
      {state instanceof Error && (
        <span role="alert" className="form-error small">
          Export failed: {state.message}
        </span>
      )}
    </>
  );
}

export function Inbox({ openId }: { openId: string | null }) {
  const { user } = useSignedIn();
  const [filters, setFilters] = useState<ItemFilters>({});
  const query = useItems(filters);
  const units = useKnownUnits(user.units, filters.unit);
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const { pending, shown, revealPending } = useNewItems(items, query.isSuccess, JSON.stringify(filters));

  const scrollRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser re-renders this component itself; nothing here memoises its functions
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    getItemKey: (index) => shown[index].id,
    overscan: 6,
  });
  const rows = virtualizer.getVirtualItems();
  const lastRendered = rows.length > 0 ? rows[rows.length - 1].index : -1;

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastRendered >= shown.length - PREFETCH_ROWS)
      void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage, lastRendered, shown.length]);

  const scrollToIndex = useCallback((index: number) => virtualizer.scrollToIndex(index), [virtualizer]);
  useInboxKeys(
    listRef,
    shown.length,
    shown.findIndex((item) => item.id === openId),
    scrollToIndex,
  );

  function showNew() {
    revealPending();
    virtualizer.scrollToOffset(0);
  }

  return (
    <section className="inbox" aria-labelledby="inbox-title">
      <div className="section-head">
        <h2 id="inbox-title">Inbox</h2>
        <span className="muted" aria-live="polite" data-testid="inbox-count">
          {query.isSuccess ? `${shown.length}${query.hasNextPage ? '+' : ''} items` : ''}
        </span>
        <span className="muted keys-hint">
          <kbd>j</kbd> / <kbd>k</kbd> to move, <kbd>Enter</kbd> to open, <kbd>Esc</kbd> to close
        </span>
        <ExportButton filters={filters} />
      </div>
      <InboxFilters filters={filters} units={units} onChange={setFilters} />
      <div className="new-items-slot" aria-live="polite">
        {pending.length > 0 && (
          <button type="button" className="new-items" onClick={showNew}>
            {newItemsLabel(pending.length)} · show
          </button>
        )}
      </div>
      {query.isPending && <p className="muted pad">Loading items…</p>}
      {query.isError && (
        <p role="alert" className="form-error pad">
          Could not load items: {query.error.message}
        </p>
      )}
      {query.isSuccess && items.length === 0 && <p className="muted pad">No items match these filters.</p>}
      <div className="inbox-scroll" ref={scrollRef}>
        <ol
          className="inbox-list"
          ref={listRef}
          aria-label="Items, newest first"
          aria-keyshortcuts="j k Escape"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {rows.map((row) => (
            <InboxRow
              key={row.key}
              item={shown[row.index]}
              isOpen={shown[row.index].id === openId}
              index={row.index}
              setSize={query.hasNextPage ? -1 : shown.length}
              measureRef={virtualizer.measureElement}
              style={{ transform: `translateY(${row.start}px)` }}
            />
          ))}
        </ol>
        {query.isFetchingNextPage && <p className="muted pad">Loading older items…</p>}
      </div>
    </section>
  );
}
