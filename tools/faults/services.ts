// Private services for the fault tests, started and killed by the tests themselves on 127.0.0.1:
// a redis-server with AOF (fsync on every write, as a crash would test it) and a PostgreSQL 15 cluster.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, waitUntil } from '../run/net.js';
import { startProcess, type ManagedProcess } from '../run/processes.js';
import { answersPing, findOnPath } from '../run/redis.js';

export interface PrivateService {
  url: string;
  start(): Promise<void>;
  /** SIGTERM (a clean stop) or SIGKILL (a crash). */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  remove(): Promise<void>;
}

export async function privateRedis(): Promise<PrivateService> {
  const binary = findOnPath('redis-server', process.env.PATH);
  if (!binary) throw new Error('the fault tests need redis-server on PATH');
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'auscult-fault-redis-'));
  let server: ManagedProcess | null = null;
  const service: PrivateService = {
    url: `redis://127.0.0.1:${port}`,
    start: async () => {
      server = startProcess(
        'redis',
        binary,
        [
          '--port',
          String(port),
          '--bind',
          '127.0.0.1',
          '--dir',
          dir,
          '--save',
          '',
          '--appendonly',
          'yes',
          '--appendfsync',
          'always',
          '--maxmemory-policy',
          'noeviction',
        ],
        { onLine: () => undefined },
      );
      await waitUntil(
        'the fault-test redis-server to answer',
        15_000,
        async () => ((await answersPing('127.0.0.1', port)) ? true : null),
        50,
      );
    },
    stop: async (signal = 'SIGTERM') => {
      if (!server) return;
      server.child.kill(signal);
      await server.exited;
      server = null;
    },
    remove: async () => {
      await service.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await service.start();
  return service;
}

const PG_BIN = process.env.AUSCULT_PG_BIN ?? '/usr/lib/postgresql/15/bin';

/** initdb refuses to run as root: the cluster then belongs to the `postgres` user. */
function asPostgresUser(command: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

export function canStartPostgres(): boolean {
  return existsSync(path.join(PG_BIN, 'initdb'));
}

export async function privatePostgres(): Promise<PrivateService> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'auscult-fault-pg-'));
  const data = path.join(dir, 'data');
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, uid);
  }
  const run = (args: string[]) => {
    const [cmd, a] = asPostgresUser(path.join(PG_BIN, 'pg_ctl'), args);
    execFileSync(cmd, a, { stdio: 'ignore' });
  };
  const [initdb, initArgs] = asPostgresUser(path.join(PG_BIN, 'initdb'), [
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '--no-sync',
  ]);
  execFileSync(initdb, initArgs, { stdio: 'ignore' });
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`;
  const service: PrivateService = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start: async () => {
      run(['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', 'start']);
    },
    stop: async (signal = 'SIGTERM') => {
      run(['-D', data, '-m', signal === 'SIGKILL' ? 'immediate' : 'fast', '-w', 'stop']);
    },
    remove: async () => {
      await service.stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await service.start();
  return service;
}
