// Presence lives in the query cache like every other piece of server state: `presence.changed` events
// (and the acks of our own watches) write the people on an item; rows and panels read it.
import { useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  PRESENCE_HEARTBEAT_SECONDS,
  type PresenceAck,
  type PresenceActivity,
  type PresencePerson,
} from '@auscult/contracts';
import { useLive, useLiveEvent } from '../live/live-context';

export const presenceKeys = {
  item: (itemId: string) => ['presence', itemId] as const,
};

/** Keeps the cache current from `presence.changed`; mount once per signed-in session. */
export function usePresenceSync(): void {
  const queryClient = useQueryClient();
  useLiveEvent('presence.changed', ({ itemId, people }) =>
    queryClient.setQueryData(presenceKeys.item(itemId), people),
  );
}

/** The people on an item as last heard; never fetched, only pushed. */
export function usePeopleOn(itemId: string): readonly PresencePerson[] {
  const { data } = useQuery<PresencePerson[]>({
    queryKey: presenceKeys.item(itemId),
    queryFn: () => [],
    enabled: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  return data ?? [];
}

/**
 * Tells the others that this viewer is on the item (viewing, or editing while a form is open), with a
 * heartbeat while it stays so, and that the viewer left when the component goes. A reconnect
 * re-announces, since the server forgets a dropped socket's watches. `null`: not watching (roles
 * that cannot act on items, cards merely listed on a board).
 */
export function useWatchItem(itemId: string, activity: PresenceActivity | null): void {
  const { socket, status } = useLive();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (status !== 'live' || !socket || !activity) return;
    const onAck = (answer: PresenceAck) => {
      if (answer.ok) queryClient.setQueryData(presenceKeys.item(itemId), answer.people);
    };
    const watch = () => {
      socket.emit('presence.watch', { itemId, activity }, onAck);
    };
    watch();
    const heartbeat = setInterval(watch, PRESENCE_HEARTBEAT_SECONDS * 1000);
    return () => {
      clearInterval(heartbeat);
      socket.emit('presence.leave', { itemId });
    };
  }, [socket, status, itemId, activity, queryClient]);
}
