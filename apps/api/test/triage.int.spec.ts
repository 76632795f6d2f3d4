import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import {
  LIVE_NAMESPACE,
  TOPICS,
  type ClientToServerEvents,
  type ItemEvent,
  type ItemView,
  type LoginResponse,
  type ServerToClientEvents,
} from '@auscult/contracts';
import { createDataSource, DEMO_PASSWORD, hashPassword, UserEntity } from '@auscult/persistence';
import { io, type Socket } from 'socket.io-client';
import { startApi, type ApiHarness } from './api-harness.js';
import { insertItems, type ItemRow } from './item-rows.factory.js';

interface ErrorBody {
  message: string;
  errors?: { field: string; reason: string }[];
  item?: ItemView;
}
type Answer<T> = { status: number; body: T };

let api: ApiHarness;
const people: Record<string, { token: string; id: string }> = {};
const sockets: Socket<ServerToClientEvents, ClientToServerEvents>[] = [];

/** A second 4B nurse, so two people of the same unit can race for one item. */
async function addSecondWardNurse(databaseUrl: string): Promise<void> {
  const ds = createDataSource({ url: databaseUrl, poolSize: 1 });
  await ds.initialize();
  await ds.getRepository(UserEntity).insert({
    email: 'nurse2.4b@auscult.local',
    name: 'Noor Second',
    passwordHash: await hashPassword(DEMO_PASSWORD),
    role: 'nurse',
    units: ['4B'],
  });
  await ds.destroy();
}

