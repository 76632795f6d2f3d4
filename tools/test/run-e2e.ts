// `npm run test:e2e`: the browser tests against a real system on a fresh database and Redis prefix.
// Starts Auscult like `npm start` (reusing tools/run), runs Playwright, stops and removes what it made.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { colour, makeLogger } from '../run/log.js';
import { freePort } from '../run/net.js';
import { resolvePostgres, withClient, withDatabase, type ResolvedPostgres } from '../run/postgres.js';
import { Cleanup } from '../run/processes.js';
import { resolveRedis } from '../run/redis.js';
import { binScript, nxArgs, runStep, stopRunningSteps } from '../run/steps.js';
import { startSystem } from '../run/system.js';
import { deleteRedisKeys, newRunId, testRedisPrefix } from './isolation.js';
import { readPlaywrightReport, summaryLine } from './reports.js';

const root = path.resolve(import.meta.dirname, '../..');
const log = makeLogger('e2e');
const cleanup = new Cleanup();
const env = process.env;
const runId = env.AUSCULT_TEST_RUN_ID ?? newRunId();
const underRunAll = Boolean(env.AUSCULT_TEST_REPORT_DIR);
const workDir = mkdtempSync(path.join(tmpdir(), `auscult-e2e-${runId}-`));
const reportFile = path.join(env.AUSCULT_TEST_REPORT_DIR ?? workDir, 'playwright.json');
let stopping = false;

/** A server to create the e2e database on: the test admin URL, DATABASE_URL's server, local, or a fresh PGlite. */
async function freshDatabase(): Promise<ResolvedPostgres> {
  const adminFromEnv =
    env.AUSCULT_TEST_PG_URL ?? (env.DATABASE_URL ? withDatabase(env.DATABASE_URL, 'postgres') : undefined);
  const server = await resolvePostgres({
    env: { DATABASE_URL: adminFromEnv, AUSCULT_SKIP_LOCAL_PG: env.AUSCULT_SKIP_LOCAL_PG },
    log,
    database: 'postgres',
    pgliteDataDir: path.join(workDir, 'pglite'),
  });
  if (server.source === 'pglite') {
    // A PGlite in this run's own temporary directory is as fresh as a new database.
    cleanup.add('stop PGlite', () => server.stop());
    return server;
  }
  const name = `auscult_test_${runId}_e2e`;
  await withClient(server.adminUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name}`);
  });
  cleanup.add(`drop database ${name}`, () =>
    withClient(server.adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(
      () => undefined,
    ),
  );
  log(`fresh database ${name}`);
  return { ...server, url: withDatabase(server.adminUrl, name) };
}

async function prepare(): Promise<void> {
  const configFile = path.join(root, 'apps/dashboard/playwright.config.ts');
  if (!existsSync(configFile))
    throw new Error('apps/dashboard/playwright.config.ts is missing: there are no browser tests to run.');
  if (!existsSync('/usr/bin/chromium')) {
    throw new Error(
      'Chromium is not at /usr/bin/chromium. Install it with `apt-get install -y chromium` (Playwright cannot download its own here).',
    );
  }
}

async function main(): Promise<number> {
  await prepare();
  const redis = await resolveRedis({
    env: {
      REDIS_URL: env.AUSCULT_TEST_REDIS_URL ?? env.REDIS_URL,
      AUSCULT_SKIP_LOCAL_REDIS: env.AUSCULT_SKIP_LOCAL_REDIS,
      PATH: env.PATH,
    },
    log,
  });
  if (redis.source === 'private') cleanup.add('stop the private redis-server', () => redis.stop());
  const prefix = `${testRedisPrefix(runId)}-e2e`;
  cleanup.add(`delete Redis keys ${prefix}*`, () => deleteRedisKeys(redis.url, prefix).then(() => undefined));

  // allSettled, not all: a failure of one must not leave the other running unwatched.
  const [build, database] = await Promise.allSettled([
    runStep(log, 'build (nx, cached)', ...nxArgs(root, 'run-many', '-t', 'build', '--output-style=static'), {
      cwd: root,
    }),
    freshDatabase(),
  ]);
  if (database.status === 'rejected') throw database.reason;
  if (build.status === 'rejected' || !build.value.ok) {
    throw new Error('The build failed (output above); the browser tests need the built apps.');
  }
  const postgres = database.value;

  const port = await freePort();
  const system = await startSystem({
    root,
    port,
    postgres,
    redis,
    demo: true,
    log,
    cleanup,
    env: { AUSCULT_REDIS_PREFIX: prefix, NODE_ENV: 'test' },
    onAppExit: (name, code) => {
      if (!stopping) log(colour.red(`the ${name} exited (${code}) during the browser tests`));
    },
  });

  rmSync(reportFile, { force: true });
  const playwright = await runStep(
    log,
    'playwright',
    process.execPath,
    [
      binScript(root, '@playwright/test', 'playwright'),
      'test',
      '-c',
      'apps/dashboard/playwright.config.ts',
      // `npm run test:e2e -- <file>`: only those tests.
      ...process.argv.slice(2),
    ],
    {
      cwd: root,
      stream: true,
      env: {
        ...env,
        AUSCULT_URL: system.url,
        // The 10,000-row inbox test seeds by SQL: the pipeline would take minutes on a shared machine.
        AUSCULT_E2E_DATABASE_URL: postgres.url,
        PLAYWRIGHT_JSON_OUTPUT_NAME: reportFile,
      },
    },
  );
  return playwright.ok ? 0 : 1;
}

async function finish(code: number): Promise<never> {
  stopping = true;
  await stopRunningSteps();
  await cleanup.runAll(log);
  const report = readPlaywrightReport(reportFile);
  rmSync(workDir, { recursive: true, force: true });
  if (!underRunAll)
    console.log(report ? summaryLine(report) : summaryLine({ passed: 0, failed: 1, skipped: 0 }));
  process.exit(code);
}

process.once('SIGINT', () => void finish(130));
process.once('SIGTERM', () => void finish(143));

main().then(finish, async (error: unknown) => {
  console.error(
    colour.red(`The browser tests could not run: ${error instanceof Error ? error.message : String(error)}`),
  );
  await finish(1);
});
