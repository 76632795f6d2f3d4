// The one /live socket of a signed-in session, shared by the cache updater, the alerts and presence.
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import type { ServerToClientEvents } from '@auscult/contracts';
import type { SignOutReason } from '../auth/session-context';
import { useLiveUpdates, type LiveSocket, type LiveStatus } from './use-live-updates';

interface LiveState {
  status: LiveStatus;
  socket: LiveSocket | null;
}

const LiveContext = createContext<LiveState>({ status: 'connecting', socket: null });

export function LiveProvider({
  token,
  onUnauthorised,
  onTokenExpired,
  children,
}: {
  token: string;
  onUnauthorised: (reason: SignOutReason) => void;
  onTokenExpired: () => Promise<void>;
  children: ReactNode;
}) {
  const state = useLiveUpdates(token, onUnauthorised, onTokenExpired);
  return <LiveContext.Provider value={state}>{children}</LiveContext.Provider>;
}

export function useLive(): LiveState {
  return useContext(LiveContext);
}

/**
 * Calls `handler` for every event of that name while mounted. The cache has already taken the event
 * in when the handler runs: the cache updater subscribed first, when the socket was made.
 */
export function useLiveEvent<E extends keyof ServerToClientEvents>(
  name: E,
  handler: ServerToClientEvents[E],
): void {
  const { socket } = useLive();
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!socket) return;
    const listener = ((...args: Parameters<ServerToClientEvents[E]>) =>
      (latest.current as (...a: Parameters<ServerToClientEvents[E]>) => void)(...args)) as never;
    socket.on(name, listener);
    return () => {
      socket.off(name, listener);
    };
  }, [socket, name]);
}
