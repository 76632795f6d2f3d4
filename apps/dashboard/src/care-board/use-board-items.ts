import { useEffect } from 'react';
import { OPEN_TRIAGE_STATUSES, type ItemView } from '@auscult/contracts';
import { useSignedIn } from '../auth/session-context';
import { useItems } from '../inbox/use-items';
import { boardItems } from './board-order';

/**
 * The open care needs the API lets this viewer reach (a nurse's units; a charge nurse's units and the
 * unrouted queue), one list per open status so live moves between statuses land in the right list.
 * Every page is loaded: a board that hides a waiting patient below a "more" button is no board.
 */
export function useBoardItems(): { items: ItemView[]; isPending: boolean; error: Error | null } {
  const { user } = useSignedIn();
  const lists = [
    useItems({ kind: 'care_need', status: OPEN_TRIAGE_STATUSES[0] }),
    useItems({ kind: 'care_need', status: OPEN_TRIAGE_STATUSES[1] }),
    useItems({ kind: 'care_need', status: OPEN_TRIAGE_STATUSES[2] }),
  ];
  // After every render: cheap, and it picks up a page whose "next" appeared with the last answer.
  useEffect(() => {
    for (const list of lists) if (list.hasNextPage && !list.isFetchingNextPage) void list.fetchNextPage();
  });
  const items = boardItems(
    lists.map((list) => list.data?.pages.flatMap((page) => page.items) ?? []),
    user,
  );
  return {
    items,
    isPending: lists.some((list) => list.isPending),
    error: lists.find((list) => list.error)?.error ?? null,
  };
}
