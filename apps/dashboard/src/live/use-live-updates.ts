import { useEffect, useState } from 'react';
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
import { applyItemEvent } from './apply-item-event';
import { VersionLedger } from './item-cache';

export type LiveStatus = 'connecting' | 'live' | 'offline';

/** The gateway refuses a bad or expired token at the handshake; that means signing in again. */
function isAuthFailure(error: Error): boolean {
  return /unauthori[sz]ed|forbidden|jwt|token/i.test(error.message);
}

/** Keeps the query cache current from the /live socket for as long as the user is signed in. */
export function useLiveUpdates(
  token: string,
  onUnauthorised: (reason: SignOutReason) => void,
  onTokenExpired: () => Promise<void>,
): LiveStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');

  useEffect(() => {
    const ledger = new VersionLedger();
    const auth: LiveHandshakeAuth = { token };
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(LIVE_NAMESPACE, { auth });
    // Events that arrive while a gap-closing refetch is in flight: the refetch may have read the
    // database before they were stored, and its answer would overwrite them; they are re-applied after it.
    let duringRefetch: [LiveEventName, ItemEvent][] | null = null;
    const onEvent = (name: LiveEventName) => (event: ItemEvent) => {
      duringRefetch?.push([name, event]);
      applyItemEvent(queryClient, ledger, name, event);
    };

    socket.on('connect', () => {
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
    });
    socket.on('disconnect', () => setStatus('offline'));
    socket.on('connect_error', (error) => {
      setStatus('offline');
      if (isAuthFailure(error)) onUnauthorised('ended');
    });
    // The server re-checks the socket: when its access token expires, renew it (the new token
    // reconnects through this effect); when the session ended, back to the login page.
    socket.on('session.ended', ({ reason }) => {
      if (reason === 'token_expired') void onTokenExpired();
      else onUnauthorised(reason);
    });
    socket.on('item.created', onEvent('item.created'));
    socket.on('item.updated', onEvent('item.updated'));
    socket.on('item.escalated', onEvent('item.escalated'));

    return () => {
      socket.disconnect();
    };
  }, [token, queryClient, onUnauthorised, onTokenExpired]);

  return status;
}
