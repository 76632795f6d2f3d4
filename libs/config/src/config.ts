import { z } from 'zod';
import {
  PUSH_CONNECTOR_ENV,
  pushConnectorsConfig,
  type PushConnectorsConfig,
} from './push-connectors.config.js';
import {
  PULL_CONNECTOR_ENV,
  pullConnectorsConfig,
  pullConnectorsIssues,
  type PullConnectorsConfig,
} from './pull-connectors.config.js';

// Booleans from the environment: only explicit words count, so a typo is an error rather than "false".
const envBoolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => ['true', '1', 'yes'].includes(v));

const DEMO_JWT_SECRET = 'auscult-demo-secret-not-for-production';
/** Demo mode's data key: public, like the demo JWT secret, so demo data is never real data. */
const DEMO_DATA_KEY = { id: 'demo', base64: Buffer.alloc(32, 'auscult-demo-data-key').toString('base64') };

/** `kid1:base64key,kid2:base64key`: every key that may have encrypted a stored row, each 32 bytes. */
const dataKeysSchema = z.string().transform((spec, ctx) => {
  const keys: Record<string, string> = {};
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [id, key] = part.split(/:(.*)/s);
    if (!id || !/^[A-Za-z0-9_-]+$/.test(id) || !key || Buffer.from(key, 'base64').length !== 32) {
      ctx.addIssue({
        code: 'custom',
        message: 'each entry must be <id>:<base64 of 32 bytes> (ids: letters, digits, - and _)',
      });
      return z.NEVER;
    }
    keys[id] = key;
  }
  return keys;
});

/** `IdPValue=role,…`: which value of the role claim gives which Auscult role (roles are checked by the API). */
const roleMapSchema = z.string().transform((spec, ctx) => {
  const map: Record<string, string> = {};
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [claim, role] = part.split(/=(.*)/s).map((x) => x?.trim());
    if (!claim || !role || !/^[a-z_]+$/.test(role)) {
      ctx.addIssue({ code: 'custom', message: 'each entry must be <claim value>=<auscult role>' });
      return z.NEVER;
    }
    map[claim] = role;
  }
  return map;
});

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
    JWT_TTL_SECONDS: z.coerce.number().int().min(5).max(3600).default(600),
    SESSION_IDLE_SECONDS: z.coerce.number().int().min(2).max(86_400).default(900),
    SESSION_MAX_SECONDS: z.coerce
      .number()
      .int()
      .min(300)
      .max(7 * 86_400)
      .default(12 * 3600),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(2).max(100).default(5),
    LOGIN_IP_MAX_FAILURES: z.coerce.number().int().min(2).max(10_000).default(30),
    LOGIN_LOCKOUT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
    RATE_LIMIT_LOGIN_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
    RATE_LIMIT_INGEST_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(600),
    RATE_LIMIT_PUBLIC_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(20),
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((v) =>
        v
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(z.url({ protocol: /^https?$/, error: 'must be a comma-separated list of http(s) origins' })),
      ),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DASHBOARD_DIST: z.string().optional(),
    WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(200).default(10),
    ...PUSH_CONNECTOR_ENV,
    ...PULL_CONNECTOR_ENV,
    AUSCULT_DATA_KEYS: dataKeysSchema.optional(),
    AUSCULT_ACTIVE_KEY_ID: z.string().optional(),
    INGEST_BATCH_SIZE: z.coerce.number().int().min(1).max(1000).default(200),
    INGEST_BACKOFF_MS: z.coerce.number().int().min(10).max(600_000).default(1000),
    INGEST_MAX_BACKLOG: z.coerce.number().int().min(100).max(10_000_000).default(100_000),
    METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
    WORKER_OPS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
    OIDC_ISSUER_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    OIDC_REDIRECT_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    OIDC_DASHBOARD_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    OIDC_SCOPES: z.string().default('openid email profile'),
    OIDC_ROLE_CLAIM: z.string().min(1).default('roles'),
    OIDC_UNITS_CLAIM: z.string().min(1).default('units'),
    OIDC_ROLE_MAP: roleMapSchema.optional(),
  })
  .superRefine((env, ctx) => {
    if (env.OIDC_ISSUER_URL || env.OIDC_CLIENT_ID || env.OIDC_REDIRECT_URL) {
      for (const key of ['OIDC_ISSUER_URL', 'OIDC_CLIENT_ID', 'OIDC_REDIRECT_URL', 'OIDC_ROLE_MAP'] as const)
        if (!env[key] || (key === 'OIDC_ROLE_MAP' && Object.keys(env[key]).length === 0))
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: 'is required when single sign-on is configured',
          });
      if (env.NODE_ENV === 'production' && env.OIDC_ISSUER_URL?.startsWith('http:'))
        ctx.addIssue({
          code: 'custom',
          path: ['OIDC_ISSUER_URL'],
          message: 'must be https with NODE_ENV=production',
        });
    }
    for (const issue of pullConnectorsIssues(env))
      ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
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
    const demo = env.AUSCULT_DEMO ?? env.NODE_ENV !== 'production';
    if (!demo && !env.AUSCULT_DATA_KEYS) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUSCULT_DATA_KEYS'],
        message: 'is required outside demo mode (keys that encrypt original texts at rest)',
      });
    }
    if (env.AUSCULT_DATA_KEYS && !((env.AUSCULT_ACTIVE_KEY_ID ?? '') in env.AUSCULT_DATA_KEYS)) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUSCULT_ACTIVE_KEY_ID'],
        message: 'must name one of the ids in AUSCULT_DATA_KEYS',
      });
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
  /** Access-token lifetime; short, because a stolen access token cannot be revoked before it expires. */
  jwtTtlSeconds: number;
  /** A session unused this long is logged off (server-side: its refresh token stops working). */
  sessionIdleSeconds: number;
  /** A session ends this long after login, however active. */
  sessionMaxSeconds: number;
  loginLockout: { maxFailures: number; ipMaxFailures: number; lockoutSeconds: number };
  rateLimits: { loginPerMinute: number; ingestPerMinute: number; publicPerMinute: number };
  /** Origins allowed to call the API from a browser (CORS); empty = same origin only. */
  corsOrigins: string[];
  logLevel: string;
  dashboardDist: string | null;
  workerConcurrency: number;
  /** Webhook secrets, comment cards, raw-payload retention (push-connectors.config.ts). */
  pushConnectors: PushConnectorsConfig;
  /** Pollers: a source is null when it is not configured (pull-connectors.config.ts). */
  pullConnectors: PullConnectorsConfig;
  /** Data keys (base64, 32 bytes) by id, and the one new rows are encrypted with. */
  dataKeys: { keys: Record<string, string>; activeKeyId: string; isDemoKey: boolean };
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
  /** Hospital single sign-on (OpenID Connect, code + PKCE); null = off. */
  oidc: OidcConfig | null;
}

