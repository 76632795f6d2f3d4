// npm run bench:trends [-- --items N] [-- --runs R]
// A throwaway database with N items (default 5,000,000) spread over a year, built in SQL with
// generate_series; the rollups are built by the migration's backfill statements; then each query
// GET /trends runs is timed (p50/p95 over R runs) for 12 h, 7 d, 30 d, 12 w and 1 y. The database is
// dropped at the end, on error and on Ctrl-C.
import { loadavg } from 'node:os';
import type { AuthUser, TrendBucket } from '@auscult/contracts';
import { createDataSource, trendRollupStatements } from '@auscult/persistence';
import { createTestDatabase, type TestDatabase } from '@auscult/persistence/testing';
import type { DataSource } from 'typeorm';
import { TrendsService } from '../src/trends/trends.service.js';

const arg = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`);
  const value = at < 0 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
};
const ITEMS = arg('items', 5_000_000);
const RUNS = arg('runs', 20);
const CHUNK = 250_000;
const YEAR_S = 365 * 86_400;
const TARGET_MS = 200;
// The order in which TrendsService issues its queries (one Promise.all).
const QUERY_NAMES = ['series', 'channels', 'units', 'sla', 'topics', 'topicSeries', 'responses', 'overdue'];
const RANGES: { name: string; hours: number; bucket: TrendBucket }[] = [
  { name: '12h', hours: 12, bucket: 'hour' },
  { name: '7d', hours: 7 * 24, bucket: 'hour' },
  { name: '30d', hours: 30 * 24, bucket: 'day' },
  { name: '12w', hours: 12 * 7 * 24, bucket: 'week' },
  { name: '1y', hours: 364 * 24, bucket: 'week' },
];

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const log = (line: string) => console.log(`[bench:trends] ${line}`);

/**
 * One chunk of items with classification and triage, in one statement. Distribution: a year up
 * to now; 35 % care needs, 35 % service complaints, 15 % praise, 15 % other; channels and topics
 * skewed (a few common, many rare); care needs on five units, a few unrouted; acknowledgement
 * and resolution times exponential around each urgency's SLA; the last two hours half open.
 */
const FILL = `
WITH g AS MATERIALIZED (
  SELECT n, gen_random_uuid() AS id,
         $3::timestamptz - random() * $4::double precision * interval '1 second' AS received_at,
         random() AS rk, random() AS ru, random() AS rc, random() AS rf, random() AS rt, random() AS rs, random() AS ra, random() AS rr
    FROM generate_series($1::int, $2::int) AS n
), x AS MATERIALIZED (
  SELECT g.*,
         CASE WHEN rk < 0.35 THEN 'care_need' WHEN rk < 0.70 THEN 'service_complaint' WHEN rk < 0.85 THEN 'praise' ELSE 'other' END AS kind,
         (ARRAY['social','review','survey','comment_card','email','sms','web_form','import'])[1 + floor(rc * rc * 8)::int] AS channel,
         (ARRAY['general','community'])[1 + floor(rf * rf * 2)::int] AS facility
    FROM g
), y AS MATERIALIZED (
  SELECT x.*,
         CASE WHEN kind <> 'care_need' THEN 'normal' WHEN ru < 0.05 THEN 'critical' WHEN ru < 0.25 THEN 'high' WHEN ru < 0.85 THEN 'normal' ELSE 'low' END AS urgency,
         CASE WHEN kind = 'care_need' OR rt < 0.3 THEN (ARRAY['4B','ICU','ED','MAT','4A',NULL])[1 + floor(rt * rt * 6)::int] END AS unit,
         CASE kind
           WHEN 'care_need' THEN ARRAY[(ARRAY['pain','medication','falls','deterioration','discharge','mental_health','hygiene_help','call_bell','safeguarding','breathing','nutrition_hydration'])[1 + floor(rs * rs * 11)::int]]
           WHEN 'service_complaint' THEN ARRAY[(ARRAY['wait_time','parking','food','staff_attitude','communication','cleanliness','billing','noise','appointments','visiting','facilities','lost_property'])[1 + floor(rs * rs * 12)::int]]
                                         || CASE WHEN rr < 0.3 THEN ARRAY['communication'] ELSE '{}' END
           ELSE '{}'::text[] END AS topics,
         CASE kind WHEN 'praise' THEN 0.7 WHEN 'other' THEN 0 ELSE -0.45 END + (ra - 0.5) * 0.6 AS sentiment
    FROM x
), z AS MATERIALIZED (
  SELECT y.*,
         CASE WHEN kind = 'care_need' THEN (CASE urgency WHEN 'critical' THEN 5 WHEN 'high' THEN 15 WHEN 'normal' THEN 60 ELSE 240 END)
              WHEN kind = 'service_complaint' THEN 1440 END AS sla_minutes,
         received_at > $3::timestamptz - interval '2 hours' AND rr < 0.5 AS still_open
    FROM y
), ins_items AS (
  INSERT INTO items (id, source, external_id, channel, text, redacted_text, posted_at, received_at, facility, unit)
  SELECT id, 'bench', n::text, channel, 'bench item', 'bench item', received_at, received_at, facility, unit FROM z
), ins_class AS (
  INSERT INTO classifications (item_id, kind, urgency, topics, sentiment, confidence, explanation, model_version, classified_at)
  SELECT id, kind, urgency, topics, sentiment, 0.8, '{}'::jsonb, 'bench', received_at FROM z
)
INSERT INTO triage (item_id, status, unit, kind, urgency, topics, due_at, warn_at, version, acknowledged_at, resolved_at, updated_at)
SELECT id,
       CASE WHEN still_open THEN 'new' WHEN sla_minutes IS NULL THEN 'dismissed' ELSE 'resolved' END,
       unit, kind, urgency, topics,
       received_at + sla_minutes * interval '1 minute',
       received_at + sla_minutes * 0.8 * interval '1 minute',
       1,
       CASE WHEN NOT still_open AND sla_minutes IS NOT NULL THEN received_at - ln(1 - ra) * sla_minutes * 0.6 * interval '1 minute' END,
       CASE WHEN NOT still_open AND sla_minutes IS NOT NULL THEN received_at - (ln(1 - ra) * 0.6 + ln(1 - rr) * 2) * sla_minutes * interval '1 minute' END,
       received_at
  FROM z`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

async function fill(ds: DataSource, now: Date): Promise<void> {
  // Trends never read the full-text index; building it for 5 M bench rows would only slow the fill.
  await ds.query(`DROP INDEX IF EXISTS items_search_idx`);
  const started = Date.now();
  for (let first = 1; first <= ITEMS; first += CHUNK) {
    const last = Math.min(ITEMS, first + CHUNK - 1);
    await ds.query(FILL, [first, last, now.toISOString(), YEAR_S]);
    const s = (Date.now() - started) / 1000;
    log(
      `filled ${last.toLocaleString('en')} / ${ITEMS.toLocaleString('en')} items (${s.toFixed(0)} s, load ${load()})`,
    );
  }
  const t = Date.now();
  for (const sql of trendRollupStatements('all')) await ds.query(sql);
  log(`rollups built by the migration's backfill statements in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  await ds.query(`VACUUM ANALYZE`);
  const sizes: { t: string; rows: string }[] = await ds.query(
    `SELECT relname AS t, reltuples::bigint::text AS rows FROM pg_class WHERE relname IN ('items','trend_hourly','trend_topic_hourly','trend_response_hourly') ORDER BY 1`,
  );
  log(`rows: ${sizes.map((r) => `${r.t} ${Number(r.rows).toLocaleString('en')}`).join(', ')}`);
}

