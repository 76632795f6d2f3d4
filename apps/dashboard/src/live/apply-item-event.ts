import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { ItemEvent, ItemView, LiveEventName, TrendsResponse } from '@auscult/contracts';
import { itemListKeys, type ItemFilters } from '../inbox/item-filters';
import { itemKeys } from '../item/use-item';
import { countNewItem } from '../trends/trend-series';
import { trendKeys } from '../trends/use-trends';
import { mergeIntoPages, mergeItem, type ItemPages, type VersionLedger } from './item-cache';

/**
 * Writes one live event into every cached query it touches: the lists, the item, the trend.
 * A `replay` re-applies an event already accepted (after a refetch that may have overwritten it),
 * so it skips the version ledger and does not count the item in the trend a second time.
 */
export function applyItemEvent(
  queryClient: QueryClient,
  ledger: VersionLedger,
  name: LiveEventName,
  event: ItemEvent,
  { replay = false }: { replay?: boolean } = {},
): void {
  if (!replay && !ledger.accept(event)) return;

  for (const query of queryClient.getQueryCache().findAll({ queryKey: itemListKeys.all })) {
    // The list's filters are the second part of its key (see itemListKeys.list).
    const filters = (query.queryKey[1] ?? {}) as ItemFilters;
    queryClient.setQueryData<ItemPages>(query.queryKey, (data) => mergeIntoPages(data, event, name, filters));
  }
  queryClient.setQueryData<ItemView>(itemKeys.detail(event.item.id), (current) => mergeItem(current, event));

  if (name === 'item.created' && !replay) {
    queryClient.setQueriesData<TrendsResponse>({ queryKey: trendKeys.all }, (trends) =>
      trends ? countNewItem(trends, event.item) : trends,
    );
  }
}

/**
 * Re-applies events that arrived while one list was being fetched: its answer was built from the
 * pages it held when it started (TanStack's infinite queries append to, or refetch over, that), so a
 * live change merged meanwhile would otherwise vanish. Versions keep this from rolling anything back.
 */
export function replayIntoList(
  queryClient: QueryClient,
  queryKey: QueryKey,
  events: readonly [LiveEventName, ItemEvent][],
): void {
  if (events.length === 0) return;
  const filters = (queryKey[1] ?? {}) as ItemFilters;
  queryClient.setQueryData<ItemPages>(queryKey, (data) =>
    events.reduce((pages, [name, event]) => mergeIntoPages(pages, event, name, filters), data),
  );
}
