// Which Redis to use, in order: REDIS_URL → a Redis answering PING on 127.0.0.1:6379 → a private
// redis-server on a free loopback port (no persistence; stopped by pid on exit). No npm package ships
// a Redis server and BullMQ needs real Lua scripting, so without a binary we stop and say how to get one.
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Logger } from './log.js';
import { freePort, tcpExchange, waitUntil } from './net.js';
import { startProcess } from './processes.js';

export interface ResolvedRedis {
  source: 'REDIS_URL' | 'local' | 'private';
  url: string;
  /** For a server this command started: resolves when its process exits. */
  exited?: Promise<number | string>;
  stop(): Promise<void>;
}

export interface RedisOptions {
  env?: NodeJS.ProcessEnv;
  log: Logger;
}

export class RedisUnavailableError extends Error {
  constructor() {
    super(
      [
        'No Redis found: REDIS_URL is not set, nothing answers on 127.0.0.1:6379, and redis-server is not on PATH.',
        'Start one of these, then run the command again:',
        '  docker compose up -d redis',
        '  sudo apt-get install redis-server      (Debian/Ubuntu)',
        '  brew install redis                     (macOS)',
        'or point REDIS_URL at a Redis you have (redis://host:6379).',
      ].join('\n'),
    );
    this.name = 'RedisUnavailableError';
  }
}

export async function answersPing(host: string, port: number): Promise<boolean> {
  const answer = await tcpExchange(host, port, 'PING\r\n');
  return answer?.startsWith('+PONG') ?? false;
}

/** The executable `name` on the given PATH, or null. */
export function findOnPath(name: string, pathEnv: string | undefined): string | null {
  for (const dir of (pathEnv ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return null;
}

export async function startPrivateRedis(binary: string, log: Logger): Promise<ResolvedRedis> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'auscult-redis-'));
  const server = startProcess('redis', binary, [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
    '--dir',
    dir,
    '--loglevel',
    'warning',
  ]);
  const stop = async (): Promise<void> => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  let exitedWith: number | string | null = null;
  void server.exited.then((code) => (exitedWith = code));
  try {
    await waitUntil('the private redis-server to answer PING', 10_000, async () => {
      if (exitedWith !== null) throw new Error(`redis-server exited (${exitedWith}) before answering PING`);
      return (await answersPing('127.0.0.1', port)) ? true : null;
    });
  } catch (error) {
    await stop();
    throw error;
  }
  log(
    `Redis: started a private redis-server (pid ${server.child.pid}) on 127.0.0.1:${port}, nothing persisted`,
  );
  return { source: 'private', url: `redis://127.0.0.1:${port}`, exited: server.exited, stop };
}

export async function resolveRedis(options: RedisOptions): Promise<ResolvedRedis> {
  const env = options.env ?? process.env;
  const { log } = options;
  const noop = async (): Promise<void> => undefined;

  if (env.REDIS_URL) {
    log('Redis: using REDIS_URL');
    return { source: 'REDIS_URL', url: env.REDIS_URL, stop: noop };
  }
  if (env.AUSCULT_SKIP_LOCAL_REDIS !== '1' && (await answersPing('127.0.0.1', 6379))) {
    log('Redis: using the server on 127.0.0.1:6379');
    return { source: 'local', url: 'redis://127.0.0.1:6379', stop: noop };
  }
  const binary = findOnPath('redis-server', env.PATH);
  if (!binary) throw new RedisUnavailableError();
  log(`Redis: none configured or running; starting ${binary}`);
  return startPrivateRedis(binary, log);
}
