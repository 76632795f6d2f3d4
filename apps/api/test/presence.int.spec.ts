import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { redisOptions } from '@auscult/config';
import { PRESENCE_TTL_SECONDS, type PresenceAck, type PresenceChanged } from '@auscult/contracts';
import { Redis } from 'ioredis';
import { startApi, type ApiHarness } from './api-harness.js';
import { connectLive, nextEvent, signIn, type Caller, type LiveClient } from './api-client.js';
import { insertItems } from './item-rows.factory.js';

let api: ApiHarness;
let redis: Redis;
const as: Record<string, Caller> = {};
const sockets: LiveClient[] = [];
let ward4b: string;
let icu: string;

async function live(who: string): Promise<LiveClient> {
  const socket = await connectLive(api, as[who]);
  sockets.push(socket);
  return socket;
}

const watch = (s: LiveClient, itemId: string, activity: 'viewing' | 'editing' = 'viewing') =>
  s.emitWithAck('presence.watch', { itemId, activity }) as Promise<PresenceAck>;

const names = (e: PresenceChanged | PresenceAck) =>
  'people' in e ? e.people.map((p) => `${p.role}:${p.activity}`) : [];

beforeAll(async () => {
  api = await startApi('presence');
  for (const who of ['px', 'nurse.4b', 'nurse.icu', 'charge.4b', 'exec']) as[who] = await signIn(api, who);
  [ward4b, icu] = await insertItems(api.db.url, [
    { kind: 'care_need', unit: '4B' },
    { kind: 'care_need', unit: 'ICU' },
  ]);
  redis = new Redis(redisOptions(api.config.redisUrl, 'producer'));
});

afterAll(async () => {
  for (const s of sockets) s.disconnect();
  redis?.disconnect();
  await api?.close();
});

describe('presence over /live', () => {
  it('tells who is on an item, only to the sockets allowed to see it', async () => {
    const px = await live('px');
    const nurse = await live('nurse.4b');
    const otherWard = await live('nurse.icu');
    const exec = await live('exec');
    const leaked: PresenceChanged[] = [];
    otherWard.on('presence.changed', (e) => leaked.push(e));
    exec.on('presence.changed', (e) => leaked.push(e));
    const nurseSees = nextEvent(
      nurse,
      'presence.changed',
      (e) => e.itemId === ward4b && e.people.length === 2,
    );
    expect(names(await watch(px, ward4b))).toEqual(['px:viewing']);
    const ack = await watch(nurse, ward4b, 'editing');
    expect(names(ack)).toEqual(['px:viewing', 'nurse:editing']);
    expect(names(await nurseSees)).toEqual(['px:viewing', 'nurse:editing']);
    // A later event the ICU nurse may see arrives after any leak would have: none came.
    const sentinel = nextEvent(otherWard, 'presence.changed', (e) => e.itemId === icu);
    await watch(px, icu);
    await sentinel;
    expect(leaked.filter((e) => e.itemId === ward4b)).toEqual([]);
  });

  it("refuses to watch an item outside the caller's scope, and executives", async () => {
    const otherWard = await live('nurse.icu');
    const exec = await live('exec');
    expect(await watch(otherWard, ward4b)).toEqual({ ok: false, error: 'no such item' });
    expect(await watch(exec, ward4b)).toEqual({ ok: false, error: 'no such item' });
    expect(await otherWard.emitWithAck('presence.watch', { itemId: 'x', activity: 'viewing' })).toEqual({
      ok: false,
      error: 'itemId must be a UUID',
    });
  });

  it('shows a person once, editing over viewing, across two tabs', async () => {
    const [id] = await insertItems(api.db.url, [{ kind: 'care_need', unit: '4B' }]);
    const tab1 = await live('charge.4b');
    const tab2 = await live('charge.4b');
    await watch(tab1, id, 'viewing');
    expect(names(await watch(tab2, id, 'editing'))).toEqual(['charge_nurse:editing']);
  });

  it('clears a socket on leave and on disconnect, and tells the others', async () => {
    const [id] = await insertItems(api.db.url, [{ kind: 'care_need', unit: '4B' }]);
    const px = await live('px');
    const nurse = await live('nurse.4b');
    await watch(px, id);
    await watch(nurse, id);
    const afterLeave = nextEvent(px, 'presence.changed', (e) => e.itemId === id && e.people.length === 1);
    await nurse.emitWithAck('presence.leave', { itemId: id });
    expect(names(await afterLeave)).toEqual(['px:viewing']);
    await watch(nurse, id);
    const afterDrop = nextEvent(nurse, 'presence.changed', (e) => e.itemId === id && e.people.length === 1);
    px.disconnect();
    expect(names(await afterDrop)).toEqual(['nurse:viewing']);
  });

  it('keeps its state in Redis with a TTL, and registers who is online by role', async () => {
    const px = await live('px');
    await watch(px, icu);
    const keys = await redis.keys(`${api.config.redisPrefix}:presence:item:${icu}:*`);
    const ttls = await Promise.all(keys.map((k) => redis.pttl(k)));
    expect(keys).toHaveLength(2);
    for (const ttl of ttls) {
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(PRESENCE_TTL_SECONDS * 1000);
    }
    const online = await redis.zrange(`${api.config.redisPrefix}:online:px`, '0', '-1');
    expect(online.map((m) => m.split('|')[0])).toContain(as.px.id);
  });
});
