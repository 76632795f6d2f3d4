// `npm run scale-demo [-- --quick]`: Auscult on 2 API nodes and 1 then 2 workers, sharing one private
// Redis and one throwaway PostgreSQL database. Items go in through API 1 and are watched on a
// dashboard socket connected to API 2; prints the ingest → screen throughput with 1 and 2 workers,
// then SIGKILLs a worker mid-run and checks that every accepted item is stored exactly once.
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestSender } from '../bench/auscult-chain.js';
import { startBenchServices } from '../bench/bench-services.js';
import { measureE2e, type Chain } from '../bench/e2e.js';
import { makeLogger } from '../run/log.js';
import { freePort } from '../run/net.js';
import { Cleanup } from '../run/processes.js';
import { nxArgs, runStep } from '../run/steps.js';
import { appEnv, login, startApp, storedCounts, waitHealthy, type AppProcess } from '../faults/system.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const log = makeLogger('scale');
const total = process.argv.includes('--quick') ? 3_000 : 15_000;

async function main(): Promise<void> {
  const cleanup = new Cleanup();
  log(
    `machine: ${cpus().length} cores, 1-minute load ${loadavg()[0].toFixed(1)} (shared machine: compare the ratio)`,
  );
  const build = await runStep(
    log,
    'build',
    ...nxArgs(
      root,
      'run-many',
      '-t',
      'build',
      '--projects=@auscult/api,@auscult/worker,@auscult/persistence',
    ),
    { cwd: root },
  );
  if (!build.ok) process.exit(1);
  const apps: AppProcess[] = [];
  try {
    const services = await startBenchServices(root, cleanup);
    const env1: NodeJS.ProcessEnv = {
      ...(await appEnv(services.databaseUrl, services.redisUrl, `scale${Date.now()}`)),
      INGEST_BACKOFF_MS: '1000',
      INGEST_MAX_BACKLOG: '10000000',
    };
    const env2 = { ...env1, PORT: String(await freePort()) };
    const url1 = `http://127.0.0.1:${env1.PORT}`;
    const url2 = `http://127.0.0.1:${env2.PORT}`;
    apps.push(startApp('api', env1), startApp('api', env2), startApp('worker', env1));
    await Promise.all([waitHealthy(url1), waitHealthy(url2)]);
    const chain: Chain = {
      send: ingestSender(url1),
      socketUrl: `${url2}/live`,
      event: 'item.created',
      auth: { token: await login(url2) },
      keyOf: (e) => (e as { item: { externalId: string } }).item.externalId,
    };
    log(`2 API nodes (${url1}, ${url2}), 1 worker: ${total} items through API 1, watched on API 2 …`);
    const one = await measureE2e(chain, 1, { kind: 'max', total }, 300_000);
    log(
      `  1 worker:  ${one.itemsPerSecond} items/s, ${one.delivered}/${one.expected} delivered on API 2, p99 ${one.p99} ms`,
    );
    apps.push(startApp('worker', env1));
    await new Promise((r) => setTimeout(r, 3000));
    const two = await measureE2e(chain, 1, { kind: 'max', total }, 300_000);
    log(
      `  2 workers: ${two.itemsPerSecond} items/s, ${two.delivered}/${two.expected} delivered on API 2, p99 ${two.p99} ms`,
    );

    log('SIGKILL one worker mid-run …');
    const killAfter = setTimeout(() => apps[2]?.proc.child.kill('SIGKILL'), 1500);
    const third = await measureE2e(chain, 1, { kind: 'max', total: Math.round(total / 3) }, 300_000);
    clearTimeout(killAfter);
    const counts = await storedCounts(services.databaseUrl, 'bench');
    const duplicates = [...counts.values()].filter((n) => n !== 1).length;
    const expected = 2 * total + Math.round(total / 3);
    log(
      `  after the kill: ${third.delivered}/${third.expected} delivered; ${counts.size}/${expected} items stored, ${duplicates} stored more than once`,
    );
    console.log(
      `2 workers vs 1: ${(two.itemsPerSecond / one.itemsPerSecond).toFixed(2)}× (${two.itemsPerSecond} vs ${one.itemsPerSecond} items/s ingest → screen across 2 API nodes)`,
    );
    console.log(
      JSON.stringify({
        scale: 'auscult',
        oneWorker: one.itemsPerSecond,
        twoWorkers: two.itemsPerSecond,
        afterKill: { delivered: third.delivered, expected: third.expected },
        stored: counts.size,
        expectedStored: expected,
        duplicates,
        load: loadavg()[0],
      }),
    );
    if (counts.size !== expected || duplicates > 0 || third.delivered !== third.expected)
      process.exitCode = 1;
  } finally {
    await Promise.all(apps.map((a) => a.proc.stop()));
    await cleanup.runAll(log);
  }
}

await main();
