import { Inject, Injectable } from '@nestjs/common';
import type { AuscultConfig } from '@auscult/config';
import {
  WEBHOOK_CONNECTORS,
  webhookConnectorFor,
  type WebhookConnector,
  type WebhookReply,
} from '@auscult/connectors';
import type { Request } from 'express';
import { AUSCULT_CONFIG } from '../config/config.module.js';
import { DomainError } from '../errors/domain-error.js';
import { rawBodyOf } from './webhook-body.js';
import { IntakeService, type IntakeOutcome } from './intake.service.js';

const SOURCE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export type WebhookAnswer =
  { kind: 'reply'; reply: WebhookReply } | { kind: 'json'; status: number; body: Record<string, unknown> };

@Injectable()
export class WebhookService {
  constructor(
    private readonly intake: IntakeService,
    @Inject(AUSCULT_CONFIG) private readonly config: AuscultConfig,
  ) {}

  /** Meta's subscription handshake (GET with hub.mode, hub.verify_token, hub.challenge). */
  handshake(source: string, query: Record<string, string | undefined>): WebhookReply {
    const { connector, secret } = this.configured(source);
    if (!connector.handshake)
      throw new DomainError('not_found', `The ${source} webhook has no GET handshake; providers POST to it.`);
    return connector.handshake(query, secret);
  }

  async deliver(source: string, req: Request): Promise<WebhookAnswer> {
    const { connector, secret } = this.configured(source);
    const receivedAt = new Date();
    const body = rawBodyOf(req);
    const check = connector.verify(
      { url: this.calledUrl(req), headers: lowerCaseHeaders(req), body, receivedAt },
      secret,
    );
    if (!check.ok) {
      await this.intake.recordRefusal(source, check.reason);
      throw new DomainError('unauthenticated', `Signature check failed for ${source}: ${check.reason}.`);
    }
    const contentType = req.headers['content-type'] ?? 'application/octet-stream';
    const outcome = await this.intake.receive(connector, { source, contentType, body, receivedAt });
    return answer(connector, outcome);
  }

  private configured(source: string): {
    connector: WebhookConnector;
    secret: { secret: string; verifyToken?: string };
  } {
    if (!SOURCE_PATTERN.test(source))
      throw new DomainError('not_found', 'A source name holds letters, digits, ".", "_" and "-" only.');
    const connector = webhookConnectorFor(source);
    const secret = this.config.pushConnectors.webhookSecrets[source];
    if (secret) return { connector, secret };
    if (Object.hasOwn(WEBHOOK_CONNECTORS, source))
      throw new DomainError(
        'unavailable',
        `The ${source} webhook is not configured on this server: set ${connector.configuration}. Nothing was accepted.`,
      );
    throw new DomainError(
      'not_found',
      `No webhook is configured for source '${source}': set WEBHOOK_SECRETS=${source}=<secret> to accept signed JSON from it.`,
    );
  }

  /** The URL as the provider called it: Twilio signs it. Behind a proxy, CONNECTORS_PUBLIC_URL says what it was. */
  private calledUrl(req: Request): string {
    const base =
      this.config.pushConnectors.publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    return `${base}${req.originalUrl}`;
  }
}

function lowerCaseHeaders(req: Request): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(req.headers).map(([name, value]) => [
      name.toLowerCase(),
      Array.isArray(value) ? value.join(', ') : value,
    ]),
  );
}

function answer(connector: WebhookConnector, outcome: IntakeOutcome): WebhookAnswer {
  const rejected = outcome.rejected.map((part) => ({ id: part.id, reason: part.reason }));
  if (outcome.accepted.length === 0 && rejected.length > 0) {
    throw new DomainError(
      'validation',
      `The payload could not be read: ${rejected[0].reason}. It was kept as rejected item ${rejected[0].id}.`,
      {
        errors: rejected.map((part) => ({ field: 'body', reason: part.reason })),
      },
    );
  }
  if (connector.reply)
    return { kind: 'reply', reply: connector.reply({ items: [], rejected: [], ignored: outcome.ignored }) };
  return {
    kind: 'json',
    status: connector.acceptedStatus ?? 202,
    body: { items: outcome.accepted, rejected, ignored: outcome.ignored },
  };
}
