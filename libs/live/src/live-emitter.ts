import { LIVE_NAMESPACE } from '@auscult/contracts';
import type { Redis } from 'ioredis';
import { Server } from 'socket.io';
import type { LiveNamespace } from './emit-item-events.js';
import { liveServerOptions } from './live-server-options.js';

export interface LiveEmitter {
  nsp: LiveNamespace;
  close(): Promise<void>;
}

/**
 * A socket.io server with no HTTP listener, for processes that only emit (workers): its Redis
 * streams adapter hands each broadcast to every API node, which delivers it to its clients.
 */
export function createLiveEmitter(redis: Redis, prefix: string): LiveEmitter {
  const io = new Server(liveServerOptions(redis, prefix));
  const nsp: LiveNamespace = io.of(LIVE_NAMESPACE);
  return {
    nsp,
    // Server.close() assumes an engine (an HTTP listener); a headless server only has adapters to stop.
    close: async () => {
      await nsp.adapter.close();
    },
  };
}
