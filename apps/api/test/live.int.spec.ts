import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import {
  LIVE_NAMESPACE,
  type ClientToServerEvents,
  type ItemEvent,
  type ItemView,
  type ServerToClientEvents,
} from '@auscult/contracts';
import { redisOptions } from '@auscult/config';
import { createLiveEmitter, emitItemEvents, type LiveEmitter } from '@auscult/live';
import { Redis } from 'ioredis';
import { io, type Socket } from 'socket.io-client';
import { login, startApi, type ApiHarness } from './api-harness.js';
import { makeItemView } from './item-view.factory.js';

type LiveClient = Socket<ServerToClientEvents, ClientToServerEvents>;

let api: ApiHarness;
let emitterRedis: Redis;
let emitter: LiveEmitter;
const clients: LiveClient[] = [];

/** Emits as the worker does: a headless socket.io server on the same Redis streams. */
function publish(item: ItemView, redactedText = '[redacted]'): void {
  const events = [
    { room: 'items:all', event: { item, version: 1 } },
    {
      room: 'items:redacted',
      event: { item: { ...item, text: redactedText, isRedacted: true }, version: 1 },
    },
    ...(item.classification.kind === 'care_need' && item.unit
      ? [{ room: `unit:${item.unit}`, event: { item, version: 1 } }]
      : []),
  ];
  emitItemEvents(emitter.nsp, 'item.created', events);
}

async function connect(token: string | undefined): Promise<LiveClient> {
  const socket: LiveClient = io(`${api.url}${LIVE_NAMESPACE}`, {
    auth: token ? { token } : {},
    transports: ['websocket'],
    reconnection: false,
  });
  clients.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
}

function nextEvent(socket: LiveClient, timeoutMs = 3000): Promise<ItemEvent | 'none'> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('none'), timeoutMs);
    socket.once('item.created', (e) => {
      clearTimeout(timer);
      resolve(e);
    });
  });
}

beforeAll(async () => {
  api = await startApi('live');
  emitterRedis = new Redis(redisOptions(api.config.redisUrl, 'worker'));
  emitter = createLiveEmitter(emitterRedis, api.config.redisPrefix);
});

afterEach(() => {
  clients.splice(0).forEach((c) => c.disconnect());
});

afterAll(async () => {
  await emitter?.close();
  await emitterRedis?.quit();
  await api?.close();
});

describe('socket.io /live', () => {
  it('refuses a handshake without a token', async () => {
    await expect(connect(undefined)).rejects.toThrow(/unauthorized/);
  });

  it('refuses a handshake with a forged token', async () => {
    await expect(connect('not-a-jwt')).rejects.toThrow(/unauthorized/);
  });

  it("delivers a worker's event to PX, and to the nurse of the item's unit", async () => {
    const px = await connect(await login(api, 'px@auscult.local'));
    const nurse = await connect(await login(api, 'nurse.4b@auscult.local'));
    const item = makeItemView({ unit: '4B' });
    const received = Promise.all([nextEvent(px), nextEvent(nurse)]);
    publish(item);
    const [toPx, toNurse] = await received;
    expect(toPx !== 'none' && toPx.item.id).toBe(item.id);
    expect(toNurse !== 'none' && toNurse.item.id).toBe(item.id);
  });

  it("never delivers another unit's care need to a nurse", async () => {
    const icu = await connect(await login(api, 'nurse.icu@auscult.local'));
    const px = await connect(await login(api, 'px@auscult.local'));
    const pxGotIt = nextEvent(px);
    const icuGotIt = nextEvent(icu, 1000);
    publish(makeItemView({ unit: '4B' }));
    await pxGotIt;
    expect(await icuGotIt).toBe('none');
  });

  it('gives executives the redacted text only', async () => {
    const exec = await connect(await login(api, 'exec@auscult.local'));
    const got = nextEvent(exec);
    publish(makeItemView({ text: 'call me on 07700 900123' }), 'call me on [PHONE]');
    const event = await got;
    expect(event !== 'none' && [event.item.text, event.item.isRedacted]).toEqual([
      'call me on [PHONE]',
      true,
    ]);
  });

  it('recovers an event missed during a brief disconnection', async () => {
    const token = await login(api, 'px@auscult.local');
    const px: LiveClient = io(`${api.url}${LIVE_NAMESPACE}`, {
      auth: { token },
      transports: ['websocket'],
      reconnectionDelay: 100,
    });
    clients.push(px);
    const first = nextEvent(px);
    await new Promise<void>((resolve) => px.once('connect', () => resolve()));
    publish(makeItemView());
    await first;
    const reconnected = new Promise<void>((resolve) => px.io.once('reconnect', () => resolve()));
    const missed = makeItemView();
    px.io.engine.close(); // a network drop: the client will reconnect by itself
    publish(missed);
    const recovered = nextEvent(px);
    await reconnected;
    const event = await recovered;
    expect(px.recovered).toBe(true);
    expect(event !== 'none' && event.item.id).toBe(missed.id);
  });
});
