// Accounts: short access tokens, rotating refresh tokens with reuse detection, logout, idle log-off,
// lockout after failed logins, and sockets that end with their session.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  LIVE_NAMESPACE,
  type ClientToServerEvents,
  type LoginResponse,
  type ServerToClientEvents,
} from '@auscult/contracts';
import pg from 'pg';
import { io, type Socket } from 'socket.io-client';
import { startApi, type ApiHarness } from './api-harness.js';

type LiveClient = Socket<ServerToClientEvents, ClientToServerEvents>;

let api: ApiHarness;
let quick: ApiHarness;

beforeAll(async () => {
  api = await startApi('auth', { LOGIN_MAX_FAILURES: '3', LOGIN_LOCKOUT_SECONDS: '120' });
  // Short clocks, so idle log-off and token expiry are observable within a test.
  quick = await startApi('auth-quick', {
    SESSION_IDLE_SECONDS: '3',
    JWT_TTL_SECONDS: '5',
    LOGIN_IP_MAX_FAILURES: '3',
  });
}, 60_000);

afterAll(async () => {
  await api?.close();
  await quick?.close();
});

const post = (target: ApiHarness, path: string, body: unknown, token?: string) =>
  fetch(`${target.url}/api/v1/auth/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });

async function signIn(target: ApiHarness, email = 'px@auscult.local', password = 'auscult-demo') {
  const res = await post(target, 'login', { email, password });
  expect(res.status).toBe(200);
  return (await res.json()) as LoginResponse;
}

const me = (target: ApiHarness, token: string) =>
  fetch(`${target.url}/api/v1/auth/me`, { headers: { authorization: `Bearer ${token}` } });

async function auditActions(target: ApiHarness, action: string): Promise<number> {
  const client = new pg.Client({ connectionString: target.db.url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = $1`,
      [action],
    );
    return rows[0].n;
  } finally {
    await client.end();
  }
}

function connect(target: ApiHarness, token: string): Promise<LiveClient> {
  const socket: LiveClient = io(`${target.url}${LIVE_NAMESPACE}`, {
    auth: { token },
    transports: ['websocket'],
    reconnection: false,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

function sessionEnd(socket: LiveClient, timeoutMs: number): Promise<{ reason: string; disconnect: string }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no session.ended')), timeoutMs);
    socket.once('session.ended', ({ reason }) => {
      socket.once('disconnect', (disconnect) => {
        clearTimeout(timer);
        resolve({ reason, disconnect });
      });
    });
  });
}

describe('login', () => {
  it('answers a short-lived access token, a refresh token and the idle timeout', async () => {
    const body = await signIn(api);
    const ttl = (Date.parse(body.accessTokenExpiresAt) - Date.now()) / 1000;
    expect(ttl).toBeGreaterThan(500);
    expect(ttl).toBeLessThanOrEqual(600);
    expect(body.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.sessionIdleSeconds).toBe(900);
    expect(body.accessTokenTtlSeconds).toBeGreaterThan(590);
    expect(body.accessTokenTtlSeconds).toBeLessThanOrEqual(600);
    expect((await me(api, body.accessToken)).status).toBe(200);
  });
});

describe('refresh', () => {
  it('rotates: the answer carries new tokens that work', async () => {
    const first = await signIn(api);
    const res = await post(api, 'refresh', { refreshToken: first.refreshToken });
    const next = (await res.json()) as LoginResponse;
    expect(res.status).toBe(200);
    expect(next.refreshToken).not.toBe(first.refreshToken);
    expect(next.user.email).toBe('px@auscult.local');
    expect((await me(api, next.accessToken)).status).toBe(200);
  });

  it('ends the whole session when a spent refresh token is used again', async () => {
    const first = await signIn(api);
    const next = (await (
      await post(api, 'refresh', { refreshToken: first.refreshToken })
    ).json()) as LoginResponse;
    const before = await auditActions(api, 'auth.refresh_reuse');
    const reuse = await post(api, 'refresh', { refreshToken: first.refreshToken });
    expect(reuse.status).toBe(401);
    expect(((await reuse.json()) as { message: string }).message).toMatch(/used twice/);
    expect((await post(api, 'refresh', { refreshToken: next.refreshToken })).status).toBe(401);
    expect((await me(api, next.accessToken)).status).toBe(401);
    expect(await auditActions(api, 'auth.refresh_reuse')).toBe(before + 1);
  });

  it('refuses an unknown refresh token and names the field of a malformed one', async () => {
    expect((await post(api, 'refresh', { refreshToken: 'x'.repeat(43) })).status).toBe(401);
    const bad = await post(api, 'refresh', { refreshToken: 42 });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ errors: [{ field: 'refreshToken' }] });
  });
});

