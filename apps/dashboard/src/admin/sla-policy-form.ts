// The SLA policy editor's form: text fields in, a checked SlaPolicyUpdate out (or a reason per field).
import {
  SLA_MINUTES_RANGE,
  URGENCIES,
  type SlaPolicy,
  type SlaPolicyUpdate,
  type Urgency,
} from '@auscult/contracts';

export type PolicyField = Urgency | 'service';
export const POLICY_FIELDS: readonly PolicyField[] = [...URGENCIES, 'service'];
export type PolicyValues = Record<PolicyField, string>;

export function valuesOf(policy: SlaPolicy): PolicyValues {
  return {
    critical: String(policy.careNeedMinutes.critical),
    high: String(policy.careNeedMinutes.high),
    normal: String(policy.careNeedMinutes.normal),
    low: String(policy.careNeedMinutes.low),
    service: String(policy.serviceComplaintMinutes),
  };
}

function minutesOf(text: string): number | string {
  if (!/^\s*\d+\s*$/.test(text)) return 'must be a whole number of minutes';
  const minutes = Number(text);
  if (minutes < SLA_MINUTES_RANGE.min || minutes > SLA_MINUTES_RANGE.max)
    return `must be between ${SLA_MINUTES_RANGE.min} and ${SLA_MINUTES_RANGE.max} minutes`;
  return minutes;
}

export type PolicyCheck =
  { ok: true; update: SlaPolicyUpdate } | { ok: false; errors: Partial<Record<PolicyField, string>> };

/** Checks every field; a shorter window for a less urgent need is allowed but unusual, so not refused. */
export function checkPolicy(facility: string | null, values: PolicyValues): PolicyCheck {
  const errors: Partial<Record<PolicyField, string>> = {};
  const minutes = {} as Record<PolicyField, number>;
  for (const field of POLICY_FIELDS) {
    const result = minutesOf(values[field]);
    if (typeof result === 'string') errors[field] = result;
    else minutes[field] = result;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    update: {
      facility,
      careNeedMinutes: {
        critical: minutes.critical,
        high: minutes.high,
        normal: minutes.normal,
        low: minutes.low,
      },
      serviceComplaintMinutes: minutes.service,
    },
  };
}

/** "90 min" → "1 h 30 min", so a value in minutes reads at a glance. */
export function describeMinutes(minutes: number): string {
  if (!Number.isFinite(minutes) || minutes <= 0) return '';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  return [days && `${days} d`, hours && `${hours} h`, rest && `${rest} min`].filter(Boolean).join(' ');
}
