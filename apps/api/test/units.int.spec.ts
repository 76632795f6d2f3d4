import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { redisOptions } from '@auscult/config';
import { UNITS_CHANGED_CHANNEL, type FacilitySettings, type UnitView } from '@auscult/contracts';
import { Redis } from 'ioredis';
import { startApi, type ApiHarness } from './api-harness.js';
import { signIn, type Caller } from './api-client.js';

let api: ApiHarness;
const as: Record<string, Caller> = {};

beforeAll(async () => {
  api = await startApi('units');
  for (const who of ['admin', 'px', 'nurse.4b']) as[who] = await signIn(api, who);
});

afterAll(async () => {
  await api?.close();
});

type Problem = { errors: { field: string; reason: string }[] };

describe('units admin', () => {
  it('lists the units with their aliases to anyone signed in', async () => {
    const { status, body } = await as['nurse.4b'].call<UnitView[]>('GET', '/units');
    expect(status).toBe(200);
    expect(body.map((u) => u.code).sort()).toEqual(['4B', 'ED', 'ICU', 'MAT']);
    expect(body.every((u) => Array.isArray(u.aliases))).toBe(true);
  });

  it('lets an admin replace the aliases, audited, and announces the change to the workers', async () => {
    const sub = new Redis(redisOptions(api.config.redisUrl, 'worker'));
    const channel = `${api.config.redisPrefix}:${UNITS_CHANGED_CHANNEL}`;
    await sub.subscribe(channel);
    const announced = new Promise<string>((resolve) =>
      sub.on('message', (_c, unit: string) => resolve(unit)),
    );
    const put = await as.admin.call<UnitView>('PUT', '/units/icu/aliases', {
      aliases: [' critical  care ', 'intensive care', 'ITU'],
    });
    expect([put.status, put.body.code, put.body.aliases]).toEqual([
      200,
      'ICU',
      ['critical care', 'intensive care', 'ITU'],
    ]);
    expect(await announced).toBe('ICU');
    sub.disconnect();
    const { Client } = (await import('pg')).default;
    const db = new Client({ connectionString: api.db.url });
    await db.connect();
    const { rows } = await db.query(
      `SELECT actor_label, to_state FROM audit_events WHERE action = 'unit.aliases_updated'`,
    );
    await db.end();
    expect(rows).toEqual([
      {
        actor_label: 'user:admin@auscult.local',
        to_state: { unit: 'ICU', aliases: ['critical care', 'intensive care', 'ITU'] },
      },
    ]);
  });

  it('refuses aliases that repeat or name another unit (400), non-admins (403), unknown units (404)', async () => {
    const dup = await as.admin.call<Problem>('PUT', '/units/4B/aliases', { aliases: ['Ward 4B', 'ward 4b'] });
    const clash = await as.admin.call<Problem>('PUT', '/units/4B/aliases', { aliases: ['icu'] });
    const blank = await as.admin.call<Problem>('PUT', '/units/4B/aliases', { aliases: ['  '] });
    const px = await as.px.call('PUT', '/units/4B/aliases', { aliases: [] });
    const missing = await as.admin.call('PUT', '/units/XX/aliases', { aliases: [] });
    expect([
      dup.status,
      dup.body.errors[0].field,
      clash.status,
      clash.body.errors[0].reason,
      blank.status,
    ]).toEqual([400, 'aliases', 400, '"icu" already names unit ICU', 400]);
    expect([px.status, missing.status]).toEqual([403, 404]);
  });
});

describe('facility settings', () => {
  it('lists every facility with its auto-assignment setting and lets an admin change it', async () => {
    const before = await as.px.call<FacilitySettings[]>('GET', '/facilities/settings');
    expect(before.body).toEqual([{ facility: 'auscult-general', autoAssign: false, openItemCap: 10 }]);
    const put = await as.admin.call<FacilitySettings>('PUT', '/facilities/auscult-general/settings', {
      autoAssign: true,
      openItemCap: 3,
    });
    expect([put.status, put.body]).toEqual([
      200,
      { facility: 'auscult-general', autoAssign: true, openItemCap: 3 },
    ]);
    const after = await as.admin.call<FacilitySettings[]>('GET', '/facilities/settings');
    expect(after.body[0]).toEqual(put.body);
  });

  it('refuses non-admins (403), a bad cap (400) and an unknown facility (404)', async () => {
    const px = await as.px.call('PUT', '/facilities/auscult-general/settings', {
      autoAssign: true,
      openItemCap: 3,
    });
    const cap = await as.admin.call<Problem>('PUT', '/facilities/auscult-general/settings', {
      autoAssign: true,
      openItemCap: 0,
    });
    const none = await as.admin.call('PUT', '/facilities/nowhere/settings', {
      autoAssign: true,
      openItemCap: 3,
    });
    expect([px.status, cap.status, cap.body.errors[0].field, none.status]).toEqual([
      403,
      400,
      'openItemCap',
      404,
    ]);
  });
});
