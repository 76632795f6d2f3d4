import { useInfiniteQuery } from '@tanstack/react-query';
import type { ItemPage } from '@auscult/contracts';
import { apiRequest } from '../auth/api-client';
import { useSignedIn } from '../auth/session-context';
import { itemListKeys, itemsSearchParams, type ItemFilters } from './item-filters';

const PAGE_SIZE = 50;

/** The inbox list, newest first; live events keep the loaded pages current between fetches. */
export function useItems(filters: ItemFilters) {
  const { accessToken } = useSignedIn();
  return useInfiniteQuery({
    queryKey: itemListKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      apiRequest<ItemPage>(`/api/v1/items?${itemsSearchParams(filters, PAGE_SIZE, pageParam).toString()}`, {
        token: accessToken,
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}
