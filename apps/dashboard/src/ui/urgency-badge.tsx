import type { Urgency } from '@auscult/contracts';
import { URGENCY_LABELS } from './labels';

/** The only coloured element of the dashboard: colour means urgency. The word is always there too. */
export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  return <span className={`urgency urgency-${urgency}`}>{URGENCY_LABELS[urgency]}</span>;
}
