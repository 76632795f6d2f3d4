// The API's outer edge: security headers, strict CORS, body limits, no internals in any answer, Redis-backed rate limits.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { INGEST_LIMITS } from '@auscult/contracts';
import { ingest, startApi, type ApiHarness } from './api-harness.js';

const allowedOrigin = 'https://dashboard.hospital.example';
let api: ApiHarness;
let second: ApiHarness;

beforeAll(async () => {
  const env = {
    CORS_ORIGINS: allowedOrigin,
    RATE_LIMIT_INGEST_PER_MINUTE: '3',
    RATE_LIMIT_LOGIN_PER_MINUTE: '4',
  };
  api = await startApi('edge', env);
  // A second API instance on the same Redis prefix: limits must be shared, not per process.
  second = await startApi('edge-2', { ...env, AUSCULT_REDIS_PREFIX: api.config.redisPrefix });
}, 60_000);

afterAll(async () => {
  await api?.close();
  await second?.close();
});

const loginAttempt = (target: ApiHarness, email: string) =>
  fetch(`${target.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'not-the-password' }),
  });

describe('security headers', () => {
  it('sends helmet headers and a strict content security policy', async () => {
    const res = await fetch(`${api.url}/api/health/live`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'.*frame-ancestors 'none'/);
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});

describe('CORS', () => {
  it('answers a preflight from a configured origin', async () => {
    const res = await fetch(`${api.url}/api/v1/items`, {
      method: 'OPTIONS',
      headers: {
        origin: allowedOrigin,
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(res.headers.get('access-control-allow-origin')).toBe(allowedOrigin);
  });

  it('gives any other origin no CORS permission', async () => {
    const res = await fetch(`${api.url}/api/v1/items`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('error answers', () => {
  const stackLike = /\bat \S+ \(|node_modules|\.[jt]s:\d+|Error: .*\n\s+at /;

  it.each([
    ['malformed JSON', { method: 'POST', path: '/api/v1/auth/login', body: '{"email":', status: 400 }],
    ['unknown route', { method: 'GET', path: '/api/v1/nope', body: undefined, status: 404 }],
    ['wrong method', { method: 'DELETE', path: '/api/v1/auth/login', body: undefined, status: 404 }],
    ['bad field type', { method: 'POST', path: '/api/v1/ingest', body: '{"source":[1]}', status: 400 }],
    ['item id not a uuid', { method: 'GET', path: '/api/v1/items/%00..%2f', body: undefined, status: 401 }],
  ])('%s: a JSON error with no stack trace or file path', async (_name, c) => {
    const res = await fetch(`${api.url}${c.path}`, {
      method: c.method,
      headers: { 'content-type': 'application/json', 'x-api-key': 'demo-ingest-key' },
      body: c.body,
    });
    const text = await res.text();
    expect(res.status).toBe(c.status);
    expect(JSON.parse(text)).toMatchObject({ statusCode: c.status, message: expect.any(String) });
    expect(text).not.toMatch(stackLike);
  });

  it('answers 413 for a body over the limit, without reading it into an error', async () => {
    const res = await ingest(api, `"${'x'.repeat(INGEST_LIMITS.maxBodyBytes + 10)}"`);
    const text = await res.text();
    expect(res.status).toBe(413);
    expect(text).not.toMatch(stackLike);
  });
});

describe('rate limits in Redis', () => {
  it('limits ingest per key with 429 and Retry-After, while another key is unaffected', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push((await ingest(api, [], { 'x-api-key': 'guessed-key-1' })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await ingest(second, [], { 'x-api-key': 'guessed-key-1' });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ statusCode: 429, error: 'rate_limited' });
    expect((await ingest(api, [], { 'x-api-key': 'guessed-key-2' })).status).toBe(401);
  });

  it('counts login attempts from one address across API instances', async () => {
    const statuses = [
      (await loginAttempt(api, 'a@auscult.local')).status,
      (await loginAttempt(second, 'b@auscult.local')).status,
      (await loginAttempt(api, 'c@auscult.local')).status,
      (await loginAttempt(second, 'd@auscult.local')).status,
      (await loginAttempt(api, 'e@auscult.local')).status,
    ];
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
  });
});
