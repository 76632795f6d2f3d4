import { useEffect } from 'react';
import { OPEN_TRIAGE_STATUSES, type ItemView } from '@auscult/contracts';
import { useSignedIn } from '../auth/session-context';
import type { ItemFilters } from '../inbox/item-filters';
import { useItems } from '../inbox/use-items';
import { boardItems } from './board-order';

/** One list for the whole board: a claim or an acknowledgement changes an item in place, never moves it between lists. */
export const BOARD_FILTERS: ItemFilters = {
  kind: 'care_need',
  statuses: OPEN_TRIAGE_STATUSES,
  sort: 'urgency',
};

/**
 * The open care needs the API lets this viewer reach (a nurse's units; a charge nurse's units and the
 * unrouted queue), critical first from the server, so the first page already holds the most urgent.
 * Every page is loaded: a board that hides a waiting patient below a "more" button is no board.
 */
export function useBoardItems(): { items: ItemView[]; isPending: boolean; error: Error | null } {
  const { user } = useSignedIn();
  const list = useItems(BOARD_FILTERS);
  // After every render: cheap, and it picks up a page whose "next" appeared with the last answer.
  useEffect(() => {
    if (list.hasNextPage && !list.isFetchingNextPage && !list.isFetching) void list.fetchNextPage();
  });
  const items = boardItems([list.data?.pages.flatMap((page) => page.items) ?? []], user);
  return { items, isPending: list.isPending, error: list.error };
}
