import type { ClassificationResult } from './classification.js';
import type { Channel, ItemKind, Role, Topic, TriageStatus, Urgency } from './domain.js';
import type { SlaState } from './sla.js';
import type { SessionTokens } from './auth.js';

/** The public ingest contract: what a source sends to POST /api/v1/ingest. */
export interface IngestItem {
  source: string;
  externalId: string;
  text: string;
  channel?: Channel;
  author?: string;
  postedAt?: string;
  facility?: string;
  unit?: string;
  url?: string;
  raw?: Record<string, unknown>;
}

export const INGEST_LIMITS = {
  maxItemsPerRequest: 1000,
  maxTextLength: 20_000,
  maxSourceLength: 64,
  maxExternalIdLength: 256,
  maxBodyBytes: 5 * 1024 * 1024,
} as const;

export interface IngestAccepted {
  id: string;
  externalId: string;
  duplicate: boolean;
}

export interface IngestResponse {
  items: IngestAccepted[];
}

export interface ClassificationView {
  kind: ItemKind;
  urgency: Urgency;
  topics: Topic[];
  sentiment: number;
  confidence: number;
  complaintDomain: ClassificationResult['complaintDomain'];
  explanation: ClassificationResult['explanation'];
  modelVersion: string;
  /** A human correction, stored beside the machine's decision, never over it. */
  correction: { kind: ItemKind; urgency: Urgency; topics: Topic[]; by: string; at: string } | null;
}

export interface TriageView {
  status: TriageStatus;
  unit: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  /** When the item must be acknowledged (from the SLA policy in force); null: no SLA (praise, other). */
  dueAt: string | null;
  /** When 80 % of the SLA window has gone (the warning shows from then); null with dueAt. */
  warnAt: string | null;
  /** At the time of the answer; clients re-evaluate it with `slaStateOf` as the clock runs. */
  slaState: SlaState | null;
  acknowledgedAt: string | null;
  resolvedAt: string | null;
  escalationLevel: number;
  version: number;
  updatedAt: string;
}

/** An item as a given viewer may see it. `text` is the original only for roles allowed to read it. */
export interface ItemView {
  id: string;
  source: string;
  channel: Channel;
  externalId: string;
  author: string | null;
  text: string;
  isRedacted: boolean;
  postedAt: string;
  receivedAt: string;
  facility: string | null;
  unit: string | null;
  url: string | null;
  classification: ClassificationView;
  triage: TriageView;
  /**
   * Set when near-identical items by the same author (on any channel, within days) are linked as
   * one case: the id of the case's first item. Absent for an item that stands alone.
   */
  caseId?: string;
}

export interface ItemPage {
  items: ItemView[];
  nextCursor: string | null;
}

export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  units: string[];
}

export interface LoginResponse extends SessionTokens {
  user: AuthUser;
}

/** GET /api/v1/auth/config (public): which ways of signing in this server offers. */
export interface AuthConfigResponse {
  password: true;
  /** Hospital single sign-on (OpenID Connect); the browser starts it at `loginUrl`. */
  sso: { enabled: false } | { enabled: true; loginUrl: string };
}
