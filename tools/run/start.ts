// `npm start`: the one command that brings up a working Auscult on a fresh machine — finds or
// starts PostgreSQL and Redis, builds, migrates, seeds the demo, runs the API and the worker.
import path from 'node:path';
import { colour, makeLogger, seconds } from './log.js';
import { Cleanup, onLauncherGone } from './processes.js';
import { postgresService, redisService } from './services.js';
import { nxArgs, runStep, stopRunningSteps } from './steps.js';
import { startSystem } from './system.js';

const root = path.resolve(import.meta.dirname, '../..');
const log = makeLogger('auscult');
const cleanup = new Cleanup();
let stopping = false;

const DEMO_USERS = [
  'px@auscult.local',
  'nurse.4b@auscult.local',
  'charge.4b@auscult.local',
  'nurse.icu@auscult.local',
  'exec@auscult.local',
  'admin@auscult.local',
];

async function shutdown(code: number, reason: string): Promise<never> {
  if (!stopping) {
    stopping = true;
    log(`${reason}; stopping everything this command started …`);
    await stopRunningSteps();
    await cleanup.runAll(log);
  }
  process.exit(code);
}

function printBanner(url: string, demo: boolean): void {
  const lines = ['', colour.bold(colour.green(`Auscult is running at ${url}`))];
  if (demo) {
    lines.push(
      `  Demo users (password ${colour.bold('auscult-demo')}):`,
      ...DEMO_USERS.map((u) => `    ${u}`),
      `  Ingest key: ${colour.bold('demo-ingest-key')}  (header x-api-key on POST ${url}/api/v1/ingest)`,
      `  Stream demo feedback in another terminal: ${colour.bold('npm run demo')}`,
    );
  }
  lines.push('  Stop with Ctrl+C.', '');
  console.log(lines.join('\n'));
}

async function main(): Promise<void> {
  const started = Date.now();
  process.once('SIGINT', () => void shutdown(130, 'SIGINT received'));
  process.once('SIGTERM', () => void shutdown(143, 'SIGTERM received'));
  onLauncherGone(() => void shutdown(143, 'the npm process that started this command is gone'));

  // The same words the apps' config accepts; demo mode is never the default in production.
  const demoSetting = process.env.AUSCULT_DEMO;
  const demo = demoSetting
    ? ['true', '1', 'yes'].includes(demoSetting)
    : process.env.NODE_ENV !== 'production';
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`PORT must be a port number, got "${process.env.PORT}".`);

  // Redis first and alone: it answers in a moment, and without it there is no point in building.
  const redis = await redisService(log, cleanup);
  // Building and starting PostgreSQL are independent; overlap them to hide the PGlite start-up.
  // allSettled, not all: a failure of one must not leave the other running unwatched.
  const [build, postgres] = await Promise.allSettled([
    runStep(log, 'build (nx, cached)', ...nxArgs(root, 'run-many', '-t', 'build', '--output-style=static'), {
      cwd: root,
    }),
    postgresService(root, log, cleanup),
  ]);
  if (postgres.status === 'rejected') throw postgres.reason;
  if (build.status === 'rejected' || !build.value.ok) {
    throw new Error(
      'The build failed (output above). Fix it, or run `npx nx run-many -t build` to see it alone.',
    );
  }

  // A service we started that dies takes the system with it: stop cleanly rather than limp on.
  const watch = (what: string, exited: Promise<number | string> | undefined): void => {
    void exited?.then((code) => {
      if (!stopping) void shutdown(1, `${what} exited (${code})`);
    });
  };
  watch('the private redis-server', redis.exited);
  watch('PGlite', postgres.value.exited);

  const system = await startSystem({
    root,
    port,
    demo,
    log,
    cleanup,
    redis,
    postgres: postgres.value,
    onAppExit: (name, code) => {
      if (!stopping) void shutdown(1, `the ${name} exited (${code})`);
    },
  });
  log(`ready in ${seconds(started)}`);
  printBanner(system.url, demo);
}

main().catch(async (error: unknown) => {
  console.error(colour.red(`\n${error instanceof Error ? error.message : String(error)}\n`));
  await shutdown(1, 'start-up failed');
});
