// POST /api/v1/ingest refusals are kept too (nothing silently dropped), under a source name no real
// source can have, so a replay knows to read them as an ingest body again.
import { Injectable, Logger } from '@nestjs/common';
import { ConnectorIntakeStore } from '@auscult/persistence';
import type { DomainError } from '../errors/domain-error.js';

export const INGEST_API_SOURCE = '@ingest-api';

@Injectable()
export class IngestRejections {
  private readonly logger = new Logger(IngestRejections.name);

  constructor(private readonly store: ConnectorIntakeStore) {}

  /** Keeps a refused ingest body with the problems named in the 400; never fails the answer. */
  async keep(body: unknown, error: DomainError): Promise<void> {
    const problems = error.details.errors ?? [];
    const reason = problems.length
      ? problems.map((p) => `${p.field}: ${p.reason}`).join('; ')
      : error.message;
    try {
      await this.store.reject({
        source: INGEST_API_SOURCE,
        reason,
        contentType: 'application/json',
        body: JSON.stringify(body) ?? 'null',
      });
    } catch (e) {
      this.logger.warn(
        { err: e instanceof Error ? e.message : String(e) },
        'could not keep a refused ingest body',
      );
    }
  }
}