/** A DataSource stand-in for the service that times each query it issues, by position. */
function timing(ds: DataSource, into: Map<string, number[]>): DataSource {
  let k = 0;
  const query = async (sql: string, params?: unknown[]) => {
    const name = QUERY_NAMES[k++ % QUERY_NAMES.length]!;
    const t = performance.now();
    const rows: unknown = await ds.query(sql, params);
    into.set(name, [...(into.get(name) ?? []), performance.now() - t]);
    return rows;
  };
  return { query } as unknown as DataSource;
}

async function measure(ds: DataSource, now: Date) {
  const executive: AuthUser = {
    id: 'bench',
    email: 'exec@bench',
    name: 'Bench',
    role: 'executive',
    units: [],
  } as AuthUser;
  const results: {
    range: string;
    bucket: string;
    total: { p50: number; p95: number };
    queries: Record<string, { p50: number; p95: number }>;
  }[] = [];
  for (const range of RANGES) {
    const perQuery = new Map<string, number[]>();
    const totals: number[] = [];
    const service = new TrendsService(timing(ds, perQuery));
    const query = {
      from: new Date(now.getTime() - range.hours * 3_600_000).toISOString(),
      to: now.toISOString(),
      bucket: range.bucket,
    };
    await service.trends(query, executive); // warm-up, not counted
    perQuery.clear();
    for (let r = 0; r < RUNS; r++) {
      const t = performance.now();
      await service.trends(query, executive);
      totals.push(performance.now() - t);
    }
    const stat = (v: number[]) => ({
      p50: Math.round(percentile(v, 50) * 10) / 10,
      p95: Math.round(percentile(v, 95) * 10) / 10,
    });
    results.push({
      range: range.name,
      bucket: range.bucket,
      total: stat(totals),
      queries: Object.fromEntries([...perQuery].map(([name, v]) => [name, stat(v)])),
    });
    log(`${range.name} measured (load ${load()})`);
  }
  return results;
}

