// Admins list what could not become items and replay one after a parser fix: its stored raw payload
// (or, when that was pruned, the copy beside the rejection if it is whole) goes through the source's
// parser again. The signature was checked when it arrived; it is not checked again.
import { Injectable, Logger } from '@nestjs/common';
import type { AuthUser, IngestAccepted, RejectedItemPage } from '@auscult/contracts';
import { webhookConnectorFor } from '@auscult/connectors';
import { ConnectorIntakeStore } from '@auscult/persistence';
import { IntakeService } from '../connectors/intake.service.js';
import { IngestService } from '../ingest/ingest.service.js';
import { parseIngestBody } from '../ingest/parse-ingest-body.js';
import { INGEST_API_SOURCE } from './ingest-rejections.js';
import { DomainError } from '../errors/domain-error.js';

export interface ReplayResult {
  outcome: 'accepted' | 'still_rejected';
  items: IngestAccepted[];
  reasons: string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class RejectedService {
  private readonly logger = new Logger(RejectedService.name);

  constructor(
    private readonly store: ConnectorIntakeStore,
    private readonly intake: IntakeService,
    private readonly ingest: IngestService,
  ) {}

  list(query: { source?: string; limit?: number; cursor?: string }): Promise<RejectedItemPage> {
    return this.store.listRejected({ limit: query.limit ?? 50, cursor: query.cursor, source: query.source });
  }

  async replay(id: string, admin: AuthUser): Promise<ReplayResult> {
    const rejected = UUID.test(id) ? await this.store.rejected(id) : null;
    if (!rejected) throw new DomainError('not_found', `No rejected item ${id}.`);
    const raw = rejected.rawPayloadId ? await this.store.rawPayload(rejected.rawPayloadId) : null;
    if (!raw && rejected.isTruncated)
      throw new DomainError(
        'conflict',
        'Its raw payload has been pruned and only a truncated copy is left; it cannot be replayed in full.',
      );
    const body = raw?.body ?? Buffer.from(rejected.payload, 'utf8');
    if (rejected.source === INGEST_API_SOURCE)
      return this.finish(id, admin, await this.replayIngestBody(body));
    const parsed = await webhookConnectorFor(rejected.source).parse(body, rejected.contentType, {
      source: rejected.source,
      authorKey: this.intake.authorKey,
      receivedAt: raw?.receivedAt ?? new Date(rejected.receivedAt),
    });
    const items = await this.intake.accept(rejected.source, parsed.items);
    return this.finish(id, admin, { items, reasons: parsed.rejected.map((r) => r.reason) }, rejected.source);
  }

  /** A refused POST /api/v1/ingest body, read by the ingest API's own rules again. */
  private async replayIngestBody(body: Buffer): Promise<Omit<ReplayResult, 'outcome'>> {
    let items;
    try {
      items = parseIngestBody(JSON.parse(body.toString('utf8')));
    } catch (e) {
      const problems = e instanceof DomainError ? (e.details.errors ?? []) : [];
      const reasons = problems.length ? problems.map((p) => `${p.field}: ${p.reason}`) : [String(e)];
      return { items: [], reasons };
    }
    return { items: await this.ingest.ingest(items), reasons: [] };
  }

  private async finish(
    id: string,
    admin: AuthUser,
    { items, reasons }: Omit<ReplayResult, 'outcome'>,
    source = INGEST_API_SOURCE,
  ): Promise<ReplayResult> {
    // Replaying a batch re-sends its good items too; they come back as duplicates, which is harmless.
    const outcome = reasons.length === 0 ? 'accepted' : 'still_rejected';
    await this.store.markReplayed(
      id,
      outcome === 'accepted'
        ? `accepted ${items.length} item(s), ${items.filter((i) => i.duplicate).length} already known; by ${admin.email}`
        : `still rejected: ${reasons[0]}; by ${admin.email}`,
    );
    this.logger.log({ rejectedId: id, source, outcome, by: admin.id }, 'rejected item replayed');
    return { outcome, items, reasons };
  }
}
