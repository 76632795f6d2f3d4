// The shape every push source shares: check the source's own signature over the raw request,
// then parse its own payload format into ingest items. Parsing is separate from verifying so a
// stored raw payload can be parsed again (replayed) after a parser fix, without its headers.
import type { IngestItem } from '@auscult/contracts';
import type { Rejection } from '../connector.js';

export interface WebhookRequest {
  /** The URL the provider called, as the provider saw it (scheme, host, path, query): Twilio signs it. */
  url: string;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string | undefined>>;
  body: Buffer;
  receivedAt: Date;
}

/** A source's configured secret (and, for Meta, the token of its subscription handshake). */
export interface WebhookSecret {
  secret: string;
  verifyToken?: string;
}

export interface WebhookContext {
  /** The source name in the URL, which becomes IngestItem.source. */
  source: string;
  /** Key of the keyed hash that turns a phone number or e-mail address into a sender reference. */
  authorKey: string;
  receivedAt: Date;
}

export type Check = { ok: true } | { ok: false; reason: string };

export interface WebhookReply {
  status: number;
  contentType: string;
  body: string;
}

export interface WebhookParseResult {
  items: IngestItem[];
  /** Parts that should have been feedback but could not become items, each with its reason. */
  rejected: Rejection[];
  /** Parts that carry no feedback by design (a like, a deletion): neither items nor errors. */
  ignored: number;
}

export interface WebhookConnector {
  /** The registry key and the `:source` of POST /api/v1/connectors/:source/webhook. */
  readonly name: string;
  readonly description: string;
  /** What a deployment sets to enable it; named in the answer when it is missing. */
  readonly configuration: string;
  verify(request: WebhookRequest, secret: WebhookSecret): Check;
  parse(body: Buffer, contentType: string, context: WebhookContext): Promise<WebhookParseResult>;
  /** The status of an accepted delivery when the provider requires one (Meta: 200); 202 otherwise. */
  readonly acceptedStatus?: number;
  /** The answer to an accepted delivery in the form the provider expects (Twilio wants TwiML). */
  reply?(result: WebhookParseResult): WebhookReply;
  /** A subscription handshake by GET (Meta's hub.challenge). */
  handshake?(query: Readonly<Record<string, string | undefined>>, secret: WebhookSecret): WebhookReply;
}

export function invalid(reason: string): Check {
  return { ok: false, reason };
}

export const VALID: Check = { ok: true };
