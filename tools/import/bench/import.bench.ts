// `npm run bench:import [-- --rows N]`: N survey rows (default 1,000,000) through the real path —
// the import CLI → the ingest queue → a worker process (classify, route, store) → PostgreSQL — on a
// throwaway database and Redis prefix. Prints rows/s for enqueueing and end to end, and peak memory.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { Redis } from 'ioredis';
import pg from 'pg';
import { SURVEY_MAPPING, writeSurveyCsv } from './generate-survey.js';

const run = promisify(execFile);
const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    concurrency: { type: 'string', default: '10' },
  },
});
const rows = Number(values.rows);
const adminUrl = process.env.AUSCULT_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const label = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
const dbName = `auscult_bench_import_${label}`;
const prefix = `auscult-bench-import-${label}`;
const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${dbName}` }).toString();
const env = { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, AUSCULT_REDIS_PREFIX: prefix };
const dir = mkdtempSync(path.join(tmpdir(), 'auscult-bench-import-'));
const file = path.join(dir, 'survey.csv');

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

async function startWorker(): Promise<ChildProcess> {
  const worker = spawn(process.execPath, ['apps/worker/dist/main.js'], {
    // Per-item info logs off: the benchmark measures the pipeline, not log shipping.
    env: {
      ...env,
      LOG_LEVEL: 'warn',
      WORKER_CONCURRENCY: values.concurrency,
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(32),
      AUSCULT_DEMO: 'false',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    worker.once('exit', (code) => reject(new Error(`worker exited with ${code}`)));
    worker.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('auscult worker processing')) resolve();
    });
  });
  return worker;
}

/** CPU time (user + system) a live process has used (Linux /proc, 100 ticks a second). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Peak resident memory of a live process (Linux), in MB. */
function peakRssMb(pid: number): number | null {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : null;
}

async function cleanUp(worker: ChildProcess | null): Promise<void> {
  if (worker && worker.exitCode === null) {
    worker.kill('SIGTERM');
    await new Promise((resolve) => worker.once('exit', resolve));
  }
  const redis = new Redis(redisUrl);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
    if (keys.length > 0) await redis.unlink(...keys);
    cursor = next;
  } while (cursor !== '0');
  await redis.quit();
  await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  rmSync(dir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  let worker: ChildProcess | null = null;
  try {
    log(`building the worker (Nx cache) …`);
    await run('npx', ['nx', 'run', '@auscult/worker:build', '--output-style=stream'], {
      env: { ...process.env, NX_DAEMON: 'false' },
    });
    log(`generating ${rows} rows …`);
    const generated = Date.now();
    const bytes = await writeSurveyCsv(file, rows);
    log(`  ${(bytes / 1e6).toFixed(0)} MB in ${((Date.now() - generated) / 1000).toFixed(1)} s`);
    await admin(`CREATE DATABASE ${dbName}`);
    await run(process.execPath, ['libs/persistence/dist/cli/migrate.js'], { env });
    await run(process.execPath, ['libs/persistence/dist/cli/seed-demo.js'], {
      env: { ...env, AUSCULT_DEMO: 'true' },
    });
    worker = await startWorker();
    log(`importing through queue "${prefix}" into ${dbName} …`);
    const importer = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'tools/import/import.ts',
        '--file',
        file,
        '--source',
        'bench-survey',
        '--map',
        SURVEY_MAPPING,
        '--channel',
        'survey',
        '--max-backlog',
        '0',
        '--wait',
        '--wait-timeout',
        '7200',
        '--json',
      ],
      { env, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let stdout = '';
    importer.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => importer.once('exit', resolve));
    const workerPeak = peakRssMb(worker.pid ?? 0);
    const workerCpu = cpuSeconds(worker.pid ?? 0);
    if (!stdout.trim()) throw new Error(`the importer exited with ${code} and printed no summary`);
    const summary = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
      read: number;
      accepted: number;
      stored: number;
      enqueueSeconds: number;
      storedSeconds: number;
      peakRssMb: number;
      cpuSeconds: number;
    };
    const result = {
      bench: 'import',
      rows,
      fileMb: Math.round(statSync(file).size / 1e6),
      enqueueRowsPerSecond: Math.round(summary.read / summary.enqueueSeconds),
      enqueueSeconds: Number(summary.enqueueSeconds.toFixed(1)),
      storedItemsPerSecond: Math.round(summary.stored / summary.storedSeconds),
      endToEndSeconds: Number(summary.storedSeconds.toFixed(1)),
      stored: summary.stored,
      importerPeakRssMb: summary.peakRssMb,
      workerPeakRssMb: workerPeak,
      // CPU per row tells what an idle machine would do, whatever the load of a shared one.
      importerCpuMsPerRow: Number(((summary.cpuSeconds * 1000) / summary.read).toFixed(3)),
      workerCpuMsPerItem: Number(((workerCpu * 1000) / summary.stored).toFixed(2)),
      loadAverage: os.loadavg()[0],
      workerConcurrency: Number(values.concurrency),
      importerExitCode: code,
    };
    console.log(`import benchmark: ${rows} rows of ~300 characters`);
    console.log(`  enqueue     ${result.enqueueRowsPerSecond} rows/s (${result.enqueueSeconds} s)`);
    console.log(
      `  end to end  ${result.storedItemsPerSecond} items/s stored (${result.stored} in ${result.endToEndSeconds} s)`,
    );
    console.log(`  peak RSS    importer ${result.importerPeakRssMb} MB, worker ${result.workerPeakRssMb} MB`);
    console.log(
      `  CPU         importer ${result.importerCpuMsPerRow} ms/row, worker ${result.workerCpuMsPerItem} ms/item (load average ${result.loadAverage.toFixed(1)})`,
    );
    console.log(JSON.stringify(result));
  } finally {
    await cleanUp(worker);
  }
}

await main();
