// Hospital single sign-on against a REAL OpenID Connect provider (oidc-provider) on 127.0.0.1: the test is
// the browser (fetch, manual redirects, a cookie jar), the provider's dev interactions are its login pages.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AuthConfigResponse, AuthUser, ItemPage, LoginResponse } from '@auscult/contracts';
import { AuditEventEntity, createDataSource } from '@auscult/persistence';
import Provider from 'oidc-provider';
import type { DataSource } from 'typeorm';
import { login, startApi, type ApiHarness } from './api-harness.js';
import { insertItems } from './item-rows.factory.js';

interface Account {
  email: string;
  name: string;
  roles: string[];
  units: string[];
}

/** The hospital's directory; tests change it to change what the provider says. */
const accounts: Record<string, Account> = {
  'emp-1001': {
    email: 'ada.sso@hospital.example',
    name: 'Ada Nurse',
    roles: ['Staff', 'Nursing'],
    units: ['4b', 'Mars'],
  },
  'emp-1002': {
    email: 'px.sso@hospital.example',
    name: 'Pat Experience',
    roles: ['PatientExperience'],
    units: [],
  },
  'emp-1003': {
    email: 'rad@hospital.example',
    name: 'Ray Diology',
    roles: ['Staff', 'Radiology'],
    units: [],
  },
  'emp-1004': { email: 'nurse.4b@auscult.local', name: 'Nurse 4B', roles: ['Nursing'], units: ['4B'] },
};

const ROLE_MAP =
  'Nursing=nurse,ChargeNurse=charge_nurse,PatientExperience=px,Exec=executive,AuscultAdmin=admin';

let idp: Server;
let issuer: string;
let api: ApiHarness;
let ds: DataSource;
let itemIds: string[];

function listen(server: Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

async function freePort(): Promise<number> {
  const s = createServer();
  const port = await listen(s);
  await new Promise((r) => s.close(r));
  return port;
}

/** A browser's cookie jar, per origin (enough here: no shared parent domains). */
class Browser {
  private readonly jar = new Map<string, Map<string, string>>();

  async fetch(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const u = new URL(url);
    const cookies = this.jar.get(u.origin) ?? new Map<string, string>();
    const headers = new Headers(init.headers);
    if (cookies.size > 0) headers.set('cookie', [...cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(u, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const [name, ...value] = pair.trim().split('=');
      const gone = attrs.some((a) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(a));
      if (gone) cookies.delete(name);
      else cookies.set(name, value.join('='));
    }
    this.jar.set(u.origin, cookies);
    return res;
  }

  cookie(origin: string, name: string): string | undefined {
    return this.jar.get(origin)?.get(name);
  }

  forget(origin: string, name: string): void {
    this.jar.get(origin)?.delete(name);
  }
}

function location(res: Response, base: string | URL): URL {
  const to = res.headers.get('location');
  if (!to) throw new Error(`expected a redirect, got ${res.status}`);
  return new URL(to, base);
}

/**
 * Auscult's login → provider → its login and consent pages → stops at the redirect to Auscult's callback
 * (returned, not yet followed, so tests can replay or tamper with it).
 */
async function throughProvider(
  browser: Browser,
  accountId: string,
): Promise<{ callback: URL; authorize: URL }> {
  const start = await browser.fetch(`${api.url}/api/v1/auth/oidc/login`);
  expect(start.status).toBe(302);
  const authorize = location(start, api.url);
  let url = authorize;
  for (let hops = 0; hops < 20; hops++) {
    if (url.href.startsWith(`${api.url}/api/v1/auth/oidc/callback`)) return { callback: url, authorize };
    let res = await browser.fetch(url);
    if (res.status === 200 && url.pathname.startsWith('/interaction/')) {
      const page = await res.text();
      const prompt = /name="prompt" value="(\w+)"/.exec(page)?.[1];
      const form =
        prompt === 'login'
          ? new URLSearchParams({ prompt, login: accountId, password: 'any' })
          : new URLSearchParams({ prompt: prompt ?? '' });
      res = await browser.fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
      });
    }
    if (res.status < 300 || res.status >= 400)
      throw new Error(`provider answered ${res.status} at ${url.pathname}: ${await res.text()}`);
    url = location(res, url);
  }
  throw new Error('too many redirects');
}

/** The whole sign-in: callback → dashboard URL with the one-time code in the fragment → exchange. */
async function signIn(accountId: string): Promise<{ answer: LoginResponse; dashboardUrl: URL }> {
  const browser = new Browser();
  const { callback } = await throughProvider(browser, accountId);
  const done = await browser.fetch(callback, { headers: { accept: 'text/html' } });
  expect(done.status).toBe(303);
  const dashboardUrl = location(done, callback);
  const code = new URLSearchParams(dashboardUrl.hash.slice(1)).get('sso_code');
  const exchange = await browser.fetch(`${api.url}/api/v1/auth/oidc/exchange`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  expect(exchange.status).toBe(200);
  return { answer: (await exchange.json()) as LoginResponse, dashboardUrl };
}

async function get<T>(path: string, token: string): Promise<{ status: number; body: T }> {
  const res = await fetch(`${api.url}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as T };
}

async function auditOf(action: string): Promise<AuditEventEntity[]> {
  return ds.getRepository(AuditEventEntity).find({ where: { action }, order: { id: 'ASC' } });
}

beforeAll(async () => {
  idp = createServer();
  issuer = `http://127.0.0.1:${await listen(idp)}`;
  const apiPort = await freePort();
  const redirectUrl = `http://127.0.0.1:${apiPort}/api/v1/auth/oidc/callback`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'auscult',
        token_endpoint_auth_method: 'none', // a public client: PKCE is its only proof
        redirect_uris: [redirectUrl],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    pkce: { required: () => true },
    scopes: ['openid', 'email', 'profile', 'auscult'],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name'],
      auscult: ['roles', 'units'],
    },
    // The scope's claims go into the ID token (as hospital IdPs do for roles), not only into userinfo.
    conformIdTokenClaims: false,
    findAccount: (_ctx, id) => {
      const account = accounts[id];
      if (!account) return undefined;
      return {
        accountId: id,
        claims: () => ({ sub: id, ...account, email_verified: true }),
      };
    },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['oidc-test-cookie-key-0123456789abcdef'] },
  });
  idp.on('request', provider.callback());

  api = await startApi('oidc', {
    PORT: String(apiPort),
    OIDC_ISSUER_URL: issuer,
    OIDC_CLIENT_ID: 'auscult',
    OIDC_REDIRECT_URL: redirectUrl,
    OIDC_SCOPES: 'openid email profile auscult',
    OIDC_ROLE_MAP: ROLE_MAP,
  });
  itemIds = await insertItems(api.db.url, [
    { kind: 'care_need', unit: '4B' },
    { kind: 'care_need', unit: 'ICU' },
    { kind: 'service_complaint', unit: 'ICU' },
  ]);
  ds = createDataSource({ url: api.db.url, poolSize: 1 });
  await ds.initialize();
}, 60_000);

