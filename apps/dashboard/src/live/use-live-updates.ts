import { useEffect, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { io, type Socket } from 'socket.io-client';
import {
  LIVE_NAMESPACE,
  type ClientToServerEvents,
  type ItemEvent,
  type LiveEventName,
  type LiveHandshakeAuth,
  type ServerToClientEvents,
} from '@auscult/contracts';
import type { SignOutReason } from '../auth/session-context';
import { itemListKeys } from '../inbox/item-filters';
import { trendKeys } from '../trends/use-trends';
import { applyItemEvent, replayIntoList } from './apply-item-event';
import { RecentEvents, VersionLedger } from './item-cache';

const LIVE_EVENT_NAMES = [
  'item.created',
  'item.updated',
  'item.escalated',
] as const satisfies LiveEventName[];

export type LiveStatus = 'connecting' | 'live' | 'offline';
export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** The gateway refuses a bad or expired token at the handshake; that means signing in again. */
function isAuthFailure(error: Error): boolean {
  return /unauthori[sz]ed|forbidden|jwt|token/i.test(error.message);
}

/**
 * Keeps the query cache current from the /live socket for as long as the user is signed in; answers
 * the socket too, for features that listen to more (alerts) or send (presence).
 */
export function useLiveUpdates(
  token: string,
  onUnauthorised: (reason: SignOutReason) => void,
  onTokenExpired: () => Promise<void>,
): { status: LiveStatus; socket: LiveSocket | null } {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');
  // Made here, connected by the effect: features can attach their listeners from the first render.
  const socket = useMemo<LiveSocket>(() => {
    const auth: LiveHandshakeAuth = { token };
    return io(LIVE_NAMESPACE, { auth, autoConnect: false });
  }, [token]);

  useEffect(() => {
    const ledger = new VersionLedger();
    // Events that arrive while a gap-closing refetch is in flight: the refetch may have read the
    // database before they were stored, and its answer would overwrite them; they are re-applied after it.
    let duringRefetch: [LiveEventName, ItemEvent][] | null = null;
    const recent = new RecentEvents();
    const onEvent = (name: LiveEventName) => (event: ItemEvent) => {
      duringRefetch?.push([name, event]);
      recent.record(name, event);
      applyItemEvent(queryClient, ledger, name, event);
    };
    // Any list fetch (a page loaded, a refetch) lands over what the list held when it started:
    // what arrived meanwhile is merged again once it lands (the care board loads many pages).
    const fetchMarks = new Map<string, number>();
    const stopWatchingFetches = queryClient.getQueryCache().subscribe((cacheEvent) => {
      if (cacheEvent.type !== 'updated' || cacheEvent.query.queryKey[0] !== itemListKeys.all[0]) return;
      const { action, query } = cacheEvent;
      if (action.type === 'fetch') {
        if (!fetchMarks.has(query.queryHash)) fetchMarks.set(query.queryHash, recent.mark());
        return;
      }
      // Landed, failed or cancelled (a cancel restores the state from before the fetch): merge again.
      const mark = fetchMarks.get(query.queryHash);
      if (mark === undefined || query.state.fetchStatus !== 'idle') return;
      fetchMarks.delete(query.queryHash);
      replayIntoList(queryClient, query.queryKey, recent.since(mark));
    });

    const onConnect = () => {
      setStatus('live');
      // Unless the server replayed what we missed, anything sent before this connection (or
      // while it was down) is not in the cache yet: refetch once to close the gap.
      if (!socket.recovered) {
        const arrived: [LiveEventName, ItemEvent][] = [];
        duringRefetch = arrived;
        void Promise.all([
          queryClient.invalidateQueries({ queryKey: itemListKeys.all }),
          queryClient.invalidateQueries({ queryKey: trendKeys.all }),
        ]).finally(() => {
          if (duringRefetch === arrived) duringRefetch = null;
          for (const [name, event] of arrived)
            applyItemEvent(queryClient, ledger, name, event, { replay: true });
        });
      }
    };
    const onDisconnect = () => setStatus('offline');
    const onConnectError = (error: Error) => {
      setStatus('offline');
      if (isAuthFailure(error)) onUnauthorised('ended');
    };
    // The server re-checks the socket: when its access token expires, renew it (the new token
    // reconnects through this effect); when the session ended, back to the login page.
    const onSessionEnded: ServerToClientEvents['session.ended'] = ({ reason }) => {
      if (reason === 'token_expired') void onTokenExpired();
      else onUnauthorised(reason);
    };
    const onItem = {
      'item.created': onEvent('item.created'),
      'item.updated': onEvent('item.updated'),
      'item.escalated': onEvent('item.escalated'),
    };
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    socket.on('connect_error', onConnectError);
    socket.on('session.ended', onSessionEnded);
    for (const name of LIVE_EVENT_NAMES) socket.on(name, onItem[name]);
    socket.connect();

    return () => {
      stopWatchingFetches();
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      socket.off('connect_error', onConnectError);
      socket.off('session.ended', onSessionEnded);
      for (const name of LIVE_EVENT_NAMES) socket.off(name, onItem[name]);
      socket.disconnect();
    };
  }, [socket, queryClient, onUnauthorised, onTokenExpired]);

  return { status, socket };
}
