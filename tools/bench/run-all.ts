// `npm run bench [-- --quick] [-- --runs 3]`: every benchmark of the ingest → screen path, each
// beside its raw baseline measured in the same run on the same services, so ratios survive a
// shared, noisy machine. Prints a table; the last line is a one-line JSON summary.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeLogger } from '../run/log.js';
import { Cleanup } from '../run/processes.js';
import { nxArgs, runStep } from '../run/steps.js';
import { startAuscultChain, type AuscultChain } from './auscult-chain.js';
import { startBenchServices, type BenchServices } from './bench-services.js';
import { measureE2e, type Chain, type E2eFigures, type Load } from './e2e.js';
import { measureHttp, startRawIngest, type HttpFigures } from './http-ingest.js';
import { startRawChain } from './raw-chain.js';
import { sampleRss } from './rss.js';
import { median, round } from './stats.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const log = makeLogger('bench');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runs = Number(args[args.indexOf('--runs') + 1]) || 1;
const withBefore = args.includes('--before') || (!quick && !args.includes('--no-before'));

const FIXED: Load = { kind: 'fixed', rate: 500, seconds: quick ? 3 : 10 };
const MAX: Load = { kind: 'max', total: quick ? 3_000 : 20_000 };
// 500 clients × 500 items/s is 250,000 deliveries/s into the one bench process, which measures the
// bench, not Auscult; with 500 clients the fixed rate is 100 items/s (50,000 deliveries/s).
const FIXED_500: Load = { kind: 'fixed', rate: 100, seconds: quick ? 3 : 10 };
const CLIENTS = quick ? [1, 50] : [1, 50, 500];
const DEADLINE_MS = quick ? 60_000 : 180_000;

type Row = { metric: string; auscult: string; raw: string; ratio: string };
const rows: Row[] = [];
const summary: Record<string, unknown> = {};

function classifier(): Record<string, number> {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'libs/classifier/bench/classifier.bench.ts')],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Record<string, number>;
}

function auscultChain(c: AuscultChain): Chain {
  return {
    send: c.send,
    socketUrl: `${c.url}/live`,
    event: 'item.created',
    auth: { token: c.token },
    keyOf: (e) => (e as { item: { externalId: string } }).item.externalId,
  };
}

function load(l: Load): string {
  return l.kind === 'fixed' ? `${l.rate}/s` : 'max';
}

function e2eCells(f: E2eFigures): string {
  const lost = f.expected - f.delivered;
  return `${f.itemsPerSecond}/s p50 ${f.p50} p95 ${f.p95} p99 ${f.p99} ms${lost ? ` (${lost} not delivered)` : ''}`;
}

/** Runs `measure` `runs` times and keeps the run with the median throughput (and its latencies). */
async function medianOf<T extends { itemsPerSecond: number }>(measure: () => Promise<T>): Promise<T> {
  const results: T[] = [];
  for (let i = 0; i < runs; i++) results.push(await measure());
  const m = median(results.map((r) => r.itemsPerSecond));
  return results.find((r) => r.itemsPerSecond === m) ?? results[0]!;
}

async function httpPhase(services: BenchServices): Promise<void> {
  const chain = await startAuscultChain({
    root,
    ...services,
    prefix: `benchhttp${Date.now()}`,
    worker: false,
  });
  const raw = await startRawIngest(root, services.redisUrl);
  const seconds = quick ? 3 : 8;
  try {
    for (const size of [1, 100]) {
      const a: HttpFigures = await medianOf(async () => {
        const f = await measureHttp(`${chain.url}/api/v1/ingest`, size, seconds, {
          'x-api-key': 'demo-ingest-key',
        });
        return { ...f, itemsPerSecond: f.itemsPerSecond };
      });
      const r = await medianOf(() => measureHttp(raw.url, size, seconds, {}));
      rows.push({
        metric: `HTTP ingest, ${size === 1 ? 'single items' : 'batches of 100'} (items/s)`,
        auscult: `${a.itemsPerSecond} (${a.requestsPerSecond} req/s, p99 ${a.p99Ms} ms${a.non2xx ? `, ${a.non2xx} non-2xx` : ''})`,
        raw: `${r.itemsPerSecond} (bare http + addBulk)`,
        ratio: `${round((100 * a.itemsPerSecond) / r.itemsPerSecond)} %`,
      });
      summary[`httpIngest${size}`] = { auscult: a.itemsPerSecond, raw: r.itemsPerSecond };
    }
  } finally {
    await raw.stop();
    await chain.close();
  }
}