afterAll(async () => {
  await ds?.destroy();
  await api?.close();
  await new Promise((r) => idp?.close(r));
});

describe('hospital single sign-on (OIDC code + PKCE) against a local provider', () => {
  it('tells the login page that SSO is on', async () => {
    const res = await fetch(`${api.url}/api/v1/auth/config`);
    expect((await res.json()) as AuthConfigResponse).toEqual({
      password: true,
      sso: { enabled: true, loginUrl: '/api/v1/auth/oidc/login' },
    });
  });

  it('sends the browser to the provider with state, nonce and an S256 PKCE challenge, and binds it by cookie', async () => {
    const browser = new Browser();
    const res = await browser.fetch(`${api.url}/api/v1/auth/oidc/login`);
    const to = location(res, api.url);
    expect([res.status, to.origin, to.pathname]).toEqual([302, issuer, '/auth']);
    expect(Object.fromEntries(to.searchParams)).toMatchObject({
      client_id: 'auscult',
      response_type: 'code',
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      state: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      nonce: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    expect(res.headers.getSetCookie().join()).toMatch(/auscult_sso=.*HttpOnly.*SameSite=Lax/i);
  });

  it('signs a nurse in with the role and units from her claims; she sees only her unit', async () => {
    const { answer, dashboardUrl } = await signIn('emp-1001');
    // The tokens never travel in a URL: the dashboard gets a one-time code in the fragment only.
    expect(dashboardUrl.href).toMatch(new RegExp(`^${api.url}/#sso_code=[A-Za-z0-9_-]{43}$`));
    const me = await get<AuthUser>('/auth/me', answer.accessToken);
    expect([me.status, me.body.email, me.body.role, me.body.units]).toEqual([
      200,
      'ada.sso@hospital.example',
      'nurse',
      ['4B'], // "4b" matched the unit code; "Mars" is no unit and was dropped
    ]);
    const items = await get<ItemPage>('/items', answer.accessToken);
    expect([items.status, items.body.items.map((i) => i.id)]).toEqual([200, [itemIds[0]]]);
    const [created] = await auditOf('user.created');
    expect([created.actorLabel, created.toState]).toEqual([
      `sso:emp-1001@${new URL(issuer).host}`,
      { role: 'nurse', units: ['4B'], via: 'single sign-on' },
    ]);
    const logins = (await auditOf('auth.login')).filter((e) => e.actorId === me.body.id);
    expect(logins.map((e) => [e.note, e.remoteAddress])).toEqual([['single sign-on', '127.0.0.1']]);
  });

  it('maps PX to all items, and a later claim change is applied and audited', async () => {
    const px = await signIn('emp-1002');
    const items = await get<ItemPage>('/items', px.answer.accessToken);
    expect([px.answer.user.role, px.answer.user.units, items.body.items.length]).toEqual(['px', [], 3]);

    accounts['emp-1002'].roles = ['Exec'];
    const exec = await signIn('emp-1002');
    expect([exec.answer.user.id, exec.answer.user.role]).toEqual([px.answer.user.id, 'executive']);
    const change = (await auditOf('user.role_changed')).find((e) => e.actorId === px.answer.user.id);
    expect([change?.fromState, change?.toState]).toEqual([
      { role: 'px', units: [] },
      { role: 'executive', units: [], via: 'single sign-on claims' },
    ]);
    // The older session carried the old role: it was ended.
    expect((await get('/auth/me', px.answer.accessToken)).status).toBe(401);
  });

  it('links an account an admin created (same email) instead of making a second one', async () => {
    const passwordToken = await login(api, 'nurse.4b@auscult.local');
    const before = await get<AuthUser>('/auth/me', passwordToken);
    const { answer } = await signIn('emp-1004');
    expect([answer.user.id, answer.user.role, answer.user.units]).toEqual([before.body.id, 'nurse', ['4B']]);
    expect((await auditOf('user.sso_linked')).map((e) => e.actorId)).toEqual([before.body.id]);
  });

  it('refuses a person whose role claim maps to no Auscult role, with a readable page and an audit event', async () => {
    const browser = new Browser();
    const { callback } = await throughProvider(browser, 'emp-1003');
    const res = await browser.fetch(callback, { headers: { accept: 'text/html' } });
    const page = await res.text();
    expect([res.status, res.headers.get('content-type')]).toEqual([403, 'text/html; charset=utf-8']);
    expect(page).toContain('no role that gives access to Auscult');
    expect(res.headers.get('location')).toBeNull();
    const [refused] = await auditOf('auth.sso_refused');
    expect([refused.actorLabel, refused.note, refused.remoteAddress]).toEqual([
      `sso:emp-1003@${new URL(issuer).host}`,
      'no value of claim "roles" maps to an Auscult role (got: Staff, Radiology)',
      '127.0.0.1',
    ]);
    const nobody = await ds.query(`SELECT 1 FROM users WHERE email = 'rad@hospital.example'`);
    expect(nobody).toEqual([]);
  });

  it('answers 400 to a tampered state and to a callback from another browser', async () => {
    const browser = new Browser();
    const { callback } = await throughProvider(browser, 'emp-1001');
    const tampered = new URL(callback);
    tampered.searchParams.set('state', `${callback.searchParams.get('state')}x`);
    const res = await browser.fetch(tampered, { headers: { accept: 'application/json' } });
    expect([res.status, ((await res.json()) as { errors: unknown }).errors]).toEqual([
      400,
      [{ field: 'state', reason: 'unknown, expired or already used' }],
    ]);

    const other = new Browser(); // has not started this sign-in: no binding cookie
    const stolen = await other.fetch(callback, { headers: { accept: 'application/json' } });
    expect([stolen.status, ((await stolen.json()) as { errors: unknown }).errors]).toEqual([
      400,
      [{ field: 'state', reason: 'not started by this browser' }],
    ]);
  });

  it('refuses a replayed code: the same callback twice, and the used code under a fresh state', async () => {
    const browser = new Browser();
    const { callback } = await throughProvider(browser, 'emp-1001');
    const first = await browser.fetch(callback);
    expect(first.status).toBe(303);
    const again = await browser.fetch(callback, { headers: { accept: 'application/json' } });
    expect(again.status).toBe(400);

    // A new sign-in in the same browser, answered with the old code: the provider refuses it.
    const failedBefore = (await auditOf('auth.sso_failed')).length;
    const fresh = await throughProvider(browser, 'emp-1001');
    const forged = new URL(fresh.callback);
    forged.searchParams.set('code', callback.searchParams.get('code') ?? '');
    const res = await browser.fetch(forged, { headers: { accept: 'application/json' } });
    expect(res.status).toBe(401);
    const failed = await auditOf('auth.sso_failed');
    expect(failed.length).toBe(failedBefore + 1);
    expect(failed.at(-1)?.note).toMatch(/^code exchange refused: invalid_grant/);
  });

  it('spends the hand-off code once, and only in the browser that signed in', async () => {
    const browser = new Browser();
    const { callback } = await throughProvider(browser, 'emp-1001');
    const done = await browser.fetch(callback);
    const code = new URLSearchParams(location(done, callback).hash.slice(1)).get('sso_code');
    const exchange = (b: Browser) =>
      b.fetch(`${api.url}/api/v1/auth/oidc/exchange`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code }),
      });
    expect((await exchange(new Browser())).status).toBe(401); // a copied link: no binding cookie — and spent
    expect((await exchange(browser)).status).toBe(401);
    const bad = await browser.fetch(`${api.url}/api/v1/auth/oidc/exchange`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'not a code' }),
    });
    expect(bad.status).toBe(400);
  });
});
