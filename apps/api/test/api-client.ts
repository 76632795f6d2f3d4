// A signed-in caller of the real API and its live socket, for the integration tests of issue 4.
import {
  LIVE_NAMESPACE,
  type ClientToServerEvents,
  type LoginResponse,
  type ServerToClientEvents,
} from '@auscult/contracts';
import { DEMO_PASSWORD } from '@auscult/persistence';
import { io, type Socket } from 'socket.io-client';
import type { ApiHarness } from './api-harness.js';

export type LiveClient = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface Caller {
  token: string;
  id: string;
  name: string;
  call<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
  /** The raw response, for streamed answers (CSV). */
  fetch(path: string): Promise<Response>;
}

export async function signIn(api: ApiHarness, who: string): Promise<Caller> {
  const res = await fetch(`${api.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `${who}@auscult.local`, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${who}: ${res.status}`);
  const { accessToken: token, user } = (await res.json()) as LoginResponse;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  return {
    token,
    id: user.id,
    name: user.name,
    call: async <T>(method: string, path: string, body?: unknown) => {
      const r = await fetch(`${api.url}/api/v1${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: r.status, body: (await r.json()) as T };
    },
    fetch: (path: string) => fetch(`${api.url}/api/v1${path}`, { headers }),
  };
}

export async function connectLive(api: ApiHarness, caller: Caller): Promise<LiveClient> {
  const socket: LiveClient = io(`${api.url}${LIVE_NAMESPACE}`, {
    auth: { token: caller.token },
    transports: ['websocket'],
    reconnection: false,
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
}

/** Resolves with the first event of `name` that `match` accepts; rejects after the deadline. */
export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: LiveClient,
  name: E,
  match: (payload: Parameters<ServerToClientEvents[E]>[0]) => boolean,
  deadlineMs = 10_000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no matching ${name} within ${deadlineMs} ms`)),
      deadlineMs,
    );
    const listener = (payload: Parameters<ServerToClientEvents[E]>[0]) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(name, listener as never);
      resolve(payload);
    };
    socket.on(name, listener as never);
  });
}
