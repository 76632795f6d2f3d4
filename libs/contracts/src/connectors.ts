// Connector health and rejected payloads as the admin API returns them (GET /api/v1/admin/connectors,
// GET /api/v1/admin/rejected).

export const CONNECTOR_KINDS = ['push', 'pull'] as const;
export type ConnectorKind = (typeof CONNECTOR_KINDS)[number];

export const CONNECTOR_STATES = ['ok', 'silent', 'failing', 'unknown'] as const;
/** `silent`: nothing for longer than 2× its rhythm; `failing`: its last outcome is an error older than its rhythm. */
export type ConnectorState = (typeof CONNECTOR_STATES)[number];

export interface ConnectorHealth {
  source: string;
  kind: ConnectorKind;
  expectedIntervalSeconds: number | null;
  lastSuccessAt: string | null;
  lastItemAt: string | null;
  /** Seconds between the newest item's postedAt and its delivery/fetch. */
  lagSeconds: number | null;
  lastErrorAt: string | null;
  lastError: string | null;
  /** failures / (successes + failures) over the last 24 hours; null without outcomes. */
  errorRate24h: number | null;
  outcomes24h: { successes: number; failures: number; items: number };
  state: ConnectorState;
  /** True when the state needs an admin: silent or failing for longer than its rhythm. */
  isAlerting: boolean;
}

export interface ConnectorHealthResponse {
  connectors: ConnectorHealth[];
  alerting: string[];
  checkedAt: string;
}

export interface RejectedItemView {
  id: string;
  source: string;
  reason: string;
  receivedAt: string;
  contentType: string;
  payload: string;
  isTruncated: boolean;
  canReplayInFull: boolean;
  replayedAt: string | null;
  replayOutcome: string | null;
}

export interface RejectedItemPage {
  items: RejectedItemView[];
  nextCursor: string | null;
}
