// What one demo message is about. `kind`, `urgency` and `topic` are what a triage nurse would say
// it is; they steer the mix and the tests, and are never sent (the classifier must find them).
import type { Channel, ItemKind, Urgency } from '@auscult/contracts';

export const DEMO_UNITS = ['4B', 'ICU', 'ED', 'MAT'] as const;
export type DemoUnit = (typeof DEMO_UNITS)[number];

export interface Scenario {
  kind: ItemKind;
  urgency: Urgency;
  topic: string;
  /** Relative frequency in the stream. */
  weight: number;
  /** Where it can happen; empty when it belongs to no unit (parking, billing, spam). */
  units: readonly DemoUnit[];
  /** Core sentences, as templates (see template.ts). */
  lines: readonly string[];
  /** Follow-up sentences for the longer channels (reviews, emails, web forms). */
  more?: readonly string[];
  /** Channels it plausibly arrives by; all person-to-hospital channels when absent. */
  channels?: readonly Channel[];
}

export const ALL_UNITS: readonly DemoUnit[] = DEMO_UNITS;
export const SOCIAL_ONLY: readonly Channel[] = ['social'];
