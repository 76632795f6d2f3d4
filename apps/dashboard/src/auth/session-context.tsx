import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { LoginResponse, SessionEndReason } from '@auscult/contracts';
import { apiRequest, isUnauthorised } from './api-client';
import { ACTIVITY_EVENTS, createIdleTimer, refreshDelayMs } from './idle-timer';
import { clearSession, loadSession, saveSession, type Session } from './session';

/** Why the user is back on the login page; `ended` = the server ended the session (revoked, expired). */
export type SignOutReason = SessionEndReason | 'ended';

interface SessionState {
  session: Session | null;
  /** Shown on the login page after an automatic log-off. */
  endedReason: SignOutReason | null;
  /** Takes a login (or refresh) answer as it arrives. */
  signIn: (answer: LoginResponse) => void;
  signOut: (reason?: SignOutReason) => void;
  /** Renews the access token now (the socket asks when the server says its token expired). */
  refresh: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<Session | null>(loadSession);
  const [endedReason, setEndedReason] = useState<SignOutReason | null>(null);
  // The session as callbacks see it, without re-creating them (and the socket) on every refresh.
  const current = useRef(session);
  useEffect(() => {
    current.current = session;
  }, [session]);

  const signIn = useCallback((answer: LoginResponse) => {
    const next: Session = { ...answer, receivedAt: Date.now() };
    saveSession(next);
    setSession(next);
    setEndedReason(null);
  }, []);

  // Drop every cached item on sign-out: the next user may not be allowed to see them.
  const signOut = useCallback(
    (reason: SignOutReason = 'logout') => {
      const ending = current.current;
      if (ending && reason !== 'ended') {
        // Tell the server, so the session's tokens and sockets stop working too; the screen is cleared either way.
        void apiRequest('/api/v1/auth/logout', { method: 'POST', token: ending.accessToken }).catch(
          () => undefined,
        );
      }
      clearSession();
      setSession(null);
      setEndedReason(reason === 'logout' ? null : reason);
      queryClient.clear();
    },
    [queryClient],
  );

  const refresh = useCallback(async () => {
    const refreshToken = current.current?.refreshToken;
    if (!refreshToken) return;
    try {
      signIn(
        await apiRequest<LoginResponse>('/api/v1/auth/refresh', { method: 'POST', body: { refreshToken } }),
      );
    } catch (error) {
      if (isUnauthorised(error)) signOut('ended');
    }
  }, [signIn, signOut]);

  // Any request answered 401 means the session was ended by the server: back to the login page.
  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type === 'updated' && event.action.type === 'error' && isUnauthorised(event.action.error))
          signOut('ended');
      }),
    [queryClient, signOut],
  );

  // Renew the access token shortly before it expires.
  useEffect(() => {
    if (!session) return;
    const delay = refreshDelayMs(session.receivedAt, session.accessTokenTtlSeconds, Date.now());
    const handle = setTimeout(() => void refresh(), delay);
    return () => clearTimeout(handle);
  }, [session, refresh]);

  // Automatic log-off after the server's idle time without input on this screen.
  const idleSeconds = session?.sessionIdleSeconds;
  useEffect(() => {
    if (!idleSeconds) return;
    const timer = createIdleTimer(idleSeconds * 1000, () => signOut('idle'));
    const onActivity = () => timer.activity();
    for (const name of ACTIVITY_EVENTS)
      window.addEventListener(name, onActivity, { passive: true, capture: true });
    return () => {
      timer.stop();
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [idleSeconds, signOut]);

  const value = useMemo(
    () => ({ session, endedReason, signIn, signOut, refresh }),
    [session, endedReason, signIn, signOut, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession must be used inside <SessionProvider>');
  return state;
}

/** For components that render only when signed in. */
export function useSignedIn(): Session & Pick<SessionState, 'signOut' | 'refresh'> {
  const { session, signOut, refresh } = useSession();
  if (!session) throw new Error('useSignedIn needs a signed-in session');
  return { ...session, signOut, refresh };
}
