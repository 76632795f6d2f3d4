// The one path from a source's payload to the ingest queue for push sources, comment cards and
// replays: parse with the source's connector, keep the raw payload, keep every rejection with its
// reason, enqueue the items (dedupe by (source, externalId)), record the source's health.
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { IngestAccepted, IngestItem } from '@auscult/contracts';
import type { AuscultConfig } from '@auscult/config';
import type { WebhookConnector, WebhookParseResult } from '@auscult/connectors';
import { ConnectorIntakeStore, ConnectorStatusRecorder } from '@auscult/persistence';
import { AUSCULT_CONFIG } from '../config/config.module.js';
import { IngestService } from '../ingest/ingest.service.js';

export interface Delivery {
  source: string;
  contentType: string;
  body: Buffer;
  receivedAt: Date;
}

export interface RejectedPart {
  id: string;
  reason: string;
}

export interface IntakeOutcome {
  accepted: IngestAccepted[];
  rejected: RejectedPart[];
  ignored: number;
  rawPayloadId: string;
}

@Injectable()
export class IntakeService {
  private readonly logger = new Logger(IntakeService.name);

  constructor(
    private readonly store: ConnectorIntakeStore,
    private readonly recorder: ConnectorStatusRecorder,
    private readonly ingest: IngestService,
    @Inject(AUSCULT_CONFIG) private readonly config: AuscultConfig,
  ) {}

  get authorKey(): string {
    return this.config.pushConnectors.authorRefKey;
  }

  /** Parses and accepts one delivery that has passed its source's authentication. */
  async receive(connector: WebhookConnector, delivery: Delivery): Promise<IntakeOutcome> {
    const { source, contentType, body, receivedAt } = delivery;
    const parsed = await connector.parse(body, contentType, {
      source,
      authorKey: this.authorKey,
      receivedAt,
    });
    const outcome = parsed.items.length === 0 && parsed.rejected.length > 0 ? 'rejected' : 'accepted';
    const rawPayloadId = await this.store.keepRawPayload(source, contentType, body, outcome);
    const rejected = await this.keepRejections(delivery, parsed, rawPayloadId);
    const accepted = await this.enqueue(source, parsed.items);
    await this.recordOutcome(source, parsed, rejected);
    return { accepted, rejected, ignored: parsed.ignored, rawPayloadId };
  }

  /** Enqueues items that did not come through a webhook (comment cards), recording the source's health. */
  async accept(source: string, items: IngestItem[]): Promise<IngestAccepted[]> {
    const accepted = await this.enqueue(source, items);
    await this.recordOutcome(source, { items, rejected: [], ignored: 0 }, []);
    return accepted;
  }

  /** A delivery refused before parsing (bad signature): counted against the source, never stored. */
  async recordRefusal(source: string, reason: string): Promise<void> {
    await this.recorder.recordFailure(source, {
      kind: 'push',
      error: `refused: ${reason}`,
      expectedIntervalSeconds: this.config.pushConnectors.rhythms[source],
    });
  }

  private async keepRejections(
    delivery: Delivery,
    parsed: WebhookParseResult,
    rawPayloadId: string,
  ): Promise<RejectedPart[]> {
    const parts: RejectedPart[] = [];
    for (const rejection of parsed.rejected) {
      const id = await this.store.reject({
        source: delivery.source,
        reason: rejection.reason,
        contentType: delivery.contentType,
        body: delivery.body,
        rawPayloadId,
      });
      parts.push({ id, reason: rejection.reason });
    }
    if (parts.length > 0)
      this.logger.warn({ source: delivery.source, rejected: parts.length }, 'connector payload rejected');
    return parts;
  }

  private async enqueue(source: string, items: IngestItem[]): Promise<IngestAccepted[]> {
    if (items.length === 0) return [];
    try {
      return await this.ingest.ingest(items);
    } catch (error) {
      await this.recordFailure(source, 'the ingest queue (Redis) was unavailable');
      throw error;
    }
  }

  private async recordOutcome(source: string, parsed: WebhookParseResult, rejected: RejectedPart[]) {
    const expectedIntervalSeconds = this.config.pushConnectors.rhythms[source];
    if (parsed.items.length === 0 && rejected.length > 0) {
      await this.recordFailure(source, `rejected: ${rejected[0].reason}`);
      return;
    }
    const postedAt = parsed.items.flatMap((item) => (item.postedAt ? [Date.parse(item.postedAt)] : []));
    await this.recorder.recordSuccess(source, {
      kind: 'push',
      items: parsed.items.length,
      expectedIntervalSeconds,
      ...(postedAt.length ? { newestItemAt: new Date(Math.max(...postedAt)) } : {}),
    });
  }

  private async recordFailure(source: string, error: string): Promise<void> {
    await this.recorder.recordFailure(source, {
      kind: 'push',
      error,
      expectedIntervalSeconds: this.config.pushConnectors.rhythms[source],
    });
  }
}
