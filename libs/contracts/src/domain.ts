// The closed sets of the domain. Database enums, DTO validation and the UI all derive from these arrays.

export const ITEM_KINDS = ['care_need', 'service_complaint', 'praise', 'other'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const URGENCIES = ['critical', 'high', 'normal', 'low'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const CARE_TOPICS = [
  'pain',
  'medication',
  'falls',
  'deterioration',
  'discharge',
  'mental_health',
  'hygiene_help',
  'call_bell',
  'safeguarding',
  'breathing',
  'nutrition_hydration',
] as const;
export const SERVICE_TOPICS = [
  'wait_time',
  'billing',
  'parking',
  'food',
  'cleanliness',
  'noise',
  'staff_attitude',
  'communication',
  'appointments',
  'lost_property',
  'facilities',
  'visiting',
] as const;
export const TOPICS = [...CARE_TOPICS, ...SERVICE_TOPICS] as const;
export type Topic = (typeof TOPICS)[number];

/** Healthcare Complaints Analysis Tool domains (Reader, Gillespie & Roberts 2014). */
export const COMPLAINT_DOMAINS = ['clinical', 'management', 'relationships'] as const;
export type ComplaintDomain = (typeof COMPLAINT_DOMAINS)[number];

export const CHANNELS = [
  'social',
  'review',
  'survey',
  'comment_card',
  'email',
  'sms',
  'web_form',
  'import',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const TRIAGE_STATUSES = ['new', 'acknowledged', 'in_progress', 'resolved', 'dismissed'] as const;
export type TriageStatus = (typeof TRIAGE_STATUSES)[number];
export const OPEN_TRIAGE_STATUSES: readonly TriageStatus[] = ['new', 'acknowledged', 'in_progress'];

export const ROLES = ['px', 'nurse', 'charge_nurse', 'executive', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
