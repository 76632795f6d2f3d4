// The access matrix: every route of the running app × every kind of caller, with the exact answer
// expected; plus the socket rooms each role reaches. A route added without an entry here fails.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  audiencesForItem,
  LIVE_NAMESPACE,
  type ClientToServerEvents,
  type ItemView,
  type LoginResponse,
  type ServerToClientEvents,
} from '@auscult/contracts';
import { createLiveEmitter, emitItemEvents, type LiveEmitter } from '@auscult/live';
import { redisOptions } from '@auscult/config';
import { Redis } from 'ioredis';
import { io, type Socket } from 'socket.io-client';
import { startApi, type ApiHarness } from './api-harness.js';
import { insertItems } from './item-rows.factory.js';
import { makeItemView } from './item-view.factory.js';

const PRINCIPALS = [
  'anonymous',
  'ingest_key',
  'nurse',
  'nurse_other_unit',
  'charge_nurse',
  'px',
  'executive',
  'admin',
] as const;
type Who = (typeof PRINCIPALS)[number];
type Expected = Record<Who, number>;
type UserWho = Exclude<Who, 'anonymous' | 'ingest_key'>;

const EMAIL: Record<UserWho, string> = {
  nurse: 'nurse.4b@auscult.local',
  nurse_other_unit: 'nurse.icu@auscult.local',
  charge_nurse: 'charge.4b@auscult.local',
  px: 'px@auscult.local',
  executive: 'exec@auscult.local',
  admin: 'admin@auscult.local',
};

/** Everyone gets `status`. */
const everyone = (status: number): Expected =>
  Object.fromEntries(PRINCIPALS.map((p) => [p, status])) as Expected;
/** Signed-in users get `status` unless overridden; no token or an ingest key gets 401. */
const users = (status: number, overrides: Partial<Expected> = {}): Expected => ({
  ...everyone(status),
  anonymous: 401,
  ingest_key: 401,
  ...overrides,
});
/** Only these roles; every other signed-in user 403. */
const only = (roles: UserWho[], status: number, overrides: Partial<Expected> = {}): Expected =>
  users(403, { ...Object.fromEntries(roles.map((r) => [r, status])), ...overrides });

interface Call {
  path: string;
  body?: unknown;
}
interface RouteCase {
  expected: Expected;
  /** The request a caller makes; item routes get a fresh care need of unit 4B for every call. */
  call: (who: Who) => Promise<Call> | Call;
}

/** A past hour for the SLA reports. */
const RANGE = `from=${new Date(Date.now() - 3_600_000).toISOString()}&to=${new Date().toISOString()}`;

let api: ApiHarness;
let nurseId: string;
/** A person and an ingest key for the admin routes to act on. */
const throwaway = { userId: '', keyId: '' };
const sessions: Partial<Record<UserWho, LoginResponse>> = {};
let itemPool: string[] = [];
const careNeed4B = () => {
  const id = itemPool.pop();
  if (!id) throw new Error('item pool exhausted: raise its size');
  return id;
};
const newItem = (label: string) => ({
  source: 'matrix',
  externalId: `${label}-${randomUUID()}`,
  text: 'matrix item',
  channel: 'social',
});

