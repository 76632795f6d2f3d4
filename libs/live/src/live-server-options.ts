import { createAdapter } from '@socket.io/redis-streams-adapter';
import type { Redis } from 'ioredis';
import type { ServerOptions } from 'socket.io';

/**
 * socket.io options shared by every process that emits live events (API nodes and workers):
 * the Redis streams adapter carries a broadcast to clients on any API node and — unlike the
 * pub/sub adapter — lets a client that dropped briefly recover what it missed. The Redis client
 * must tolerate blocking reads (maxRetriesPerRequest: null).
 */
export function liveServerOptions(redis: Redis, prefix: string): Partial<ServerOptions> {
  return {
    adapter: createAdapter(redis, {
      streamName: `${prefix}:live-stream`,
      sessionKeyPrefix: `${prefix}:live-session:`,
      maxLen: 10_000,
    }),
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: false },
  };
}
