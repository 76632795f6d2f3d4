// Admins manage people and ingest keys: every change audited; deactivation and role changes end sessions at once.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  LIVE_NAMESPACE,
  type AdminUserView,
  type ClientToServerEvents,
  type CreatedIngestKey,
  type IngestKeyView,
  type LoginResponse,
  type ServerToClientEvents,
} from '@auscult/contracts';
import pg from 'pg';
import { io, type Socket } from 'socket.io-client';
import { ingest, startApi, type ApiHarness } from './api-harness.js';

let api: ApiHarness;
let admin: LoginResponse;

beforeAll(async () => {
  api = await startApi('admin-users');
  admin = await signIn('admin@auscult.local', 'auscult-demo');
}, 60_000);

afterAll(async () => {
  await api?.close();
});

async function signIn(email: string, password: string): Promise<LoginResponse> {
  const res = await fetch(`${api.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status}`);
  return (await res.json()) as LoginResponse;
}

async function call<T>(method: string, path: string, body?: unknown, token = admin.accessToken) {
  const res = await fetch(`${api.url}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

async function auditRows(
  action: string,
): Promise<{ from_state: unknown; to_state: unknown; note: string }[]> {
  const client = new pg.Client({ connectionString: api.db.url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT from_state, to_state, note FROM audit_events WHERE action = $1 ORDER BY id`,
      [action],
    );
    return rows as { from_state: unknown; to_state: unknown; note: string }[];
  } finally {
    await client.end();
  }
}

const password = 'a-long-enough-password';
let n = 0;
const createNurse = (units = ['4B']) =>
  call<AdminUserView>('POST', '/admin/users', {
    email: `new.nurse${++n}@auscult.local`,
    name: `New Nurse ${n}`,
    role: 'nurse',
    units,
    password,
  });

describe('admin: people', () => {
  it('creates a nurse of a unit who can then sign in; audited', async () => {
    const created = await createNurse();
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ role: 'nurse', units: ['4B'], isActive: true, signIn: 'password' });
    expect(created.body).not.toHaveProperty('passwordHash');
    const session = await signIn(created.body.email, password);
    expect(session.user.role).toBe('nurse');
    expect((await auditRows('user.created')).map((r) => r.note)).toContain(`user ${created.body.email}`);
  });

  it.each([
    ['a nurse without a unit', { role: 'nurse', units: [] }, 'units'],
    ['an unknown unit', { role: 'nurse', units: ['NOPE'] }, 'units'],
    ['units for an executive', { role: 'executive', units: ['4B'] }, 'units'],
    ['an unknown role', { role: 'root', units: [] }, 'role'],
    ['a short password', { role: 'px', password: 'short' }, 'password'],
  ])('refuses %s with 400 naming the field', async (_name, fields, field) => {
    const res = await call<{ errors: { field: string }[] }>('POST', '/admin/users', {
      email: `bad${++n}@auscult.local`,
      name: 'Bad',
      password,
      ...fields,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe(field);
  });

  it('refuses a second user with the same email (409)', async () => {
    const res = await call('POST', '/admin/users', {
      email: 'px@auscult.local',
      name: 'Again',
      role: 'px',
      password,
    });
    expect(res.status).toBe(409);
  });

  it('changes role and units, audits from → to, and ends the person’s sessions', async () => {
    const { body: nurse } = await createNurse();
    const session = await signIn(nurse.email, password);
    const res = await call<AdminUserView>('PATCH', `/admin/users/${nurse.id}`, {
      role: 'charge_nurse',
      units: ['4B', 'ICU'],
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ role: 'charge_nurse', units: ['4B', 'ICU'] });
    const audit = (await auditRows('user.role_changed')).find((r) => r.note === `user ${nurse.email}`);
    expect(audit).toMatchObject({
      from_state: { role: 'nurse', units: ['4B'] },
      to_state: { role: 'charge_nurse', units: ['4B', 'ICU'] },
    });
    expect((await call('GET', '/auth/me', undefined, session.accessToken)).status).toBe(401);
    expect((await signIn(nurse.email, password)).user.role).toBe('charge_nurse');
  });

  it('deactivates at once: the socket is told and dropped, tokens stop working, login is refused', async () => {
    const { body: nurse } = await createNurse();
    const session = await signIn(nurse.email, password);
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(`${api.url}${LIVE_NAMESPACE}`, {
      auth: { token: session.accessToken },
      transports: ['websocket'],
      reconnection: false,
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    const told = new Promise<string>((resolve) =>
      socket.once('session.ended', ({ reason }) => resolve(reason)),
    );
    const dropped = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    const res = await call<AdminUserView>('POST', `/admin/users/${nurse.id}/deactivate`);
    expect(res.status).toBe(200);
    expect(res.body.isActive).toBe(false);
    expect(await told).toBe('deactivated');
    expect(await dropped).toBe('io server disconnect');
    expect((await call('GET', '/auth/me', undefined, session.accessToken)).status).toBe(401);
    const refresh = await fetch(`${api.url}/api/v1/auth/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refreshToken: session.refreshToken }),
    });
    expect(refresh.status).toBe(401);
    await expect(signIn(nurse.email, password)).rejects.toThrow(/401/);
    expect((await auditRows('user.deactivated')).map((r) => r.note)).toContain(`user ${nurse.email}`);
  });

  it('does not let an admin deactivate themselves', async () => {
    expect((await call('POST', `/admin/users/${admin.user.id}/deactivate`)).status).toBe(409);
  });

  it('lists people without password hashes', async () => {
    const res = await call<AdminUserView[]>('GET', '/admin/users');
    expect(res.body.map((u) => u.email)).toContain('nurse.4b@auscult.local');
    expect(JSON.stringify(res.body)).not.toMatch(/\$2[aby]\$/);
  });
});

describe('admin: ingest keys', () => {
  it('creates a named key shown once, which ingests until it is revoked; both audited', async () => {
    const created = await call<CreatedIngestKey>('POST', '/admin/ingest-keys', { name: 'survey-vendor' });
    expect(created.status).toBe(201);
    expect(created.body.key).toMatch(/^ak_[A-Za-z0-9_-]{43}$/);
    const listed = await call<IngestKeyView[]>('GET', '/admin/ingest-keys');
    expect(listed.body.find((k) => k.id === created.body.id)).toEqual({
      id: created.body.id,
      name: 'survey-vendor',
      createdAt: created.body.createdAt,
      revokedAt: null,
    });
    expect(JSON.stringify(listed.body)).not.toContain(created.body.key);
    const item = { source: 'survey', externalId: 'k1', text: 'lovely staff' };
    expect((await ingest(api, item, { 'x-api-key': created.body.key })).status).toBe(202);
    const revoked = await call<IngestKeyView>('POST', `/admin/ingest-keys/${created.body.id}/revoke`);
    expect(revoked.body.revokedAt).not.toBeNull();
    expect((await ingest(api, item, { 'x-api-key': created.body.key })).status).toBe(401);
    expect((await auditRows('ingest_key.created')).length).toBe(1);
    expect((await auditRows('ingest_key.revoked')).length).toBe(1);
  });

  it('names the field of a bad key name', async () => {
    const res = await call<{ errors: { field: string }[] }>('POST', '/admin/ingest-keys', { name: '' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('name');
  });
});
