// The SLA policy in force for an item: read where the due time is set (worker, forward, reclassify).
import {
  SLA_WARNING_FRACTION,
  slaMinutesFor,
  type ItemKind,
  type SlaWindows,
  type Urgency,
} from '@auscult/contracts';
import type { EntityManager } from 'typeorm';
import type { SlaPolicyEntity } from '../entities/sla-policy.entity.js';

export function windowsOf(p: SlaPolicyEntity): SlaWindows {
  return {
    careNeedMinutes: {
      critical: p.criticalMinutes,
      high: p.highMinutes,
      normal: p.normalMinutes,
      low: p.lowMinutes,
    },
    serviceComplaintMinutes: p.serviceComplaintMinutes,
  };
}

/** The facility's own policy when it has one, else the global one (one indexed row, no cache to go stale). */
export async function slaWindowsFor(em: EntityManager, facility: string | null): Promise<SlaWindows> {
  const rows: SlaPolicyEntity[] = await em.query(
    `SELECT critical_minutes AS "criticalMinutes", high_minutes AS "highMinutes",
            normal_minutes AS "normalMinutes", low_minutes AS "lowMinutes",
            service_complaint_minutes AS "serviceComplaintMinutes"
       FROM sla_policies WHERE facility = $1 OR facility IS NULL
      ORDER BY facility NULLS LAST LIMIT 1`,
    [facility],
  );
  const [policy] = rows;
  if (!policy) throw new Error('no SLA policy stored: the migration seeds the global one');
  return windowsOf(policy);
}

export interface SlaClockTimes {
  dueAt: Date | null;
  warnAt: Date | null;
}

/** Due and warning times of a window starting at `start`; null for kinds without an SLA. */
export function slaClock(kind: ItemKind, urgency: Urgency, windows: SlaWindows, start: Date): SlaClockTimes {
  const minutes = slaMinutesFor(kind, urgency, windows);
  if (minutes === null) return { dueAt: null, warnAt: null };
  const ms = minutes * 60_000;
  return {
    dueAt: new Date(start.getTime() + ms),
    warnAt: new Date(start.getTime() + ms * SLA_WARNING_FRACTION),
  };
}
