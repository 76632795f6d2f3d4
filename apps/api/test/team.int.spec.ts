import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { AdminUserView, TeamMemberView } from '@auscult/contracts';
import { startApi, type ApiHarness } from './api-harness.js';
import { signIn, type Caller } from './api-client.js';

let api: ApiHarness;
const as: Record<string, Caller> = {};

beforeAll(async () => {
  api = await startApi('team');
  for (const who of ['admin', 'px', 'px.3', 'nurse.4b', 'charge.4b', 'exec'])
    as[who] = await signIn(api, who);
});

afterAll(async () => {
  await api?.close();
});

describe('GET /api/v1/team', () => {
  it('lists the active PX and admin people by name, with no emails or units', async () => {
    const { status, body } = await as.px.call<TeamMemberView[]>('GET', '/team');
    expect(status).toBe(200);
    expect(body.map((m) => [m.name, m.role])).toEqual([
      ['Ada Admin', 'admin'],
      ['Pat Experience', 'px'],
      ['Paul Team', 'px'],
      ['Priya Team', 'px'],
    ]);
    expect(body.every((m) => Object.keys(m).sort().join() === 'id,name,role')).toBe(true);
  });

  it('is refused to nurses, charge nurses and executives', async () => {
    for (const who of ['nurse.4b', 'charge.4b', 'exec'])
      expect([who, (await as[who].call('GET', '/team')).status]).toEqual([who, 403]);
  });

  it('leaves out a deactivated colleague', async () => {
    const off = await as.admin.call<AdminUserView>('POST', `/admin/users/${as['px.3'].id}/deactivate`);
    expect(off.status).toBe(200);
    const { body } = await as.admin.call<TeamMemberView[]>('GET', '/team');
    expect(body.map((m) => m.name)).not.toContain('Paul Team');
    expect(body.map((m) => m.id)).toContain(as.admin.id);
  });
});