async function loginAs(who: string): Promise<void> {
  const res = await fetch(`${api.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `${who}@auscult.local`, password: DEMO_PASSWORD }),
  });
  const body = (await res.json()) as LoginResponse;
  people[who] = { token: body.accessToken, id: body.user.id };
}

async function call<T = ItemView>(
  method: string,
  path: string,
  who: string,
  body?: unknown,
): Promise<Answer<T>> {
  const res = await fetch(`${api.url}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${people[who].token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

const act = <T = ItemView>(id: string, action: string, who: string, body: unknown = {}) =>
  call<T>('POST', `/items/${id}/${action}`, who, body);

async function item(row: Partial<ItemRow> = {}): Promise<string> {
  const [id] = await insertItems(api.db.url, [{ kind: 'care_need', unit: '4B', ...row }]);
  return id;
}

beforeAll(async () => {
  api = await startApi('triage');
  await addSecondWardNurse(api.db.url);
  for (const who of ['px', 'nurse.4b', 'nurse2.4b', 'charge.4b', 'nurse.icu', 'exec', 'admin'])
    await loginAs(who);
});

afterEach(() => {
  sockets.splice(0).forEach((s) => s.disconnect());
});

afterAll(async () => {
  await api?.close();
});

describe('triage actions', () => {
  it('claim gives the item to the caller and puts it in progress', async () => {
    const { status, body } = await act(await item(), 'claim', 'nurse.4b');
    expect([status, body.triage.status, body.triage.assigneeName, body.triage.version]).toEqual([
      200,
      'in_progress',
      'Nina Ward',
      2,
    ]);
  });

  it('acknowledge moves a new item to acknowledged, and only once', async () => {
    const id = await item();
    const first = await act(id, 'acknowledge', 'nurse.4b');
    const again = await act<ErrorBody>(id, 'acknowledge', 'nurse.4b');
    expect([first.status, first.body.triage.status, again.status, again.body.message]).toEqual([
      200,
      'acknowledged',
      409,
      'Cannot acknowledge: this item is already acknowledged.',
    ]);
  });

  it('resolve closes the item with its outcome; a second resolve is refused as already resolved', async () => {
    const id = await item();
    const first = await act(id, 'resolve', 'nurse.4b', { note: 'Pain relief given; settled.' });
    const again = await act<ErrorBody>(id, 'resolve', 'charge.4b', { note: 'again' });
    expect([first.status, first.body.triage.status, again.status]).toEqual([200, 'resolved', 409]);
    expect(again.body.message).toMatch(/already resolved/);
  });

  it('dismiss is for coordinators: a charge nurse may, a ward nurse may not', async () => {
    const id = await item();
    const nurse = await act<ErrorBody>(id, 'dismiss', 'nurse.4b');
    const charge = await act(id, 'dismiss', 'charge.4b', { note: 'duplicate of an earlier post' });
    expect([nurse.status, charge.status, charge.body.triage.status]).toEqual([403, 200, 'dismissed']);
  });

  it('assign hands the item to a colleague who can reach it', async () => {
    const { status, body } = await act(await item(), 'assign', 'px', { assigneeId: people['nurse.4b'].id });
    expect([status, body.triage.assigneeId, body.triage.assigneeName, body.triage.status]).toEqual([
      200,
      people['nurse.4b'].id,
      'Nina Ward',
      'new',
    ]);
  });

  it('assign refuses someone who cannot reach the item, naming assigneeId', async () => {
    const id = await item();
    const otherUnit = await act<ErrorBody>(id, 'assign', 'px', { assigneeId: people['nurse.icu'].id });
    const nobody = await act<ErrorBody>(id, 'assign', 'px', {
      assigneeId: '00000000-0000-4000-8000-000000000000',
    });
    expect([
      otherUnit.status,
      otherUnit.body.errors?.[0].field,
      nobody.status,
      nobody.body.errors?.[0].field,
    ]).toEqual([400, 'assigneeId', 400, 'assigneeId']);
  });

  it("reclassify keeps the machine's classification and shows the correction beside it", async () => {
    const id = await item({ kind: 'service_complaint', unit: null });
    const { status, body } = await act(id, 'reclassify', 'px', {
      kind: 'care_need',
      urgency: 'high',
      topics: ['pain', 'call_bell'],
      note: 'reports pain, not just a complaint',
    });
    expect(status).toBe(200);
    expect([body.classification.kind, body.classification.urgency]).toEqual(['service_complaint', 'normal']);
    expect(body.classification.correction).toMatchObject({
      kind: 'care_need',
      urgency: 'high',
      topics: ['pain', 'call_bell'],
      by: 'px@auscult.local',
    });
  });

  it('a note is recorded in the audit trail without changing the triage version', async () => {
    const id = await item();
    const { status, body } = await act(id, 'note', 'nurse.4b', { note: 'Called the family back.' });
    const trail = await call<{ action: string; toState: unknown; note: string }[]>(
      'GET',
      `/items/${id}/audit`,
      'px',
    );
    expect([status, body.triage.version, body.triage.status, trail.body]).toEqual([
      200,
      1,
      'new',
      [expect.objectContaining({ action: 'triage.note', toState: null, note: 'Called the family back.' })],
    ]);
  });
});

describe('conflicts', () => {
  it('a stale expectedVersion answers 409 with the current item', async () => {
    const id = await item();
    await act(id, 'acknowledge', 'charge.4b');
    const { status, body } = await act<ErrorBody>(id, 'claim', 'nurse.4b', { expectedVersion: 1 });
    expect([status, body.item?.triage.version, body.item?.triage.status]).toEqual([409, 2, 'acknowledged']);
  });

  it('claiming an item someone else holds answers 409 naming who has it', async () => {
    const id = await item();
    await act(id, 'claim', 'nurse.4b');
    const { status, body } = await act<ErrorBody>(id, 'claim', 'charge.4b');
    expect([status, body.message, body.item?.triage.assigneeName]).toEqual([
      409,
      'This item is already claimed by Nina Ward.',
      'Nina Ward',
    ]);
  });

  it('when two nurses claim at once, exactly one wins, every time', async () => {
    for (let round = 0; round < 5; round++) {
      const id = await item();
      const answers = await Promise.all([
        act<ItemView & ErrorBody>(id, 'claim', 'nurse.4b'),
        act<ItemView & ErrorBody>(id, 'claim', 'nurse2.4b'),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      const winner = answers.find((a) => a.status === 200)?.body.triage.assigneeName;
      const loser = answers.find((a) => a.status === 409)?.body;
      expect([loser?.message, loser?.item?.triage.assigneeName, loser?.item?.triage.version]).toEqual([
        `This item is already claimed by ${winner}.`,
        winner,
        2,
      ]);
      const trail = await call<{ action: string }[]>('GET', `/items/${id}/audit`, 'px');
      expect(trail.body.map((e) => e.action)).toEqual(['triage.claim']);
    }
  });
});

describe('access', () => {
  it("a nurse acting on another unit's item gets 404, exactly as for a missing one", async () => {
    const id = await item({ unit: 'ICU' });
    const other = await act<ErrorBody>(id, 'claim', 'nurse.4b');
    const missing = await act<ErrorBody>('00000000-0000-4000-8000-000000000000', 'claim', 'nurse.4b');
    expect([other.status, other.body, missing.status]).toEqual([404, missing.body, 404]);
  });

  it('executives may not act on items nor read their audit trail', async () => {
    const id = await item();
    const claim = await act<ErrorBody>(id, 'claim', 'exec');
    const trail = await call<ErrorBody>('GET', `/items/${id}/audit`, 'exec');
    expect([claim.status, trail.status]).toEqual([403, 403]);
  });
});

describe('audit trail', () => {
  it('records every action with who, what, from, to and the note, oldest first', async () => {
    const id = await item();
    await act(id, 'claim', 'nurse.4b');
    await act(id, 'resolve', 'nurse.4b', { note: 'Analgesia given.' });
    const { status, body } = await call<Record<string, unknown>[]>('GET', `/items/${id}/audit`, 'charge.4b');
    expect(status).toBe(200);
    expect(
      body.map(({ action, actorLabel, fromState, toState, note }) => ({
        action,
        actorLabel,
        fromState,
        toState,
        note,
      })),
    ).toEqual([
      {
        action: 'triage.claim',
        actorLabel: 'user:nurse.4b@auscult.local',
        fromState: { status: 'new', assigneeId: null, version: 1 },
        toState: { status: 'in_progress', assigneeId: people['nurse.4b'].id, version: 2 },
        note: null,
      },
      {
        action: 'triage.resolve',
        actorLabel: 'user:nurse.4b@auscult.local',
        fromState: { status: 'in_progress', assigneeId: people['nurse.4b'].id, version: 2 },
        toState: { status: 'resolved', assigneeId: people['nurse.4b'].id, version: 3 },
        note: 'Analgesia given.',
      },
    ]);
  });

  it('is not found for a nurse who cannot reach the item', async () => {
    const id = await item({ unit: 'ICU' });
    expect((await call('GET', `/items/${id}/audit`, 'nurse.4b')).status).toBe(404);
  });
});

describe('live', () => {
  it('PX receives item.updated with the new version after a claim', async () => {
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(`${api.url}${LIVE_NAMESPACE}`, {
      auth: { token: people.px.token },
      transports: ['websocket'],
      reconnection: false,
    });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    const id = await item();
    const updated = new Promise<ItemEvent>((resolve) => {
      socket.on('item.updated', (e) => {
        if (e.item.id === id) resolve(e);
      });
    });
    await act(id, 'claim', 'nurse.4b');
    const event = await updated;
    expect([event.version, event.item.triage.status, event.item.triage.assigneeName]).toEqual([
      2,
      'in_progress',
      'Nina Ward',
    ]);
  });
});

describe('bad bodies', () => {
  it.each([
    ['resolve', 'no note', {}, 'note'],
    ['resolve', 'a blank note', { note: '   ' }, 'note'],
    ['claim', 'a version that is not a number', { expectedVersion: 'two' }, 'expectedVersion'],
    ['claim', 'a 2001-character note', { note: 'x'.repeat(2001) }, 'note'],
    ['assign', 'no assignee', {}, 'assigneeId'],
    ['reclassify', 'an unknown kind', { kind: 'ticket', urgency: 'high', topics: [] }, 'kind'],
    ['reclassify', 'an unknown topic', { kind: 'care_need', urgency: 'high', topics: ['weather'] }, 'topics'],
    [
      'reclassify',
      'eleven topics',
      { kind: 'care_need', urgency: 'high', topics: TOPICS.slice(0, 11) },
      'topics',
    ],
    ['claim', 'an unknown field', { priority: 1 }, 'priority'],
  ])('%s with %s answers 400 naming the field', async (action, _label, body, field) => {
    const { status, body: answer } = await act<ErrorBody>(await item(), action, 'px', body);
    expect([status, answer.errors?.[0].field]).toEqual([400, field]);
  });
});
