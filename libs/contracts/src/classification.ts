import type { ComplaintDomain, ItemKind, Topic, Urgency } from './domain.js';

/** A phrase of the original text that moved the decision: [start, end) character offsets. */
export interface EvidenceSpan {
  start: number;
  end: number;
  text: string;
  /** What the phrase pointed to, e.g. `care_need`, `topic:pain`, `rule:chest_pain`. */
  label: string;
  /** Signed contribution to the decision; larger magnitude means it mattered more. */
  weight: number;
}

/** A named rule that fired (safety, urgency, precedence, bad-input guard). */
export interface RuleHit {
  rule: string;
  effect: string;
  weight: number;
  span?: { start: number; end: number };
}

export interface ClassificationExplanation {
  phrases: EvidenceSpan[];
  rules: RuleHit[];
  /** A short human sentence, e.g. "care need: reports unmanaged pain now". */
  summary: string;
}

export interface ClassifierInput {
  text: string;
  channel?: string;
}

export interface ClassificationResult {
  kind: ItemKind;
  urgency: Urgency;
  topics: Topic[];
  /** -1 (very negative) … 1 (very positive). */
  sentiment: number;
  /** 0 … 1, the model's probability for the chosen kind. */
  confidence: number;
  /** For service complaints and care needs: HCAT domain; null for praise and other. */
  complaintDomain: ComplaintDomain | null;
  explanation: ClassificationExplanation;
  modelVersion: string;
}