describe('logout', () => {
  it('revokes the access token, the refresh token and the socket at once, and is audited', async () => {
    const session = await signIn(api);
    const socket = await connect(api, session.accessToken);
    const ended = sessionEnd(socket, 5000);
    const before = await auditActions(api, 'auth.logout');
    expect((await post(api, 'logout', {}, session.accessToken)).status).toBe(204);
    expect(await ended).toEqual({ reason: 'logout', disconnect: 'io server disconnect' });
    expect((await me(api, session.accessToken)).status).toBe(401);
    expect((await post(api, 'refresh', { refreshToken: session.refreshToken })).status).toBe(401);
    expect(await auditActions(api, 'auth.logout')).toBe(before + 1);
    await expect(connect(api, session.accessToken)).rejects.toThrow(/session has ended/);
  });

  it('leaves the user’s other sessions alone', async () => {
    const a = await signIn(api);
    const b = await signIn(api);
    await post(api, 'logout', {}, a.accessToken);
    expect((await me(api, b.accessToken)).status).toBe(200);
  });
});

describe('idle log-off (SESSION_IDLE_SECONDS=3)', () => {
  it('keeps a session alive while it is used', async () => {
    let session = await signIn(quick);
    const until = Date.now() + 4500;
    while (Date.now() < until) {
      // Access tokens live 5 s here: renew each round (a refresh alone does not keep a session alive).
      session = (await (
        await post(quick, 'refresh', { refreshToken: session.refreshToken })
      ).json()) as LoginResponse;
      expect((await me(quick, session.accessToken)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 500));
    }
  }, 15_000);

  it('ends a session unused for the idle time; refreshing does not count as use', async () => {
    let session = await signIn(quick);
    const started = Date.now();
    let ended: Response | null = null;
    // Poll with refresh (not activity) until the server ends the session, within a deadline.
    while (!ended && Date.now() - started < 10_000) {
      const res = await post(quick, 'refresh', { refreshToken: session.refreshToken });
      if (res.status === 200) session = (await res.json()) as LoginResponse;
      else ended = res;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(Date.now() - started).toBeGreaterThanOrEqual(2500);
    expect(ended?.status).toBe(401);
    expect(((await ended?.json()) as { message: string }).message).toMatch(/inactivity/);
    expect((await me(quick, session.accessToken)).status).toBe(401);
  }, 15_000);
});

describe('socket re-check when the access token expires (JWT_TTL_SECONDS=5)', () => {
  it('tells the client token_expired and disconnects; a refreshed token connects again', async () => {
    const session = await signIn(quick);
    const socket = await connect(quick, session.accessToken);
    const keepAlive = setInterval(() => void me(quick, session.accessToken), 1000);
    try {
      expect(await sessionEnd(socket, 9000)).toEqual({
        reason: 'token_expired',
        disconnect: 'io server disconnect',
      });
      const res = await post(quick, 'refresh', { refreshToken: session.refreshToken });
      const next = (await res.json()) as LoginResponse;
      const again = await connect(quick, next.accessToken);
      expect(again.connected).toBe(true);
      again.close();
    } finally {
      clearInterval(keepAlive);
    }
  }, 20_000);
});

describe('lockout after failed logins', () => {
  it('locks an account after LOGIN_MAX_FAILURES failures: 429 with Retry-After even for the right password', async () => {
    const email = 'nurse.icu@auscult.local';
    for (let i = 0; i < 3; i += 1) {
      expect((await post(api, 'login', { email, password: 'wrong' })).status).toBe(401);
    }
    const locked = await post(api, 'login', { email, password: 'auscult-demo' });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(100);
    expect(await locked.json()).toMatchObject({
      error: 'rate_limited',
      message: expect.stringMatching(/failed logins/),
    });
    expect(await auditActions(api, 'auth.login_locked')).toBeGreaterThanOrEqual(1);
    // Another account from the same address is not locked.
    expect((await post(api, 'login', { email: 'exec@auscult.local', password: 'auscult-demo' })).status).toBe(
      200,
    );
  });

  it('locks an address after LOGIN_IP_MAX_FAILURES failures over different accounts', async () => {
    for (const email of ['a@x.example', 'b@x.example', 'c@x.example']) {
      expect((await post(quick, 'login', { email, password: 'wrong' })).status).toBe(401);
    }
    expect((await post(quick, 'login', { email: 'px@auscult.local', password: 'auscult-demo' })).status).toBe(
      429,
    );
  });
});