/**
 * The alternative to the response-time rollup: percentiles straight from items ⋈ triage (with the
 * received_at index). Only the acknowledge times by kind (the API would need resolve and by-unit too).
 */
async function measureDirect(
  ds: DataSource,
  now: Date,
): Promise<Record<string, { p50: number; p95: number }>> {
  const out: Record<string, { p50: number; p95: number }> = {};
  for (const range of RANGES) {
    const times: number[] = [];
    for (let r = 0; r < 5; r++) {
      const t = performance.now();
      await ds.query(
        `SELECT t.kind, count(*)::int AS n,
                percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY extract(epoch FROM t.acknowledged_at - i.received_at) / 60) AS p
           FROM items i JOIN triage t ON t.item_id = i.id
          WHERE i.received_at >= $1 AND i.received_at < $2 AND t.acknowledged_at IS NOT NULL GROUP BY 1`,
        [new Date(now.getTime() - range.hours * 3_600_000).toISOString(), now.toISOString()],
      );
      times.push(performance.now() - t);
    }
    out[range.name] = {
      p50: Math.round(percentile(times, 50) * 10) / 10,
      p95: Math.round(percentile(times, 95) * 10) / 10,
    };
  }
  return out;
}

async function main(): Promise<void> {
  let db: TestDatabase | null = null;
  let dropping: Promise<void> | null = null;
  const drop = () => (dropping ??= db ? db.drop().then(() => log('database dropped')) : Promise.resolve());
  process.once('SIGINT', () => {
    log('interrupted: dropping the database');
    void drop().finally(() => process.exit(130));
  });
  log(
    `start: ${ITEMS.toLocaleString('en')} items, ${RUNS} runs per range, load average ${load()} (shared machine)`,
  );
  db = await createTestDatabase('bench_trends');
  const ds = createDataSource({ url: db.url, poolSize: 10 });
  try {
    await ds.initialize();
    const now = new Date();
    await fill(ds, now);
    const results = await measure(ds, now);
    console.log(
      '\nrange  bucket  whole answer p50/p95 ms | ' + QUERY_NAMES.map((n) => `${n} p50/p95`).join(' | '),
    );
    for (const r of results) {
      console.log(
        `${r.range.padEnd(6)} ${r.bucket.padEnd(7)} ${`${r.total.p50} / ${r.total.p95}`.padStart(22)} | ` +
          QUERY_NAMES.map((n) => `${r.queries[n]?.p50} / ${r.queries[n]?.p95}`.padStart(n.length + 8)).join(
            ' | ',
          ),
      );
    }
    const direct = await measureDirect(ds, now);
    console.log(
      `\nfor comparison, acknowledge percentiles by kind straight from items ⋈ triage (5 runs, p50/p95 ms): ` +
        Object.entries(direct)
          .map(([range, t]) => `${range} ${t.p50} / ${t.p95}`)
          .join(', '),
    );
    const worst = Math.max(...results.map((r) => r.total.p95));
    console.log(
      JSON.stringify({
        bench: 'trends',
        items: ITEMS,
        runs: RUNS,
        loadavg: loadavg().map((l) => Math.round(l * 100) / 100),
        targetMs: TARGET_MS,
        worstP95Ms: worst,
        meetsTarget: worst < TARGET_MS,
        ranges: Object.fromEntries(results.map((r) => [r.range, r.total])),
        directAcknowledgeByKind: direct,
      }),
    );
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await drop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
