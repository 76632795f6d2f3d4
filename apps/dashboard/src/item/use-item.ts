import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ItemView } from '@auscult/contracts';
import { apiRequest } from '../auth/api-client';
import { useSignedIn } from '../auth/session-context';
import { itemListKeys } from '../inbox/item-filters';
import type { ItemPages } from '../live/item-cache';

export const itemKeys = {
  all: ['item'] as const,
  detail: (id: string) => ['item', id] as const,
};

/** One item; shown at once from any loaded list while the full fetch confirms it. */
export function useItem(id: string) {
  const { accessToken } = useSignedIn();
  const queryClient = useQueryClient();
  return useQuery<ItemView, Error, ItemView, ReturnType<typeof itemKeys.detail>>({
    queryKey: itemKeys.detail(id),
    queryFn: ({ signal }) =>
      apiRequest<ItemView>(`/api/v1/items/${encodeURIComponent(id)}`, { token: accessToken, signal }),
    placeholderData: (): ItemView | undefined => {
      for (const [, data] of queryClient.getQueriesData<ItemPages>({ queryKey: itemListKeys.all })) {
        for (const page of data?.pages ?? []) {
          const found = page.items.find((item) => item.id === id);
          if (found) return found;
        }
      }
      return undefined;
    },
  });
}
