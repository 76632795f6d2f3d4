import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role, SlaReport, SlaShare, Urgency } from '@auscult/contracts';
import type { DataSource } from 'typeorm';
import { DomainError } from '../errors/domain-error.js';
import type { ReportRangeQuery } from './dto/report-range.query.js';

interface Row {
  dim: 'overall' | 'unit' | 'team' | 'urgency';
  unit: string | null;
  team: Role | 'unassigned' | null;
  kind: 'care_need' | 'service_complaint' | null;
  urgency: Urgency | null;
  total: number;
  met: number;
  breached: number;
  pending: number;
}

// One pass over the SLA-bearing items received in the range; GROUPING SETS gives every dimension.
// Met: acknowledged by the due time; breached: acknowledged late, or still not acknowledged after it.
const REPORT_SQL = `
  WITH s AS (
    SELECT t.unit, t.kind, t.urgency, COALESCE(u.role, 'unassigned') AS team,
           CASE WHEN t.acknowledged_at IS NOT NULL AND t.acknowledged_at <= t.due_at THEN 'met'
                WHEN t.acknowledged_at IS NOT NULL OR now() > t.due_at THEN 'breached'
                ELSE 'pending' END AS state
      FROM triage t
      JOIN items i ON i.id = t.item_id
      LEFT JOIN users u ON u.id = t.assignee_id
     WHERE t.due_at IS NOT NULL AND t.kind IN ('care_need', 'service_complaint')
       AND i.received_at >= $1 AND i.received_at < $2)
  SELECT CASE WHEN GROUPING(unit) = 0 THEN 'unit' WHEN GROUPING(team) = 0 THEN 'team'
              WHEN GROUPING(kind) = 0 THEN 'urgency' ELSE 'overall' END AS dim,
         unit, team, kind, urgency,
         count(*)::int AS total,
         count(*) FILTER (WHERE state = 'met')::int AS met,
         count(*) FILTER (WHERE state = 'breached')::int AS breached,
         count(*) FILTER (WHERE state = 'pending')::int AS pending
    FROM s
   GROUP BY GROUPING SETS ((unit), (team), (kind, urgency), ())
   ORDER BY dim, unit NULLS LAST, team, kind, urgency`;

function share(r: Row): SlaShare {
  const closed = r.met + r.breached;
  return {
    total: r.total,
    met: r.met,
    breached: r.breached,
    pending: r.pending,
    share: closed === 0 ? null : Math.round((r.met / closed) * 1000) / 1000,
  };
}

/** The share of SLAs met, per unit, per team (the holder's role) and per urgency. Counts only. */
@Injectable()
export class SlaReportService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async report(query: ReportRangeQuery): Promise<SlaReport> {
    const to = query.to ? new Date(query.to) : new Date();
    const from = query.from ? new Date(query.from) : new Date(to.getTime() - 7 * 86_400_000);
    if (from >= to)
      throw new DomainError('validation', 'Invalid request: from: must be before to.', {
        errors: [{ field: 'from', reason: 'must be before to' }],
      });
    const rows: Row[] = await this.ds.query(REPORT_SQL, [from.toISOString(), to.toISOString()]);
    const of = (dim: Row['dim']) => rows.filter((r) => r.dim === dim);
    const overall = of('overall')[0];
    return {
      from: from.toISOString(),
      to: to.toISOString(),
      overall: overall ? share(overall) : { total: 0, met: 0, breached: 0, pending: 0, share: null },
      byUnit: of('unit').map((r) => ({ unit: r.unit, ...share(r) })),
      byTeam: of('team').map((r) => ({ team: r.team ?? 'unassigned', ...share(r) })),
      byUrgency: of('urgency').map((r) => ({
        kind: r.kind ?? 'care_need',
        urgency: r.urgency ?? 'normal',
        ...share(r),
      })),
    };
  }
}
