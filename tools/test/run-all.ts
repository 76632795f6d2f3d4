// `npm test`: lint, type-check, Jest (every project, real PostgreSQL and Redis) and the browser
// tests, in one isolated run, ending with the single line CI reads: `N passed, N failed[, N skipped]`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { colour, makeLogger, seconds } from '../run/log.js';
import { Cleanup } from '../run/processes.js';
import { resolveServices, type Services } from '../run/services.js';
import { binScript, nxArgs, runStep, stopRunningSteps, type StepResult } from '../run/steps.js';
import { deleteRedisKeys, dropTestDatabases, newRunId, testRedisPrefix } from './isolation.js';
import { add, emptyTally, readJestReport, readPlaywrightReport, summaryLine, type Tally } from './reports.js';

const root = path.resolve(import.meta.dirname, '../..');
const log = makeLogger('test');
const cleanup = new Cleanup();
const runId = newRunId();
const workDir = mkdtempSync(path.join(tmpdir(), `auscult-test-${runId}-`));
const STEPS = 5;

let tally = emptyTally();
let anyRunnerFailed = false;

/** Adds a runner's counts; a runner that failed without a failing test still counts one failure. */
function record(title: string, step: StepResult, counts: Tally | null): void {
  if (!counts) {
    log(colour.red(`${title}: no report was written, counted as one failure (see its output above)`));
    tally = add(tally, { passed: 0, failed: 1, skipped: 0 });
    anyRunnerFailed = true;
    return;
  }
  if (!step.ok && counts.failed === 0) counts = { ...counts, failed: 1 };
  if (!step.ok) anyRunnerFailed = true;
  log(`${title}: ${summaryLine(counts)}`);
  tally = add(tally, counts);
}

const oneTest = (step: StepResult): Tally =>
  step.ok ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };

function testEnv(services: Services): NodeJS.ProcessEnv {
  return {
    ...process.env,
    AUSCULT_TEST_RUN_ID: runId,
    AUSCULT_TEST_PG_URL: services.postgres.adminUrl,
    AUSCULT_TEST_REDIS_URL: services.redis.url,
    AUSCULT_TEST_REPORT_DIR: workDir,
  };
}

/** On PGlite every database name reaches the same database: the browser tests then start their own PGlite. */
function e2eEnv(services: Services, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  if (services.postgres.hasSeparateDatabases) return env;
  const { AUSCULT_TEST_PG_URL: _shared, ...rest } = env;
  return rest;
}

async function runAll(services: Services): Promise<void> {
  const env = testEnv(services);
  const nx = (target: string): [string, string[]] =>
    nxArgs(root, 'run-many', '-t', target, '--output-style=static');

  const lint = await runStep(log, `[1/${STEPS}] lint`, ...nx('lint'), { cwd: root });
  record('lint', lint, oneTest(lint));
  const format = await runStep(
    log,
    `[1/${STEPS}] format`,
    process.execPath,
    [binScript(root, 'prettier'), '--check', '.'],
    {
      cwd: root,
    },
  );
  record('format', format, oneTest(format));

  const typecheck = await runStep(log, `[2/${STEPS}] type-check`, ...nx('typecheck'), { cwd: root });
  record('type-check', typecheck, oneTest(typecheck));

  const jestReport = path.join(workDir, 'jest.json');
  const jestArgs = [binScript(root, 'jest'), '--json', `--outputFile=${jestReport}`];
  // A leaked handle (e.g. a client library's reconnect timer) must not hang the run; find leaks with --detectOpenHandles.
  jestArgs.push('--forceExit');
  if (process.env.CI === 'true') jestArgs.push('--ci');
  const jest = await runStep(log, `[3/${STEPS}] jest`, process.execPath, jestArgs, {
    cwd: root,
    stream: true,
    env: { ...env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim() },
  });
  record('jest', jest, readJestReport(jestReport));

  const e2e = await runStep(
    log,
    `[4/${STEPS}] browser tests`,
    process.execPath,
    ['--import', 'tsx', path.join(root, 'tools/test/run-e2e.ts')],
    { cwd: root, stream: true, env: e2eEnv(services, env) },
  );
  record('browser tests', e2e, readPlaywrightReport(path.join(workDir, 'playwright.json')));

  // Real processes killed and restarted on private Redis and PostgreSQL: needs the built apps.
  const build = await runStep(
    log,
    `[5/${STEPS}] build for the fault tests`,
    ...nxArgs(
      root,
      'run-many',
      '-t',
      'build',
      '--projects=@auscult/api,@auscult/worker,@auscult/persistence',
    ),
    { cwd: root },
  );
  const faultsReport = path.join(workDir, 'faults.json');
  const faults = build.ok
    ? await runStep(
        log,
        `[5/${STEPS}] fault tests`,
        process.execPath,
        [
          binScript(root, 'jest'),
          '--config',
          'tools/faults/jest.config.mjs',
          '--runInBand',
          '--json',
          `--outputFile=${faultsReport}`,
          '--forceExit',
        ],
        {
          cwd: root,
          stream: true,
          env: { ...env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim() },
        },
      )
    : build;
  record('fault tests', faults, readJestReport(faultsReport));
}

async function removeTestData(services: Services): Promise<void> {
  try {
    const dropped = await dropTestDatabases(services.postgres.adminUrl, runId);
    log(`dropped ${dropped.length} test databases auscult_test_${runId}*`);
    const deleted = await deleteRedisKeys(services.redis.url, testRedisPrefix(runId));
    log(`deleted ${deleted} Redis keys ${testRedisPrefix(runId)}*`);
  } catch (error) {
    log(
      colour.yellow(
        `could not remove this run's test data: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  log(`run ${runId}`);
  let services: Services | null = null;
  try {
    services = await resolveServices(root, log, cleanup, {
      // Tests create their own databases from the admin one; the app's `auscult` database is not theirs.
      database: 'postgres',
      pgliteDataDir: path.join(workDir, 'pglite'),
    });
    if (!services.postgres.hasSeparateDatabases) {
      log(
        colour.yellow(
          'No PostgreSQL server found: integration tests run on PGlite, which serves one database for every name, so they share it. For isolated runs (as in CI) install PostgreSQL or set DATABASE_URL.',
        ),
      );
    }
    await runAll(services);
  } catch (error) {
    console.error(
      colour.red(`The test run stopped: ${error instanceof Error ? error.message : String(error)}`),
    );
    tally = add(tally, { passed: 0, failed: 1, skipped: 0 });
    anyRunnerFailed = true;
  } finally {
    if (services) await removeTestData(services);
    await cleanup.runAll(log);
    rmSync(workDir, { recursive: true, force: true });
  }
  log(`finished in ${seconds(started)}`);
  console.log(summaryLine(tally));
  return anyRunnerFailed || tally.failed > 0 ? 1 : 0;
}

let interrupted = false;
const interrupt = (code: number): void => {
  if (interrupted) return;
  interrupted = true;
  void stopRunningSteps()
    .then(() => cleanup.runAll(log))
    .finally(() => process.exit(code));
};
process.once('SIGINT', () => interrupt(130));
process.once('SIGTERM', () => interrupt(143));

void main().then((code) => process.exit(code));
