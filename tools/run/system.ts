// Starts Auscult on resolved services: migrations, demo seed, then the API and the worker as
// child processes, and waits until the API's health endpoint says it is ready. Shared by
// `npm start` and the browser tests.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from './log.js';
import { seconds } from './log.js';
import { isPortFree, waitUntil } from './net.js';
import type { ResolvedPostgres } from './postgres.js';
import { startProcess, type Cleanup, type ManagedProcess } from './processes.js';
import type { ResolvedRedis } from './redis.js';
import { runStep } from './steps.js';

export interface SystemOptions {
  root: string;
  port: number;
  postgres: ResolvedPostgres;
  redis: ResolvedRedis;
  demo: boolean;
  log: Logger;
  cleanup: Cleanup;
  /** Extra environment for every child, e.g. AUSCULT_REDIS_PREFIX in tests. */
  env?: NodeJS.ProcessEnv;
  /** Called when the API or the worker exits while the system is meant to be up. */
  onAppExit: (name: string, code: number | string) => void;
}

export interface RunningSystem {
  url: string;
  apps: ManagedProcess[];
}

export function appEnv(options: SystemOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    PORT: String(options.port),
    DATABASE_URL: options.postgres.url,
    REDIS_URL: options.redis.url,
    AUSCULT_DEMO: String(options.demo),
    DASHBOARD_DIST: path.join(options.root, 'apps/dashboard/dist'),
  };
  // PGlite serves at most 10 connections in all; the API's and the worker's pools must fit in them.
  if (options.postgres.source === 'pglite' && !env.DB_POOL_SIZE) env.DB_POOL_SIZE = '4';
  return env;
}

function requireBuilt(root: string, file: string): string {
  const full = path.join(root, file);
  if (!existsSync(full)) {
    throw new Error(
      `${file} does not exist after the build. Check that its project has a "build" script and run \`npx nx run-many -t build\`.`,
    );
  }
  return full;
}

async function prepareDatabase(options: SystemOptions, env: NodeJS.ProcessEnv): Promise<void> {
  const { root, log } = options;
  const migrate = await runStep(
    log,
    'migrations',
    process.execPath,
    [requireBuilt(root, 'libs/persistence/dist/cli/migrate.js')],
    { env, cwd: root },
  );
  if (!migrate.ok) throw new Error('The database migrations failed (output above).');
  if (!options.demo) return;
  const seed = await runStep(
    log,
    'demo data',
    process.execPath,
    [requireBuilt(root, 'libs/persistence/dist/cli/seed-demo.js')],
    { env, cwd: root },
  );
  if (!seed.ok) throw new Error('Seeding the demo data failed (output above).');
}

async function waitForHealth(url: string, apps: ManagedProcess[]): Promise<void> {
  let last = 'no answer yet';
  const exits = apps.map((app) => ({ app, code: null as number | string | null }));
  for (const e of exits) void e.app.exited.then((code) => (e.code = code));
  const poll = waitUntil(
    `${url}/api/health to answer 200`,
    120_000,
    async () => {
      const dead = exits.find((e) => e.code !== null);
      if (dead)
        throw new Error(
          `The ${dead.app.name} exited (${dead.code}) before the system was healthy; see its [${dead.app.name}] lines above.`,
        );
      try {
        const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
        last = `HTTP ${res.status}`;
        return res.ok ? true : null;
      } catch (error) {
        last = error instanceof Error ? error.message : String(error);
        return null;
      }
    },
    300,
  );
  await poll.catch((error: unknown) => {
    throw new Error(`${error instanceof Error ? error.message : String(error)} Last answer: ${last}.`);
  });
}

export async function startSystem(options: SystemOptions): Promise<RunningSystem> {
  const { root, log, cleanup } = options;
  // Otherwise another process's /api/health could answer for an API of ours that failed to bind.
  if (!(await isPortFree(options.port))) {
    throw new Error(
      `Port ${options.port} is already in use (another Auscult?). Stop that process or choose another port: PORT=3001 npm start`,
    );
  }
  const env = appEnv(options);
  await prepareDatabase(options, env);

  const started = Date.now();
  // Check both builds before starting either, so a missing one does not leave the other running.
  const entries = [
    { name: 'api', file: requireBuilt(root, 'apps/api/dist/main.js') },
    { name: 'worker', file: requireBuilt(root, 'apps/worker/dist/main.js') },
  ];
  const apps = entries.map(({ name, file }) => {
    const app = startProcess(name, process.execPath, [file], { env, cwd: root });
    void app.exited.then((code) => options.onAppExit(name, code));
    return app;
  });
  // Together: each may need its whole grace period when a service is gone.
  const pids = apps.map((a) => `${a.name} ${a.child.pid}`).join(', ');
  cleanup.add(`stop the apps (${pids})`, () => Promise.all(apps.map((a) => a.stop())).then(() => undefined));
  const url = `http://localhost:${options.port}`;
  log(`waiting for ${url}/api/health …`);
  await waitForHealth(url, apps);
  log(`healthy after ${seconds(started)}`);
  return { url, apps };
}