async function signIn(who: UserWho): Promise<LoginResponse> {
  const res = await fetch(`${api.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: EMAIL[who], password: 'auscult-demo' }),
  });
  if (res.status !== 200) throw new Error(`login ${who}: ${res.status}`);
  return (await res.json()) as LoginResponse;
}

const MATRIX: Record<string, RouteCase> = {
  'GET /api/health': { expected: everyone(200), call: () => ({ path: '/api/health' }) },
  'GET /api/health/live': { expected: everyone(200), call: () => ({ path: '/api/health/live' }) },
  // The API description is public (no data); see SECURITY.md.
  'GET /api/docs': { expected: everyone(200), call: () => ({ path: '/api/docs' }) },
  'GET /api/docs/': { expected: everyone(200), call: () => ({ path: '/api/docs/' }) },
  'GET /api/docs/index.html': { expected: everyone(200), call: () => ({ path: '/api/docs/index.html' }) },
  // Registered by the docs module, but the file is not shipped: 404 for anyone.
  'GET /api/docs/LICENSE': { expected: everyone(404), call: () => ({ path: '/api/docs/LICENSE' }) },
  'GET /api/docs/swagger-ui-init.js': {
    expected: everyone(200),
    call: () => ({ path: '/api/docs/swagger-ui-init.js' }),
  },
  'GET /api/docs/docs/swagger-ui-init.js': {
    expected: everyone(200),
    call: () => ({ path: '/api/docs/docs/swagger-ui-init.js' }),
  },
  'GET /api/docs-json': { expected: everyone(200), call: () => ({ path: '/api/docs-json' }) },
  'GET /api/docs-yaml': { expected: everyone(200), call: () => ({ path: '/api/docs-yaml' }) },
  // A wrong password (for an address of its own, so the account lockout does not join in): 401 for anyone.
  'POST /api/v1/auth/login': {
    expected: everyone(401),
    call: (who) => ({
      path: '/api/v1/auth/login',
      body: { email: `${who}@nowhere.example`, password: 'wrong' },
    }),
  },
  'POST /api/v1/auth/refresh': {
    expected: everyone(401),
    call: () => ({ path: '/api/v1/auth/refresh', body: { refreshToken: 'r'.repeat(43) } }),
  },
  // Logout gets a session of its own (see request()), so the others stay signed in.
  'POST /api/v1/auth/logout': {
    expected: users(204),
    call: () => ({ path: '/api/v1/auth/logout', body: {} }),
  },
  'GET /api/v1/auth/me': { expected: users(200), call: () => ({ path: '/api/v1/auth/me' }) },
  'GET /api/v1/auth/config': { expected: everyone(200), call: () => ({ path: '/api/v1/auth/config' }) },
  // Single sign-on is not configured in this app: its routes answer 404 (with the reason) for anyone.
  'GET /api/v1/auth/oidc/login': {
    expected: everyone(404),
    call: () => ({ path: '/api/v1/auth/oidc/login' }),
  },
  'GET /api/v1/auth/oidc/callback': {
    expected: everyone(404),
    call: () => ({ path: '/api/v1/auth/oidc/callback?state=s&code=c' }),
  },
  'POST /api/v1/auth/oidc/exchange': {
    expected: everyone(404),
    call: () => ({ path: '/api/v1/auth/oidc/exchange', body: { code: 'c'.repeat(43) } }),
  },
  'POST /api/v1/ingest': {
    // Sources with their key; of the people only PX (a letter typed in) and admins add items.
    expected: only(['px', 'admin'], 202, { ingest_key: 202 }),
    call: (who) => ({ path: '/api/v1/ingest', body: newItem(who) }),
  },
  'GET /api/v1/items': { expected: users(200), call: () => ({ path: '/api/v1/items' }) },
  'GET /api/v1/items/:id': {
    expected: users(200, { nurse_other_unit: 404 }),
    call: () => ({ path: `/api/v1/items/${careNeed4B()}` }),
  },
  'GET /api/v1/items/:id/original': {
    expected: only(['px', 'nurse', 'charge_nurse'], 200, { nurse_other_unit: 404 }),
    call: () => ({ path: `/api/v1/items/${careNeed4B()}/original` }),
  },
  'GET /api/v1/items/:id/audit': {
    expected: users(200, { nurse_other_unit: 404, executive: 403 }),
    call: () => ({ path: `/api/v1/items/${careNeed4B()}/audit` }),
  },
  'POST /api/v1/items/:id/claim': {
    expected: users(200, { nurse_other_unit: 404, executive: 403 }),
    call: () => ({ path: `/api/v1/items/${careNeed4B()}/claim`, body: {} }),
  },
  'POST /api/v1/items/:id/acknowledge': {
    expected: users(200, { nurse_other_unit: 404, executive: 403 }),
    call: () => ({ path: `/api/v1/items/${careNeed4B()}/acknowledge`, body: {} }),
  },
  'POST /api/v1/items/:id/resolve': {
    expected: users(200, { nurse_other_unit: 404, executive: 403 }),
    call: () => ({ path: `/api/v1/items/${careNeed4B()}/resolve`, body: { note: 'pain relief given' } }),
  },
  'POST /api/v1/items/:id/dismiss': {
    expected: only(['charge_nurse', 'px', 'admin'], 200, { nurse_other_unit: 403 }),
    call: () => ({ path: `/api/v1/items/${careNeed4B()}/dismiss`, body: {} }),
  },
  'POST /api/v1/items/:id/assign': {
    expected: only(['charge_nurse', 'px', 'admin'], 200, { nurse_other_unit: 403 }),
    call: () => ({ path: `/api/v1/items/${careNeed4B()}/assign`, body: { assigneeId: nurseId } }),
  },
  'POST /api/v1/items/:id/reclassify': {
    expected: users(200, { nurse_other_unit: 404, executive: 403 }),
    call: () => ({
      path: `/api/v1/items/${careNeed4B()}/reclassify`,
      body: { kind: 'care_need', urgency: 'high', topics: ['pain'] },
    }),
  },
  'POST /api/v1/items/:id/note': {
    expected: users(200, { nurse_other_unit: 404, executive: 403 }),
    call: () => ({ path: `/api/v1/items/${careNeed4B()}/note`, body: { note: 'called the ward' } }),
  },
  'POST /api/v1/items/:id/reply-check': {
    expected: only(['px'], 200),
    call: () => ({
      path: `/api/v1/items/${careNeed4B()}/reply-check`,
      body: { draft: 'Thank you, please DM us.' },
    }),
  },
  'GET /api/v1/trends': {
    expected: only(['px', 'executive', 'admin', 'charge_nurse'], 200),
    call: () => ({ path: '/api/v1/trends' }),
  },
  'GET /api/v1/admin/audit': {
    expected: only(['admin'], 200),
    call: () => ({ path: '/api/v1/admin/audit' }),
  },
  'GET /api/v1/admin/audit.csv': {
    expected: only(['admin'], 200),
    call: () => ({ path: '/api/v1/admin/audit.csv' }),
  },
  // The assign picker's PX team (names and roles): PX and admins only.
  'GET /api/v1/team': {
    expected: only(['px', 'admin'], 200),
    call: () => ({ path: '/api/v1/team' }),
  },
  'GET /api/v1/admin/users': {
    expected: only(['admin'], 200),
    call: () => ({ path: '/api/v1/admin/users' }),
  },
  'POST /api/v1/admin/users': {
    expected: only(['admin'], 201),
    call: (who) => ({
      path: '/api/v1/admin/users',
      body: {
        email: `made-by-${who}@auscult.local`,
        name: 'Made',
        role: 'px',
        password: 'a-long-enough-password',
      },
    }),
  },
  'PATCH /api/v1/admin/users/:id': {
    expected: only(['admin'], 200),
    call: () => ({ path: `/api/v1/admin/users/${throwaway.userId}`, body: { name: 'Renamed' } }),
  },
  'POST /api/v1/admin/users/:id/deactivate': {
    expected: only(['admin'], 200),
    call: () => ({ path: `/api/v1/admin/users/${throwaway.userId}/deactivate`, body: {} }),
  },
  'POST /api/v1/admin/users/:id/activate': {
    expected: only(['admin'], 200),
    call: () => ({ path: `/api/v1/admin/users/${throwaway.userId}/activate`, body: {} }),
  },
  'GET /api/v1/admin/ingest-keys': {
    expected: only(['admin'], 200),
    call: () => ({ path: '/api/v1/admin/ingest-keys' }),
  },
  'POST /api/v1/admin/ingest-keys': {
    expected: only(['admin'], 201),
    call: (who) => ({ path: '/api/v1/admin/ingest-keys', body: { name: `by-${who}` } }),
  },
  'POST /api/v1/admin/ingest-keys/:id/revoke': {
    expected: only(['admin'], 200),
    call: () => ({ path: `/api/v1/admin/ingest-keys/${throwaway.keyId}/revoke`, body: {} }),
  },
  'GET /api/v1/reply-templates': {
    expected: only(['px', 'admin'], 200),
    call: () => ({ path: '/api/v1/reply-templates' }),
  },
  'PUT /api/v1/reply-templates/:kind': {
    expected: only(['admin'], 200),
    call: () => ({
      path: '/api/v1/reply-templates/praise',
      body: { text: 'Thank you for your kind words.' },
    }),
  },
  // Metrics: the scraper's token or an admin's; no ingest key, no other role (it names queues and routes).
  'GET /metrics': { expected: only(['admin'], 200), call: () => ({ path: '/metrics' }) },
  'GET /metrics/': { expected: only(['admin'], 200), call: () => ({ path: '/metrics/' }) },
  // Lists are scoped (nurses: their units' care needs; executives: redacted), never refused to a user.
  'GET /api/v1/items/export.csv': {
    expected: users(200),
    call: () => ({ path: '/api/v1/items/export.csv?kind=care_need' }),
  },
  'POST /api/v1/items/:id/forward': {
    expected: only(['charge_nurse', 'px', 'admin'], 200, { nurse_other_unit: 403 }),
    call: () => ({ path: `/api/v1/items/${careNeed4B()}/forward`, body: { unitCode: 'ICU' } }),
  },
  // Boards show the windows their clocks run against; only admins set them.
  'GET /api/v1/sla-policy': { expected: users(200), call: () => ({ path: '/api/v1/sla-policy' }) },
  'PUT /api/v1/sla-policy': {
    expected: only(['admin'], 200),
    call: () => ({
      path: '/api/v1/sla-policy',
      body: {
        facility: null,
        careNeedMinutes: { critical: 5, high: 15, normal: 60, low: 240 },
        serviceComplaintMinutes: 1440,
      },
    }),
  },
  // Units and their routing aliases: every user reads them (forward, filters); only admins change them.
  'GET /api/v1/units': { expected: users(200), call: () => ({ path: '/api/v1/units' }) },
  'PUT /api/v1/units/:code/aliases': {
    expected: only(['admin'], 200),
    call: () => ({
      path: '/api/v1/units/MAT/aliases',
      body: { aliases: ['maternity', 'labour ward', 'delivery suite'] },
    }),
  },
  // Auto-assignment settings: the PX team reads them, admins set them.
  'GET /api/v1/facilities/settings': {
    expected: only(['px', 'admin'], 200),
    call: () => ({ path: '/api/v1/facilities/settings' }),
  },
  'PUT /api/v1/facilities/:facility/settings': {
    expected: only(['admin'], 200),
    call: () => ({
      path: '/api/v1/facilities/auscult-general/settings',
      body: { autoAssign: false, openItemCap: 25 },
    }),
  },
  // Hospital-wide aggregates: PX, executives, admins; not a unit's nurses.
  'GET /api/v1/reports/sla': {
    expected: only(['px', 'executive', 'admin'], 200),
    call: () => ({ path: `/api/v1/reports/sla?${RANGE}` }),
  },
  'GET /api/v1/reports/sla.csv': {
    expected: only(['px', 'executive', 'admin'], 200),
    call: () => ({ path: `/api/v1/reports/sla.csv?${RANGE}` }),
  },
  'GET /api/v1/units/:code/qr.svg': {
    expected: only(['admin'], 200),
    call: () => ({ path: '/api/v1/units/4B/qr.svg' }),
  },
  'GET /api/v1/admin/connectors': {
    expected: only(['admin'], 200),
    call: () => ({ path: '/api/v1/admin/connectors' }),
  },
  'GET /api/v1/admin/rejected': {
    expected: only(['admin'], 200),
    call: () => ({ path: '/api/v1/admin/rejected' }),
  },
  // No rejected item or dead letter exists here: an admin gets past the gate to 404, everyone else is stopped at it.
  'POST /api/v1/admin/rejected/:id/replay': {
    expected: only(['admin'], 404),
    call: () => ({ path: `/api/v1/admin/rejected/${randomUUID()}/replay`, body: {} }),
  },
  'GET /api/v1/admin/dead-letters': {
    expected: only(['admin'], 200),
    call: () => ({ path: '/api/v1/admin/dead-letters' }),
  },
  'POST /api/v1/admin/dead-letters/:id/replay': {
    expected: only(['admin'], 404),
    call: () => ({ path: '/api/v1/admin/dead-letters/no-such-job/replay', body: {} }),
  },
  // Public: the comment card of a unit, reached from its QR code. A post without the form's token is
  // sent back with the form (400) whoever sends it; a bearer token or an ingest key is no substitute.
  'GET /feedback/:unitCode': { expected: everyone(200), call: () => ({ path: '/feedback/4B' }) },
  'POST /feedback/:unitCode': {
    expected: everyone(400),
    call: () => ({ path: '/feedback/4B', body: { message: 'the call bell is not answered' } }),
  },
  // Webhooks authenticate by the source's own scheme only (Meta is configured in this app). A wrong
  // handshake token: 403; a delivery without its signature: 401; a known source not configured: 503;
  // an unknown one: 404 — for every caller, signed in or not.
  'GET /api/v1/connectors/:source/webhook': {
    expected: everyone(403),
    call: () => ({
      path: '/api/v1/connectors/facebook/webhook?hub.mode=subscribe&hub.challenge=1&hub.verify_token=wrong-token',
    }),
  },
  'GET /api/v1/connectors/:source/webhook/': {
    expected: everyone(404),
    call: () => ({ path: '/api/v1/connectors/no-such-source/webhook/?hub.mode=subscribe&hub.challenge=1' }),
  },
  'POST /api/v1/connectors/:source/webhook': {
    expected: everyone(401),
    call: () => ({ path: '/api/v1/connectors/facebook/webhook', body: { object: 'page', entry: [] } }),
  },
  'POST /api/v1/connectors/:source/webhook/': {
    expected: everyone(503),
    call: () => ({ path: '/api/v1/connectors/twilio/webhook/', body: {} }),
  },
};

/**
 * Every METHOD + path the running app answers, read from Express' router (Nest registers every
 * controller route and the API docs there). Routes mounted for every method at once are middleware
 * (the request logger's `/api{/*splat}`), not endpoints; no controller of ours uses @All.
 */
function discoverRoutes(harness: ApiHarness): string[] {
  const express = harness.app.getHttpAdapter().getInstance() as {
    router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  const routes = express.router.stack.flatMap((layer) => {
    const methods = Object.keys(layer.route?.methods ?? {}).filter((m) => m !== '_all');
    if (!layer.route || methods.length > 20) return [];
    return methods.map((m) => `${m.toUpperCase()} ${layer.route?.path}`);
  });
  return [...new Set(routes)].sort();
}

async function request(method: string, who: Who, call: Call): Promise<number> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (who === 'ingest_key') headers['x-api-key'] = 'demo-ingest-key';
  else if (who !== 'anonymous') {
    // Logging out ends a session: give it one of its own.
    const session = call.path.endsWith('/auth/logout') ? await signIn(who) : sessions[who];
    headers.authorization = `Bearer ${session?.accessToken}`;
  }
  const res = await fetch(`${api.url}${call.path}`, {
    method,
    headers,
    body: call.body === undefined ? undefined : JSON.stringify(call.body),
  });
  await res.arrayBuffer();
  return res.status;
}

beforeAll(async () => {
  // The matrix signs in often from one address: lift the login limit for this test (it has its own test).
  api = await startApi('authz', {
    RATE_LIMIT_LOGIN_PER_MINUTE: '1000',
    // Every caller posts the comment card from one address; its limit has a test of its own.
    FEEDBACK_RATE_LIMIT: '1000',
    META_APP_SECRET: 'matrix-meta-app-secret',
    META_VERIFY_TOKEN: 'matrix-verify-token',
  });
  for (const who of Object.keys(EMAIL) as UserWho[]) sessions[who] = await signIn(who);
  nurseId = sessions.nurse?.user.id ?? '';
  const asAdmin = async (path: string, body: unknown) => {
    const res = await fetch(`${api.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${sessions.admin?.accessToken}` },
      body: JSON.stringify(body),
    });
    return (await res.json()) as { id: string };
  };
  throwaway.userId = (
    await asAdmin('/api/v1/admin/users', {
      email: 'throwaway@auscult.local',
      name: 'T',
      role: 'px',
      password: 'a-long-enough-password',
    })
  ).id;
  throwaway.keyId = (await asAdmin('/api/v1/admin/ingest-keys', { name: 'throwaway' })).id;
  itemPool = await insertItems(
    api.db.url,
    Array.from({ length: 160 }, () => ({ kind: 'care_need' as const, unit: '4B', status: 'new' as const })),
  );
}, 60_000);

afterAll(async () => {
  await api?.close();
});

describe('the access matrix (REST)', () => {
  it('has an entry for every route the app serves, and no entry for a route that is gone', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(discoverRoutes(api));
  });

  it.each(Object.entries(MATRIX))('%s answers each caller exactly as expected', async (route, entry) => {
    const [method] = route.split(' ');
    // The eight callers at once: each acts on its own item (or only one of them may act at all).
    const statuses = await Promise.all(
      PRINCIPALS.map(async (who) => request(method, who, await entry.call(who))),
    );
    expect(Object.fromEntries(PRINCIPALS.map((who, i) => [who, statuses[i]]))).toEqual(entry.expected);
  });

  it('refuses a token whose session has ended on every route that needs one (401), metrics included', async () => {
    const ended = await signIn('admin');
    const out = await fetch(`${api.url}/api/v1/auth/logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${ended.accessToken}` },
      body: '{}',
    });
    expect(out.status).toBe(204);
    const guarded = Object.entries(MATRIX).filter(
      ([, e]) => e.expected.anonymous === 401 && e.expected.admin !== 401,
    );
    const answers = await Promise.all(
      guarded.map(async ([route, entry]) => {
        const [method] = route.split(' ');
        const call = await entry.call('admin');
        const res = await fetch(`${api.url}${call.path}`, {
          method,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${ended.accessToken}` },
          body: call.body === undefined ? undefined : JSON.stringify(call.body),
        });
        await res.arrayBuffer();
        return [route, res.status] as const;
      }),
    );
    expect(Object.fromEntries(answers)).toEqual(Object.fromEntries(guarded.map(([r]) => [r, 401])));
  });

  it("keeps lists and exports inside the caller's scope whatever the filters ask for, and never the original", async () => {
    const get = async (who: UserWho, path: string) => {
      const res = await fetch(`${api.url}${path}`, {
        headers: { authorization: `Bearer ${sessions[who]?.accessToken}` },
      });
      return { status: res.status, text: await res.text() };
    };
    const rows = (csv: string) => csv.trim().split('\n').length - 1;
    const count = (json: string) => (JSON.parse(json) as { items: unknown[] }).items.length;
    // The ICU nurse asking for 4B gets nothing; the 4B nurse asking the same gets 4B's care needs.
    const [theirList, theirCsv, ownList, ownCsv] = await Promise.all([
      get('nurse_other_unit', '/api/v1/items?unit=4B&limit=50'),
      get('nurse_other_unit', '/api/v1/items/export.csv?unit=4B'),
      get('nurse', '/api/v1/items?unit=4B&limit=50'),
      get('nurse', '/api/v1/items/export.csv?unit=4B'),
    ]);
    expect([theirList.status, theirCsv.status, ownList.status, ownCsv.status]).toEqual([200, 200, 200, 200]);
    expect([count(theirList.text), rows(theirCsv.text)]).toEqual([0, 0]);
    expect(count(ownList.text)).toBeGreaterThan(0);
    expect(rows(ownCsv.text)).toBeGreaterThan(0);
    // Every stored original holds a phone number that redaction replaced: no list or export shows it.
    const answers = await Promise.all(
      (Object.keys(EMAIL) as UserWho[]).flatMap((who) => [
        get(who, '/api/v1/items?limit=50'),
        get(who, '/api/v1/items/export.csv'),
      ]),
    );
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect(a.text).not.toContain('07700 900123');
    }
    // ...while the redacted text is there (so the check above looks at the items).
    expect(answers.some((a) => a.text.includes('[PHONE]'))).toBe(true);
  });

  it("answers a guess at another unit's item exactly as it answers an id that does not exist", async () => {
    const token = sessions.nurse_other_unit?.accessToken;
    const get = async (id: string) => {
      const res = await fetch(`${api.url}/api/v1/items/${id}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return { status: res.status, body: (await res.json()) as unknown };
    };
    const theirs = await get(careNeed4B());
    const missing = await get(randomUUID());
    expect(theirs.status).toBe(404);
    expect(theirs).toEqual(missing);
  });
});

type LiveClient = Socket<ServerToClientEvents, ClientToServerEvents>;

describe('the access matrix (socket /live)', () => {
  let emitterRedis: Redis;
  let emitter: LiveEmitter;
  const clients: LiveClient[] = [];

  beforeAll(() => {
    emitterRedis = new Redis(redisOptions(api.config.redisUrl, 'worker'));
    emitter = createLiveEmitter(emitterRedis, api.config.redisPrefix);
  });

  afterAll(async () => {
    for (const c of clients) c.close();
    await emitter?.close();
    emitterRedis?.disconnect();
  });

  function connect(token: string | undefined): Promise<LiveClient> {
    const socket: LiveClient = io(`${api.url}${LIVE_NAMESPACE}`, {
      auth: token === undefined ? {} : { token },
      transports: ['websocket'],
      reconnection: false,
    });
    clients.push(socket);
    return new Promise((resolve, reject) => {
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', reject);
    });
  }

  /** Publishes as the worker does: each item to the rooms of its audiences. */
  function publish(item: ItemView): void {
    const events = audiencesForItem(item).map(({ room, redacted }) => ({
      room,
      event: { item: redacted ? { ...item, text: '[redacted]', isRedacted: true } : item, version: 1 },
    }));
    emitItemEvents(emitter.nsp, 'item.created', events);
  }

  it('refuses a socket without a token, with an ingest key, or with a forged token', async () => {
    await expect(connect(undefined)).rejects.toThrow(/unauthorized/);
    await expect(connect('demo-ingest-key')).rejects.toThrow(/unauthorized/);
    await expect(connect(`${sessions.px?.accessToken}x`)).rejects.toThrow(/unauthorized/);
  });

  it('delivers each item only to the roles and units that may see it, text redacted for executives', async () => {
    const items = {
      care4B: makeItemView({ unit: '4B' }),
      careICU: makeItemView({ unit: 'ICU' }),
      careUnrouted: makeItemView({ unit: null }),
      complaint: makeItemView({
        unit: '4B',
        classification: { ...makeItemView().classification, kind: 'service_complaint' },
      }),
    };
    const received: Record<string, { id: string; redacted: boolean }[]> = {};
    const who = Object.keys(EMAIL) as UserWho[];
    for (const w of who) {
      const socket = await connect(sessions[w]?.accessToken);
      received[w] = [];
      socket.on('item.created', ({ item }) => received[w].push({ id: item.id, redacted: item.isRedacted }));
      // A client cannot ask for more: there are no client → server events, and rooms are the server's choice.
      (socket as unknown as Socket).emit('join', 'items:all');
    }
    for (const item of Object.values(items)) publish(item);
    const name = (id: string) => Object.entries(items).find(([, i]) => i.id === id)?.[0];
    const deadline = Date.now() + 5000;
    const expected: Record<UserWho, string[]> = {
      nurse: ['care4B'],
      nurse_other_unit: ['careICU'],
      charge_nurse: ['care4B', 'careUnrouted'],
      px: ['care4B', 'careICU', 'careUnrouted', 'complaint'],
      executive: ['care4B', 'careICU', 'careUnrouted', 'complaint'],
      admin: ['care4B', 'careICU', 'careUnrouted', 'complaint'],
    };
    const total = Object.values(expected).reduce((n, l) => n + l.length, 0);
    while (Object.values(received).reduce((n, l) => n + l.length, 0) < total && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    // A little longer, so an event that should not arrive has the chance to.
    await new Promise((r) => setTimeout(r, 300));
    const seen = Object.fromEntries(who.map((w) => [w, received[w].map((r) => name(r.id)).sort()]));
    expect(seen).toEqual(expected);
    expect(received.executive.every((r) => r.redacted)).toBe(true);
    expect(received.px.some((r) => r.redacted)).toBe(false);
  });

  // Presence says who has an item (and so its original text) open: it follows the item's scope. A
  // nurse of another unit or an executive is refused exactly as for an id that does not exist, gets no
  // list of people in any answer, and is never told a presence.changed for the item.
  it('answers presence.watch and presence.leave per role, and tells who is looking only to those who may see the item', async () => {
    const itemId = careNeed4B();
    const who = Object.keys(EMAIL) as UserWho[];
    const sockets = {} as Record<UserWho, LiveClient>;
    const told: Record<string, string[]> = {};
    for (const w of who) {
      sockets[w] = await connect(sessions[w]?.accessToken);
      told[w] = [];
      sockets[w].on('presence.changed', (e) => told[w].push(e.itemId));
    }
    type Ack = { ok: boolean; people?: unknown; error?: string };
    const ask = async (w: UserWho, event: 'presence.watch' | 'presence.leave', id: string) =>
      (await sockets[w].timeout(5000).emitWithAck(event, { itemId: id, activity: 'viewing' })) as Ack;
    const answers = async (event: 'presence.watch' | 'presence.leave', id: string) =>
      Object.fromEntries(await Promise.all(who.map(async (w) => [w, await ask(w, event, id)] as const)));

    const missing = await ask('nurse', 'presence.watch', randomUUID());
    expect(missing).toEqual({ ok: false, error: 'no such item' });
    const mayWatch: Record<UserWho, boolean> = {
      nurse: true,
      nurse_other_unit: false,
      charge_nurse: true,
      px: true,
      executive: false,
      admin: true,
    };
    for (const event of ['presence.watch', 'presence.leave'] as const) {
      const acks = await answers(event, itemId);
      expect(Object.fromEntries(who.map((w) => [w, acks[w].ok]))).toEqual(mayWatch);
      for (const w of who) if (!mayWatch[w]) expect(acks[w]).toEqual(missing);
    }
    // Malformed events are refused with the field named, for every role.
    for (const w of who) {
      expect(await ask(w, 'presence.watch', 'not-a-uuid')).toEqual({
        ok: false,
        error: 'itemId must be a UUID',
      });
    }
    // Several changes were broadcast (four watches, four leaves): long enough for a leak to show.
    const deadline = Date.now() + 5000;
    while (who.some((w) => mayWatch[w] && told[w].length === 0) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(Object.fromEntries(who.map((w) => [w, told[w].includes(itemId)]))).toEqual(mayWatch);
    expect(told.nurse_other_unit).toEqual([]);
    expect(told.executive).toEqual([]);
  });
});
