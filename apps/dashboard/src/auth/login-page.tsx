import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { AuthConfigResponse, LoginResponse } from '@auscult/contracts';
import { apiRequest } from './api-client';
import { useSession, type SignOutReason } from './session-context';
import { ssoCodeOfThisPage } from './sso';

const ENDED_TEXT: Record<Exclude<SignOutReason, 'logout'>, string> = {
  idle: 'You were logged off after a period of inactivity.',
  ended: 'Your session has ended. Please sign in again.',
  expired: 'Your session has reached its maximum length. Please sign in again.',
  refresh_reuse: 'Your session was ended for your protection. Please sign in again.',
  deactivated: 'This account has been deactivated.',
  role_changed: 'Your role or units changed. Please sign in again.',
};

export function LoginPage() {
  const { signIn, endedReason } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const login = useMutation({
    mutationFn: () =>
      apiRequest<LoginResponse>('/api/v1/auth/login', { method: 'POST', body: { email, password } }),
    onSuccess: signIn,
  });
  const authConfig = useQuery({
    queryKey: ['auth-config'],
    queryFn: () => apiRequest<AuthConfigResponse>('/api/v1/auth/config'),
    staleTime: Infinity,
  });
  const sso = authConfig.data?.sso;
  // Back from the hospital's sign-in: trade the one-time code (once) for the session.
  const ssoExchange = useMutation({
    mutationFn: (code: string) =>
      apiRequest<LoginResponse>('/api/v1/auth/oidc/exchange', { method: 'POST', body: { code } }),
    onSuccess: signIn,
  });
  const exchangeStarted = useRef(false);
  useEffect(() => {
    const code = ssoCodeOfThisPage();
    if (code && !exchangeStarted.current) {
      exchangeStarted.current = true;
      ssoExchange.mutate(code);
    }
  }, [ssoExchange]);

  function submit(event: FormEvent) {
    event.preventDefault();
    login.mutate();
  }

  return (
    <main className="login">
      <form className="login-form" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">Auscult</h1>
        <p className="muted">Sign in to the listening dashboard.</p>
        <label htmlFor="login-email">Email</label>
        <input
          id="login-email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <label htmlFor="login-password">Password</label>
        <input
          id="login-password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        {endedReason && endedReason !== 'logout' && !login.isError && (
          <p role="status" className="form-notice">
            {ENDED_TEXT[endedReason]}
          </p>
        )}
        {login.isError && (
          <p role="alert" className="form-error">
            {login.error.message}
          </p>
        )}
        <button type="submit" disabled={login.isPending}>
          {login.isPending ? 'Signing in…' : 'Sign in'}
        </button>
        {sso?.enabled && (
          <p className="login-sso">
            {/* A full navigation: the API sends the browser on to the hospital's identity provider. */}
            <a href={sso.loginUrl}>Sign in with hospital SSO</a>
          </p>
        )}
        {ssoExchange.isPending && <p role="status">Completing hospital sign-in…</p>}
        {ssoExchange.isError && (
          <p role="alert" className="form-error">
            {ssoExchange.error.message}
          </p>
        )}
      </form>
    </main>
  );
}
