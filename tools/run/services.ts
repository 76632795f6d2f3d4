// Resolves PostgreSQL and Redis and registers their shutdown, for the run and test commands.
import path from 'node:path';
import type { Logger } from './log.js';
import { resolvePostgres, type ResolvedPostgres } from './postgres.js';
import type { Cleanup } from './processes.js';
import { resolveRedis, type ResolvedRedis } from './redis.js';

export interface Services {
  postgres: ResolvedPostgres;
  redis: ResolvedRedis;
}

export interface ServiceOptions {
  env?: NodeJS.ProcessEnv;
  pgliteDataDir?: string;
  /** Database to use on a local server (default `auscult`). */
  database?: string;
}

export async function redisService(
  log: Logger,
  cleanup: Cleanup,
  options: ServiceOptions = {},
): Promise<ResolvedRedis> {
  const redis = await resolveRedis({ env: options.env, log });
  if (redis.source === 'private') cleanup.add('stop the private redis-server', () => redis.stop());
  return redis;
}

export async function postgresService(
  root: string,
  log: Logger,
  cleanup: Cleanup,
  options: ServiceOptions = {},
): Promise<ResolvedPostgres> {
  const postgres = await resolvePostgres({
    env: options.env,
    log,
    database: options.database,
    pgliteDataDir: options.pgliteDataDir ?? path.join(root, '.data/pglite'),
  });
  if (postgres.source === 'pglite') cleanup.add('stop PGlite', () => postgres.stop());
  return postgres;
}

export async function resolveServices(
  root: string,
  log: Logger,
  cleanup: Cleanup,
  options: ServiceOptions = {},
): Promise<Services> {
  // Redis first: it is quick, and it is the one that can end the run with "install Redis".
  const redis = await redisService(log, cleanup, options);
  const postgres = await postgresService(root, log, cleanup, options);
  return { postgres, redis };
}