export interface OidcConfig {
  issuerUrl: string;
  clientId: string;
  /** Null for a public client (PKCE only). */
  clientSecret: string | null;
  /** This API's callback, exactly as registered at the identity provider. */
  redirectUrl: string;
  /** Where the browser goes after the callback (the dashboard); default: the callback's origin. */
  dashboardUrl: string;
  scopes: string;
  roleClaim: string;
  unitsClaim: string;
  /** Claim value → Auscult role. */
  roleMap: Record<string, string>;
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
        return `${key}: ${i.message}${value === undefined ? ' (not set)' : ` (got "${/SECRET|TOKEN|KEY|URL/.test(key) ? '***' : value}")`}`;
      }),
    );
  }
  const e = parsed.data;
  const isDemo = e.AUSCULT_DEMO ?? e.NODE_ENV !== 'production';
  const jwtSecret = e.JWT_SECRET ?? DEMO_JWT_SECRET;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dbPoolSize: e.DB_POOL_SIZE,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.AUSCULT_REDIS_PREFIX,
    isDemo,
    jwtSecret,
    jwtTtlSeconds: e.JWT_TTL_SECONDS,
    sessionIdleSeconds: e.SESSION_IDLE_SECONDS,
    sessionMaxSeconds: e.SESSION_MAX_SECONDS,
    loginLockout: {
      maxFailures: e.LOGIN_MAX_FAILURES,
      ipMaxFailures: e.LOGIN_IP_MAX_FAILURES,
      lockoutSeconds: e.LOGIN_LOCKOUT_SECONDS,
    },
    rateLimits: {
      loginPerMinute: e.RATE_LIMIT_LOGIN_PER_MINUTE,
      ingestPerMinute: e.RATE_LIMIT_INGEST_PER_MINUTE,
      publicPerMinute: e.RATE_LIMIT_PUBLIC_PER_MINUTE,
    },
    corsOrigins: e.CORS_ORIGINS.map((o) => new URL(o).origin),
    logLevel: e.LOG_LEVEL,
    dashboardDist: e.DASHBOARD_DIST ?? null,
    workerConcurrency: e.WORKER_CONCURRENCY,
    pushConnectors: pushConnectorsConfig(e, jwtSecret),
    pullConnectors: pullConnectorsConfig(e),
    dataKeys: e.AUSCULT_DATA_KEYS
      ? { keys: e.AUSCULT_DATA_KEYS, activeKeyId: e.AUSCULT_ACTIVE_KEY_ID ?? '', isDemoKey: false }
      : {
          keys: { [DEMO_DATA_KEY.id]: DEMO_DATA_KEY.base64 },
          activeKeyId: DEMO_DATA_KEY.id,
          isDemoKey: true,
        },
    ingestBatchSize: e.INGEST_BATCH_SIZE,
    ingestBackoffMs: e.INGEST_BACKOFF_MS,
    ingestMaxBacklog: e.INGEST_MAX_BACKLOG,
    metricsToken: e.METRICS_TOKEN ?? null,
    workerOpsPort: e.WORKER_OPS_PORT,
    oidc:
      e.OIDC_ISSUER_URL && e.OIDC_CLIENT_ID && e.OIDC_REDIRECT_URL && e.OIDC_ROLE_MAP
        ? {
            issuerUrl: e.OIDC_ISSUER_URL,
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET ?? null,
            redirectUrl: e.OIDC_REDIRECT_URL,
            dashboardUrl: e.OIDC_DASHBOARD_URL ?? new URL('/', e.OIDC_REDIRECT_URL).href,
            scopes: e.OIDC_SCOPES,
            roleClaim: e.OIDC_ROLE_CLAIM,
            unitsClaim: e.OIDC_UNITS_CLAIM,
            roleMap: e.OIDC_ROLE_MAP,
          }
        : null,
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
