// Fuzz of the running API (issue 6 point 7): over 10,000 generated malformed requests — ingest bodies,
// headers, query strings and live-socket events — against one real API. Every HTTP answer must be
// below 500, the process must stay healthy, and nothing a rejected ingest carried may be queued.
// Fixed seed: a failure is reproduced by running the file again.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { redisOptions } from '@auscult/config';
import { CHANNELS, ingestJobId, QUEUES, type PresenceAck } from '@auscult/contracts';
import { DEMO_INGEST_KEY } from '@auscult/persistence';
import { Queue } from 'bullmq';
import fc from 'fast-check';
import { connectLive, signIn, type Caller, type LiveClient } from './api-client.js';
import { startApi, type ApiHarness } from './api-harness.js';

const SEED = 20261123;
const IN_FLIGHT = 20;
/** Unique per run, so the queue check below only sees this run's ids. */
const RUN = `fz${randomUUID().slice(0, 8)}-`;

interface Req {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** The (source, externalId) pairs an ingest body carried, for the no-leak check. */
  pairs?: [string, string][];
}
interface Answer {
  req: Req;
  status: number;
}

let api: ApiHarness;
let px: Caller;
let admin: Caller;
let queue: Queue;
const answers: Answer[] = [];
const counts: Record<string, number> = {};

/** Runs the requests with at most IN_FLIGHT open at once; records every status. */
async function fire(category: string, reqs: Req[]): Promise<void> {
  counts[category] = (counts[category] ?? 0) + reqs.length;
  let next = 0;
  const worker = async () => {
    while (next < reqs.length) {
      const req = reqs[next++];
      const res = await fetch(`${api.url}${req.path}`, {
        method: req.method,
        headers: req.headers,
        body: req.body,
      });
      await res.arrayBuffer();
      answers.push({ req, status: res.status });
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
}

const sample = <T>(arb: fc.Arbitrary<T>, numRuns: number, offset: number): T[] =>
  fc.sample(arb, { numRuns, seed: SEED + offset });

/** Printable ASCII only: fetch itself refuses other header bytes before anything is sent. */
const headerText = (maxLength: number) =>
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength });
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('\u0000', 'a\u0000b', '%00', '\uD800', '../../etc/passwd', "' OR 1=1 --", '<script>', ''),
  fc.nat(70_000).map((n) => 'x'.repeat(n)),
);
const anything = fc.jsonValue({ maxDepth: 4 });
const deep = fc.nat(5_000).map((n) => '['.repeat(n) + ']'.repeat(n));

// ---------- ingest bodies ----------
const externalId = fc.oneof(
  fc.string({ maxLength: 30 }).map((s) => RUN + s),
  nasty.map((s) => RUN + s),
);
const itemish = fc
  .tuple(
    fc.record(
      {
        source: fc.oneof(fc.constantFrom('twitter', 'web_form', 'nhs-reviews'), fc.string({ maxLength: 20 })),
        externalId,
        text: fc.oneof(nasty, anything),
        channel: fc.oneof(fc.constantFrom('social', 'review', 'email'), anything),
        author: fc.oneof(nasty, anything),
        postedAt: fc.oneof(
          fc
            .date({ noInvalidDate: false })
            .map((d) => (Number.isNaN(d.getTime()) ? 'Invalid' : d.toISOString())),
          nasty,
          anything,
        ),
        unit: fc.oneof(fc.constantFrom('4B', 'ICU', 'NOPE'), anything),
        raw: anything,
      },
      { requiredKeys: ['source', 'externalId'] },
    ),
    fc.dictionary(
      fc.oneof(
        fc.string({ maxLength: 10 }),
        fc.constantFrom('__proto__', 'constructor', 'facility', 'extra'),
      ),
      anything,
      { maxKeys: 3 },
    ),
    fc.subarray(['source', 'externalId', 'text', 'channel', 'postedAt'] as const, { maxLength: 2 }),
  )
  .map(([item, extra, drop]) => {
    const out: Record<string, unknown> = { ...item };
    for (const [k, v] of Object.entries(extra)) {
      if (k in out) continue;
      Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    }
    for (const k of drop) if (k !== 'source' && k !== 'externalId') delete out[k];
    return out;
  });
