import { z } from 'zod';

// Booleans from the environment: only explicit words count, so a typo is an error rather than "false".
const envBoolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => ['true', '1', 'yes'].includes(v));

const DEMO_JWT_SECRET = 'auscult-demo-secret-not-for-production';

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }),
    DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// URL' }),
    AUSCULT_REDIS_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only')
      .default('auscult'),
    AUSCULT_DEMO: envBoolean.optional(),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    JWT_TTL_SECONDS: z.coerce
      .number()
      .int()
      .min(60)
      .max(86_400)
      .default(8 * 3600),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DASHBOARD_DIST: z.string().optional(),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(200).default(10),
    INGEST_BATCH_SIZE: z.coerce.number().int().min(1).max(1000).default(200),
    INGEST_BACKOFF_MS: z.coerce.number().int().min(10).max(600_000).default(1000),
    INGEST_MAX_BACKLOG: z.coerce.number().int().min(100).max(10_000_000).default(100_000),
    METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
    WORKER_OPS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.AUSCULT_DEMO) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUSCULT_DEMO'],
        message: 'demo mode is refused with NODE_ENV=production',
      });
    }
    if (env.NODE_ENV === 'production' && !env.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required with NODE_ENV=production' });
    }
  });

export interface AuscultConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  databaseUrl: string;
  dbPoolSize: number;
  redisUrl: string;
  /** Prefix of every Redis key Auscult writes (BullMQ queues, socket.io streams), so runs and tenants never collide. */
  redisPrefix: string;
  isDemo: boolean;
  jwtSecret: string;
  jwtTtlSeconds: number;
  logLevel: string;
  dashboardDist: string | null;
  workerConcurrency: number;
  /** Ingest jobs a worker stores in one transaction (multi-row insert); 1 = one item per transaction. */
  ingestBatchSize: number;
  /** First retry delay of an ingest job (doubling over 10 attempts: ~1 s … ~4 min with the default). */
  ingestBackoffMs: number;
  /** Waiting ingest jobs above which the API answers 503 + Retry-After instead of queueing without bound. */
  ingestMaxBacklog: number;
  /** Static bearer token for Prometheus scrapes of /metrics (admins' own tokens work too). */
  metricsToken: string | null;
  /** The worker's small HTTP server for /health/live, /health/ready and /metrics; 0 = off. */
  workerOpsPort: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Auscult cannot start: the configuration is invalid.\n${problems.map((p) => `  - ${p}`).join('\n')}\nSet these in the environment (see README, "Configuration").`,
    );
    this.name = 'ConfigError';
  }
}

/** Validates the environment once, at start-up, into the typed config shared by the API and the worker. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AuscultConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const key = i.path.join('.');
        const value = env[key];
        return `${key}: ${i.message}${value === undefined ? ' (not set)' : ` (got "${key.includes('SECRET') || key.includes('URL') ? '***' : value}")`}`;
      }),
    );
  }
  const e = parsed.data;
  const isDemo = e.AUSCULT_DEMO ?? e.NODE_ENV !== 'production';
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dbPoolSize: e.DB_POOL_SIZE,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.AUSCULT_REDIS_PREFIX,
    isDemo,
    jwtSecret: e.JWT_SECRET ?? DEMO_JWT_SECRET,
    jwtTtlSeconds: e.JWT_TTL_SECONDS,
    logLevel: e.LOG_LEVEL,
    dashboardDist: e.DASHBOARD_DIST ?? null,
    workerConcurrency: e.WORKER_CONCURRENCY,
    ingestBatchSize: e.INGEST_BATCH_SIZE,
    ingestBackoffMs: e.INGEST_BACKOFF_MS,
    ingestMaxBacklog: e.INGEST_MAX_BACKLOG,
    metricsToken: e.METRICS_TOKEN ?? null,
    workerOpsPort: e.WORKER_OPS_PORT,
  };
}

/** For an app's main: the config, or a clear message on stderr and exit code 2 (no stack trace). */
export function loadConfigOrExit(): AuscultConfig {
  try {
    return loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(2);
    }
    throw e;
  }
}