async function e2ePhase(services: BenchServices): Promise<void> {
  const raw = await startRawChain({ root, ...services, mode: 'batched' });
  const rawChain: Chain = {
    send: raw.send,
    socketUrl: raw.url,
    event: 'raw.created',
    keyOf: (e) => (e as { key: string }).key,
  };
  const rawFigures = new Map<string, E2eFigures>();
  try {
    for (const n of CLIENTS) {
      const l = n === 500 ? FIXED_500 : FIXED;
      rawFigures.set(`${n}-${load(l)}`, await medianOf(() => measureE2e(rawChain, n, l, DEADLINE_MS)));
    }
    rawFigures.set('1-max', await medianOf(() => measureE2e(rawChain, 1, MAX, DEADLINE_MS)));
    rawFigures.set('50-max', await medianOf(() => measureE2e(rawChain, 50, MAX, DEADLINE_MS)));
  } finally {
    await raw.close();
  }
  const naive = await startRawChain({ root, ...services, mode: 'naive' });
  let naiveMax: E2eFigures;
  try {
    naiveMax = await medianOf(() =>
      measureE2e({ ...rawChain, send: naive.send, socketUrl: naive.url }, 1, MAX, DEADLINE_MS),
    );
  } finally {
    await naive.close();
  }

  const chain = await startAuscultChain({ root, ...services, prefix: `bench${Date.now()}` });
  const rss = sampleRss({ api: chain.api.child.pid, worker: chain.worker?.child.pid });
  const auscult = new Map<string, E2eFigures>();
  try {
    for (const n of CLIENTS) {
      const l = n === 500 ? FIXED_500 : FIXED;
      auscult.set(
        `${n}-${load(l)}`,
        await medianOf(() => measureE2e(auscultChain(chain), n, l, DEADLINE_MS)),
      );
    }
    auscult.set('1-max', await medianOf(() => measureE2e(auscultChain(chain), 1, MAX, DEADLINE_MS)));
    auscult.set('50-max', await medianOf(() => measureE2e(auscultChain(chain), 50, MAX, DEADLINE_MS)));
  } finally {
    const memory = rss.stop();
    await chain.close();
    rows.push({
      metric: 'resident memory under load (max MB)',
      auscult: `api ${memory.api} / worker ${memory.worker}`,
      raw: '',
      ratio: '',
    });
    summary.rssMb = memory;
  }
  for (const [key, a] of auscult) {
    const r = rawFigures.get(key);
    if (!r) continue;
    const [n, l] = key.split('-');
    rows.push({
      metric: `ingest → screen, ${n} client(s), ${l}`,
      auscult: e2eCells(a),
      raw: e2eCells(r),
      ratio:
        l === 'max'
          ? `${round((100 * a.itemsPerSecond) / r.itemsPerSecond)} %`
          : `p99 ×${round(a.p99 / r.p99, 1)}`,
    });
    summary[`e2e_${n}_${l}`] = { auscult: a, raw: r };
  }
  rows.push({
    metric: 'naive raw chain (single-row INSERT per job), 1 client, max',
    auscult: '',
    raw: e2eCells(naiveMax),
    ratio: '',
  });
  summary.naiveRawMax = naiveMax.itemsPerSecond;

  if (withBefore) {
    // The first design: one item per job and per transaction, one job at a time.
    const before = await startAuscultChain({
      root,
      ...services,
      prefix: `benchbefore${Date.now()}`,
      workerEnv: { INGEST_BATCH_SIZE: '1', WORKER_CONCURRENCY: '1' },
    });
    try {
      const fixed = await medianOf(() => measureE2e(auscultChain(before), 50, FIXED, DEADLINE_MS));
      const max = await medianOf(() => measureE2e(auscultChain(before), 1, MAX, DEADLINE_MS));
      rows.push({
        metric: 'BEFORE (one item per job/transaction), 50 clients, 500/s',
        auscult: e2eCells(fixed),
        raw: '',
        ratio: '',
      });
      rows.push({
        metric: 'BEFORE (one item per job/transaction), 1 client, max',
        auscult: e2eCells(max),
        raw: '',
        ratio: `${round((100 * max.itemsPerSecond) / (rawFigures.get('1-max')?.itemsPerSecond ?? NaN))} %`,
      });
      summary.before = { fixed50: fixed, max1: max };
    } finally {
      await before.close();
    }
  }
}

function printTable(): void {
  const widths = (['metric', 'auscult', 'raw', 'ratio'] as const).map((k) =>
    Math.max(k.length, ...rows.map((r) => r[k].length)),
  );
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
  console.log(line(['metric', 'auscult', 'raw baseline', 'ratio']));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of rows) console.log(line([r.metric, r.auscult, r.raw, r.ratio]));
}

async function main(): Promise<void> {
  const cleanup = new Cleanup();
  const startLoad = loadavg()[0];
  log(
    `machine: ${cpus().length} cores, 1-minute load ${startLoad.toFixed(1)}; ${quick ? 'quick mode' : `${runs} run(s) per figure`}`,
  );
  log('NOTE: this machine may be shared with other work; compare the ratios, not the absolute figures.');
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
  process.on('SIGINT', () => void cleanup.runAll(log).finally(() => process.exit(130)));
  try {
    const c = classifier();
    rows.push({
      metric: 'classifier, one core (items per CPU-second)',
      auscult: String(c.itemsPerSecond),
      raw: '',
      ratio: '',
    });
    summary.classifierItemsPerSecond = c.itemsPerSecond;
    const services = await startBenchServices(root, cleanup);
    await httpPhase(services);
    await e2ePhase(services);
  } finally {
    await cleanup.runAll(log);
  }
  const endLoad = loadavg()[0];
  printTable();
  console.log(
    `machine load: ${startLoad.toFixed(1)} at start, ${endLoad.toFixed(1)} at end (1-minute average, ${cpus().length} cores; shared machine: absolute figures are noisy, ratios less so)`,
  );
  console.log(
    JSON.stringify({
      bench: 'auscult',
      quick,
      runs,
      load: [round(startLoad, 1), round(endLoad, 1)],
      cores: cpus().length,
      ...summary,
    }),
  );
}

await main();