/** Well-formed items, so that 202s happen too and the no-leak check can see accepted jobs. */
const validItem = fc.record({
  source: fc.constantFrom('twitter', 'web_form'),
  externalId: fc.string({ minLength: 1, maxLength: 20 }).map((s) => RUN + s),
  text: fc.string({ minLength: 1, maxLength: 200 }),
  channel: fc.constantFrom(...CHANNELS),
});
const ingestBody = fc.oneof(
  { weight: 2, arbitrary: validItem },
  { weight: 2, arbitrary: anything },
  { weight: 4, arbitrary: itemish },
  { weight: 3, arbitrary: fc.array(fc.oneof(itemish, anything), { minLength: 1, maxLength: 6 }) },
);
/** Text that is not JSON, or is JSON in disguise. */
const badText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.jsonValue().map((v) => JSON.stringify(v).slice(0, -1)),
  deep,
  fc.constantFrom('', '{', '{"a":', 'null', '[]', '{}', '\u0000', '{"source":"\u0000"}', 'true', '1e999'),
  nasty,
);
const contentType = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-16',
    'application/json; charset=latin1',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/xml',
    '',
  ),
  headerText(40),
);

function pairsOf(body: unknown): [string, string][] {
  const list = Array.isArray(body) ? body : [body];
  return list.flatMap((i): [string, string][] =>
    i &&
    typeof i === 'object' &&
    typeof i.source === 'string' &&
    typeof i.externalId === 'string' &&
    // A lone surrogate cannot be a job id (encodeURIComponent throws); such items must be refused anyway.
    !/\p{Surrogate}/u.test(i.source + i.externalId)
      ? [[i.source, i.externalId]]
      : [],
  );
}

