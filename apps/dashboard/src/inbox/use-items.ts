import { useInfiniteQuery } from '@tanstack/react-query';
import type { ItemPage } from '@auscult/contracts';
import { apiRequest } from '../auth/api-client';
import { useSignedIn } from '../auth/session-context';
import { itemListKeys, itemsSearchParams, type ItemFilters } from './item-filters';

/** The API's largest page: long lists (10,000 rows in the inbox) load in as few requests as it allows. */
export const MAX_PAGE_SIZE = 200;

/** A list of items, newest first; live events keep the loaded pages current between fetches. */
export function useItems(filters: ItemFilters, pageSize = MAX_PAGE_SIZE) {
  const { accessToken } = useSignedIn();
  return useInfiniteQuery({
    queryKey: itemListKeys.list(filters),
    queryFn: ({ pageParam, signal }) =>
      apiRequest<ItemPage>(`/api/v1/items?${itemsSearchParams(filters, pageSize, pageParam).toString()}`, {
        token: accessToken,
        signal,
      }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}
