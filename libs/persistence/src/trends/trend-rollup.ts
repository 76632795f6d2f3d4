// The trends rollups (issue 4): hourly counts that GET /trends reads instead of the items table.
// One definition of what an item contributes, used by the migration's backfill, the worker (same
// transaction as the items), the API's triage actions (subtract before, add after) and the benchmark.
import type { EntityManager } from 'typeorm';

/** Response-time histogram: bin b holds minutes m with floor(ln(1 + m) / ln(RATIO)) = b (≤ 10 % wide). */
export const RESPONSE_BIN_RATIO = 1.1;

/** A representative value (geometric middle) of a histogram bin, in minutes. */
export function responseBinMinutes(bin: number): number {
  return Math.pow(RESPONSE_BIN_RATIO, bin + 0.5) - 1;
}

type Scope = 'items' | 'all';

/** Each rollup exists at two grains: hourly (short ranges, hour buckets) and daily (long ranges). */
export const TREND_GRAINS = { hour: 'hourly', day: 'daily' } as const;
export type TrendGrain = keyof typeof TREND_GRAINS;

/**
 * INSERT … SELECT … GROUP BY … ON CONFLICT DO UPDATE, one per rollup table and grain. Scope
 * 'items' takes `$1::uuid[]` (the items) and `$2::int` (+1 to add their contribution, -1 to take
 * it away); scope 'all' rebuilds from every item (the backfill). Kind, topics and unit are the
 * working ones on triage, so a person's reclassification or forward moves the counts.
 */
export function trendRollupStatements(scope: Scope): string[] {
  return (Object.keys(TREND_GRAINS) as TrendGrain[]).flatMap((grain) => statementsFor(scope, grain));
}

function statementsFor(scope: Scope, grain: TrendGrain): string[] {
  const where = scope === 'items' ? 'WHERE i.id = ANY($1::uuid[])' : '';
  const sign = scope === 'items' ? '$2::int' : '1';
  const at = `date_trunc('${grain}', i.received_at, 'UTC')`;
  const suffix = TREND_GRAINS[grain];
  const from = `FROM items i JOIN triage t ON t.item_id = i.id`;
  // Concurrent batches and triage actions upsert overlapping keys: taking the row locks in key
  // order means two transactions never wait on each other crosswise (no deadlock).
  const ordered = (keys: string) =>
    scope === 'items' ? `GROUP BY ${keys} ORDER BY ${keys}` : `GROUP BY ${keys}`;
  return [
    `INSERT INTO trend_${suffix} AS r (at, facility, unit, kind, channel, n, sentiment_sum, sla_met, sla_late)
     SELECT ${at}, i.facility, t.unit, t.kind, i.channel,
            ${sign} * count(*)::int,
            ${sign} * coalesce(sum(c.sentiment), 0),
            ${sign} * (count(*) FILTER (WHERE t.due_at IS NOT NULL AND t.acknowledged_at <= t.due_at))::int,
            ${sign} * (count(*) FILTER (WHERE t.due_at IS NOT NULL AND t.acknowledged_at > t.due_at))::int
       ${from} JOIN classifications c ON c.item_id = i.id
       ${where}
      ${ordered('1, 2, 3, 4, 5')}
     ON CONFLICT (at, facility, unit, kind, channel) DO UPDATE SET
       n = r.n + EXCLUDED.n,
       sentiment_sum = r.sentiment_sum + EXCLUDED.sentiment_sum,
       sla_met = r.sla_met + EXCLUDED.sla_met,
       sla_late = r.sla_late + EXCLUDED.sla_late`,
    `INSERT INTO trend_topic_${suffix} AS r (at, facility, unit, kind, topic, n)
     SELECT ${at}, i.facility, t.unit, t.kind, topic, ${sign} * count(*)::int
       ${from} CROSS JOIN LATERAL unnest(t.topics) AS topic
       ${where}
      ${ordered('1, 2, 3, 4, 5')}
     ON CONFLICT (at, facility, unit, kind, topic) DO UPDATE SET n = r.n + EXCLUDED.n`,
    `INSERT INTO trend_response_${suffix} AS r (at, facility, unit, kind, step, bin, n)
     SELECT ${at}, i.facility, t.unit, t.kind, s.step,
            floor(ln(1 + greatest(s.minutes, 0)) / ln(${RESPONSE_BIN_RATIO}))::smallint,
            ${sign} * count(*)::int
       ${from}
       CROSS JOIN LATERAL (VALUES
         ('acknowledge', extract(epoch FROM t.acknowledged_at - i.received_at) / 60),
         ('resolve', extract(epoch FROM t.resolved_at - i.received_at) / 60)) AS s(step, minutes)
       ${where ? `${where} AND` : 'WHERE'} s.minutes IS NOT NULL
      ${ordered('1, 2, 3, 4, 5, 6')}
     ON CONFLICT (at, facility, unit, kind, step, bin) DO UPDATE SET n = r.n + EXCLUDED.n`,
  ];
}

const ITEM_STATEMENTS = trendRollupStatements('items');

/**
 * Adds (+1) or takes away (-1) these items' contribution to the rollups, inside the caller's
 * transaction. Each statement aggregates the whole batch first, so a batch costs six statements
 * (three tables × two grains).
 */
export async function applyTrendRollup(em: EntityManager, itemIds: string[], sign: 1 | -1): Promise<void> {
  if (itemIds.length === 0) return;
  for (const sql of ITEM_STATEMENTS) await em.query(sql, [itemIds, sign]);
}