// ---------- query strings ----------
const QUERY_KEYS = [
  'kind',
  'status',
  'urgency',
  'channel',
  'unit',
  'unrouted',
  'topic',
  'from',
  'to',
  'q',
  'sort',
  'limit',
  'cursor',
  'granularity',
  'bucket',
  'action',
  'actorId',
  'targetId',
  'days',
  '__proto__',
  'constructor',
];
const queryValue = fc.oneof(
  nasty,
  fc.constantFrom(
    '-1',
    '0',
    '1e9',
    'NaN',
    'true',
    '2026-02-30',
    '2026-13-01T00:00:00Z',
    'yesterday',
    '9999-12-31',
  ),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.base64String({ maxLength: 60 }),
  fc.jsonValue().map((v) => JSON.stringify(v)),
);
const queryString = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...QUERY_KEYS), fc.string({ maxLength: 10 })),
      fc.oneof(queryValue, fc.array(queryValue, { maxLength: 3 })),
      fc.constantFrom('plain', 'brackets', 'index', 'raw'),
    ),
    { maxLength: 6 },
  )
  .map((params) =>
    params
      .flatMap(([k, v, style]) => {
        const values = Array.isArray(v) ? v : [v];
        return values.map((one, i) => {
          if (style === 'raw') return `${k}=${one}`.replace(/[#\s]/g, '%20');
          const key = style === 'brackets' ? `${k}[]` : style === 'index' ? `${k}[${i}]` : k;
          return `${encodeURIComponent(key)}=${encodeURIComponent(one.replace(/[\uD800-\uDFFF]/g, ''))}`;
        });
      })
      .join('&'),
  );

beforeAll(async () => {
  api = await startApi('fuzz-api', {
    RATE_LIMIT_INGEST_PER_MINUTE: '1000000',
    RATE_LIMIT_LOGIN_PER_MINUTE: '100000',
    RATE_LIMIT_PUBLIC_PER_MINUTE: '100000',
  });
  queue = new Queue(QUEUES.ingest, {
    connection: redisOptions(api.config.redisUrl, 'producer'),
    prefix: api.config.redisPrefix,
  });
  px = await signIn(api, 'px');
  admin = await signIn(api, 'admin');
}, 120_000);

afterAll(async () => {
  await queue?.close();
  await api?.close();
});

describe('the API under generated malformed input', () => {
  it('answers every ingest body below 500 and queues nothing from a rejected one', async () => {
    const key = { 'x-api-key': DEMO_INGEST_KEY };
    const json: Req[] = sample(ingestBody, 3_600, 1).map((b) => ({
      method: 'POST',
      path: '/api/v1/ingest',
      headers: { ...key, 'content-type': 'application/json' },
      body: JSON.stringify(b),
      pairs: pairsOf(b),
    }));
    const text: Req[] = sample(fc.tuple(badText, contentType), 1_400, 2).map(([body, type]) => ({
      method: 'POST',
      path: '/api/v1/ingest',
      headers: { ...key, ...(type ? { 'content-type': type } : {}) },
      body,
      pairs: [],
    }));
    const typed: Req[] = sample(fc.tuple(ingestBody, contentType), 600, 3).map(([b, type]) => ({
      method: 'POST',
      path: '/api/v1/ingest',
      headers: { ...key, 'content-type': type },
      body: JSON.stringify(b),
      pairs: pairsOf(b),
    }));
    await fire('ingest bodies', [...json, ...text, ...typed]);

    const ingests = answers.filter((a) => a.req.path === '/api/v1/ingest');
    expect(ingests.filter((a) => a.status >= 500)).toEqual([]);
    const accepted = new Set(
      ingests
        .filter((a) => a.status === 202)
        .flatMap((a) => (a.req.pairs ?? []).map((p) => ingestJobId(...p))),
    );
    const rejectedOnly = new Set(
      ingests
        .filter((a) => a.status >= 400)
        .flatMap((a) => (a.req.pairs ?? []).map((p) => ingestJobId(...p)))
        .filter((id) => !accepted.has(id)),
    );
    expect(ingests.filter((a) => a.status === 202).length).toBeGreaterThan(0);
    expect(rejectedOnly.size).toBeGreaterThan(1_000);
    const leaked: string[] = [];
    for (const id of rejectedOnly) if (await queue.getJob(id)) leaked.push(id);
    expect(leaked).toEqual([]);
    // Every accepted item is really queued: the check above can see jobs.
    const some = [...accepted].slice(0, 20);
    for (const id of some) expect(await queue.getJob(id)).toBeDefined();
  }, 240_000);

  it('answers garbage credentials and content types below 500, and 401 without a valid one', async () => {
    const routes: Req['path'][] = [
      '/api/v1/items',
      '/api/v1/auth/me',
      '/api/v1/trends',
      '/api/v1/admin/audit',
      '/api/v1/ingest',
      '/api/v1/units',
    ];
    const authorization = fc.oneof(
      headerText(80),
      headerText(80).map((t) => `Bearer ${t}`),
      fc.constantFrom(
        'Bearer',
        'Bearer ',
        'bearer x.y.z',
        'Basic YWRtaW46YWRtaW4=',
        'Bearer a.b',
        'Bearer ...',
      ),
      fc
        .tuple(
          fc.base64String({ maxLength: 40 }),
          fc.base64String({ maxLength: 80 }),
          fc.base64String({ maxLength: 40 }),
        )
        .map((p) => `Bearer ${p.join('.').replace(/=/g, '')}`),
      fc.nat(20_000).map((n) => `Bearer ${'a'.repeat(n)}`),
      fc.constant(`Bearer ${px.token}x`),
      fc.constant(`Bearer ${px.token.split('.').slice(0, 2).join('.')}.AAAA`),
    );
    const reqs: Req[] = sample(
      fc.record({
        path: fc.constantFrom(...routes),
        authorization: fc.option(authorization),
        apiKey: fc.option(fc.oneof(headerText(60), fc.constant(`${DEMO_INGEST_KEY} `))),
        type: fc.option(contentType),
        post: fc.boolean(),
      }),
      1_500,
      4,
    ).map((r) => ({
      method: r.path === '/api/v1/ingest' || r.post ? 'POST' : 'GET',
      path: r.path,
      headers: {
        ...(r.authorization !== null ? { authorization: r.authorization } : {}),
        ...(r.apiKey !== null ? { 'x-api-key': r.apiKey } : {}),
        ...(r.type !== null ? { 'content-type': r.type } : {}),
      },
      body: r.path === '/api/v1/ingest' || r.post ? '{}' : undefined,
    }));
    const start = answers.length;
    await fire('headers', reqs);
    const mine = answers.slice(start);
    expect(mine.filter((a) => a.status >= 500)).toEqual([]);
    // No credential here is valid: nothing may get through.
    expect(mine.filter((a) => a.status < 400)).toEqual([]);
  }, 240_000);

  it('answers malformed query strings below 500 on the list, export, trends and audit routes', async () => {
    const targets: [string, Caller, number][] = [
      ['/api/v1/items', px, 1_000],
      ['/api/v1/items/export.csv', px, 400],
      ['/api/v1/trends', px, 800],
      ['/api/v1/admin/audit', admin, 800],
    ];
    const start = answers.length;
    for (const [i, [path, who, n]] of targets.entries()) {
      await fire(
        `query ${path}`,
        sample(queryString, n, 10 + i).map((q) => ({
          method: 'GET',
          path: `${path}?${q}`,
          headers: { authorization: `Bearer ${who.token}` },
        })),
      );
    }
    const mine = answers.slice(start);
    expect(mine.filter((a) => a.status >= 500).map((a) => `${a.status} ${a.req.path}`)).toEqual([]);
    // Both kinds of answer happen: the generator reaches valid and invalid queries.
    expect(mine.some((a) => a.status === 200)).toBe(true);
    expect(mine.some((a) => a.status === 400)).toBe(true);
  }, 240_000);

  it('survives malformed live events: presence acks are refusals, the socket and the API stay up', async () => {
    const socket: LiveClient = await connectLive(api, px);
    const RESERVED = new Set([
      'connect',
      'connect_error',
      'disconnect',
      'disconnecting',
      'newListener',
      'removeListener',
    ]);
    const events = sample(
      fc.record({
        name: fc.oneof(
          fc.constantFrom('presence.watch', 'presence.leave'),
          fc.constantFrom('presence.watch', 'presence.leave'),
          fc.string({ maxLength: 30 }),
          fc.constantFrom('item.updated', 'subscribe', 'join', '__proto__', 'error', 'message'),
        ),
        args: fc.array(
          fc.oneof(
            anything,
            fc.record(
              {
                itemId: fc.oneof(nasty, anything, fc.uuid()),
                activity: fc.oneof(fc.constantFrom('viewing', 'editing', 'sleeping'), anything),
              },
              { requiredKeys: [] },
            ),
          ),
          { maxLength: 3 },
        ),
        ack: fc.boolean(),
      }),
      1_600,
      20,
    ).filter((e) => !RESERVED.has(e.name));
    counts['socket events'] = events.length;
    const raw = socket as unknown as {
      emit(name: string, ...args: unknown[]): void;
      timeout(ms: number): { emitWithAck(name: string, ...args: unknown[]): Promise<unknown> };
    };
    const acks: Promise<unknown>[] = [];
    for (const [i, e] of events.entries()) {
      const presence = e.name === 'presence.watch' || e.name === 'presence.leave';
      if (e.ack && presence) acks.push(raw.timeout(20_000).emitWithAck(e.name, ...e.args));
      else if (e.ack) raw.emit(e.name, ...e.args, () => undefined);
      else raw.emit(e.name, ...e.args);
      // Let the socket drain now and then, as a real client would.
      if (i % 100 === 99) await new Promise((r) => setTimeout(r, 10));
    }
    const answered = (await Promise.all(acks)) as PresenceAck[];
    expect(answered.length).toBeGreaterThan(100);
    expect(answered.filter((a) => a.ok !== false)).toEqual([]);
    for (const a of answered) if (a.ok === false) expect(typeof a.error).toBe('string');
    expect(socket.connected).toBe(true);

    // The same socket still answers afterwards, and so does the API.
    const after = (await raw.timeout(10_000).emitWithAck('presence.watch', {
      itemId: randomUUID(),
      activity: 'viewing',
    })) as PresenceAck;
    expect(after.ok).toBe(false);
    expect(socket.connected).toBe(true);
    expect((await px.call('GET', '/items?limit=1')).status).toBe(200);
    socket.disconnect();
  }, 240_000);

  it('is still healthy at the end', async () => {
    const live = await fetch(`${api.url}/api/health/live`);
    expect(live.status).toBe(200);
    expect((await px.call('GET', '/items?limit=1')).status).toBe(200);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    const statuses: Record<number, number> = {};
    for (const a of answers) statuses[a.status] = (statuses[a.status] ?? 0) + 1;
    console.log(
      `fuzz-api: ${total} generated requests/events (seed ${SEED}) ${JSON.stringify(counts)} statuses ${JSON.stringify(statuses)}`,
    );
    expect(total).toBeGreaterThanOrEqual(10_000);
  });
});
