import { beforeEach, describe, expect, it } from '@jest/globals';
import { clearSession, loadSession, saveSession, type Session } from './session';

// The node test environment has no sessionStorage; a Map-backed one behaves the same for these calls.
function installStorage(): Map<string, string> {
  const store = new Map<string, string>();
  const storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = {
    getItem: (key) => store.get(key) ?? null,
    setItem: (key, value) => void store.set(key, value),
    removeItem: (key) => void store.delete(key),
  };
  Object.assign(globalThis, { sessionStorage: storage });
  return store;
}

const session: Session = {
  accessToken: 'token',
  accessTokenExpiresAt: '2026-11-23T12:00:00.000Z',
  accessTokenTtlSeconds: 600,
  receivedAt: 1_795_000_000_000,
  refreshToken: 'refresh',
  sessionIdleSeconds: 900,
  user: { id: 'u1', email: 'px@auscult.local', name: 'Pat', role: 'px', units: [] },
};

describe('session storage', () => {
  let store: Map<string, string>;
  beforeEach(() => {
    store = installStorage();
  });

  it('gives back a saved session', () => {
    saveSession(session);
    expect(loadSession()).toEqual(session);
  });

  it('has no session after sign-out', () => {
    saveSession(session);
    clearSession();
    expect(loadSession()).toBeNull();
  });

  it('ignores stored values that are not JSON or not a session', () => {
    store.set('auscult.session', '{not json');
    expect(loadSession()).toBeNull();
    store.set('auscult.session', JSON.stringify({ ...session, user: { ...session.user, role: 'root' } }));
    expect(loadSession()).toBeNull();
    // A session stored before refresh tokens existed cannot be renewed: sign in again.
    store.set('auscult.session', JSON.stringify({ accessToken: 'token', user: session.user }));
    expect(loadSession()).toBeNull();
  });
});
