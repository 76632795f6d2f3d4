/** The subset of ioredis options Auscult sets; assignable to both ioredis' and BullMQ's option types. */
export interface RedisConnectionOptions {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db: number;
  tls?: Record<string, never>;
  retryStrategy: (attempt: number) => number;
  enableOfflineQueue?: boolean;
  maxRetriesPerRequest?: number | null;
}

/**
 * ioredis options for a Redis URL. Producers (the API) fail fast when Redis is away, so the API
 * can answer 503 rather than accept what it cannot keep; workers wait for Redis forever (BullMQ
 * requires maxRetriesPerRequest: null for blocking connections).
 */
export function redisOptions(url: string, role: 'producer' | 'worker'): RedisConnectionOptions {
  const u = new URL(url);
  const options: RedisConnectionOptions = {
    host: u.hostname,
    port: u.port ? Number(u.port) : 6379,
    username: u.username || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  };
  return role === 'producer'
    ? { ...options, enableOfflineQueue: false, maxRetriesPerRequest: 1 }
    : { ...options, maxRetriesPerRequest: null };
}
