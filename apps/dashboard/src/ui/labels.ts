// Human words for the closed sets of the domain, and the few formats the dashboard shows.
import type { Channel, ItemKind, Role, TriageStatus, Urgency } from '@auscult/contracts';

export const KIND_LABELS: Record<ItemKind, string> = {
  care_need: 'Care need',
  service_complaint: 'Service complaint',
  praise: 'Praise',
  other: 'Other',
};

export const URGENCY_LABELS: Record<Urgency, string> = {
  critical: 'Critical',
  high: 'High',
  normal: 'Normal',
  low: 'Low',
};

export const STATUS_LABELS: Record<TriageStatus, string> = {
  new: 'New',
  acknowledged: 'Acknowledged',
  in_progress: 'In progress',
  resolved: 'Resolved',
  dismissed: 'Dismissed',
};

export const ROLE_LABELS: Record<Role, string> = {
  px: 'Patient experience',
  nurse: 'Nurse',
  charge_nurse: 'Charge nurse',
  executive: 'Executive',
  admin: 'Admin',
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  social: 'Social',
  review: 'Review',
  survey: 'Survey',
  comment_card: 'Comment card',
  email: 'Email',
  sms: 'SMS',
  web_form: 'Web form',
  import: 'Import',
};

/** `call_bell` → `call bell`: topics are open-ended enough that a table would drift. */
export function topicLabel(topic: string): string {
  return topic.replace(/_/g, ' ');
}

const timeFormat = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
  hourCycle: 'h23',
});

/** Today's items show the time only; older ones the date as well. */
export function formatWhen(iso: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toDateString() === now.toDateString() ? timeFormat.format(date) : dateTimeFormat.format(date);
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dateTimeFormat.format(date);
}

export function formatPercent(value: number): string {
  return `${Math.round(value * 100)}%`;
}
