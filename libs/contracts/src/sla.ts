import type { ItemKind, Urgency } from './domain.js';

/**
 * Default SLA: minutes until an item must be acknowledged. Care needs by urgency (clinical
 * escalation norms: critical in 5 minutes); service complaints answered within a working day.
 */
export const DEFAULT_SLA_MINUTES: Record<Urgency, number> = { critical: 5, high: 15, normal: 60, low: 240 };
export const SERVICE_COMPLAINT_SLA_MINUTES = 24 * 60;

export function slaMinutesFor(kind: ItemKind, urgency: Urgency): number | null {
  if (kind === 'care_need') return DEFAULT_SLA_MINUTES[urgency];
  if (kind === 'service_complaint') return SERVICE_COMPLAINT_SLA_MINUTES;
  return null;
}
