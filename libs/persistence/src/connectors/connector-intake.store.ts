// What arrives from sources before it becomes items: raw payloads (kept for replay after a parser fix)
// and rejected payloads (kept with their reason; nothing is silently dropped).
import type { RejectedItemPage, RejectedItemView } from '@auscult/contracts';
import type { DataSource } from 'typeorm';

/** How much of a rejected payload is kept beside its reason (the full body stays in raw_payloads). */
export const REJECTED_COPY_CHARS = 16_384;

export type RawPayloadOutcome = 'accepted' | 'rejected';

export interface RawPayload {
  id: string;
  source: string;
  contentType: string;
  body: Buffer;
  receivedAt: Date;
}

export interface RejectedPayload {
  source: string;
  reason: string;
  contentType: string;
  body: Buffer | string;
  rawPayloadId?: string | null;
}

interface RejectedRow {
  id: string;
  source: string;
  reason: string;
  received_at: Date;
  content_type: string;
  payload: string;
  is_truncated: boolean;
  raw_payload_id: string | null;
  replayed_at: Date | null;
  replay_outcome: string | null;
}

export class ConnectorIntakeStore {
  constructor(private readonly dataSource: DataSource) {}

  async keepRawPayload(
    source: string,
    contentType: string,
    body: Buffer,
    outcome: RawPayloadOutcome,
  ): Promise<string> {
    const rows: { id: string }[] = await this.dataSource.query(
      `INSERT INTO raw_payloads (source, content_type, body, outcome) VALUES ($1, $2, $3, $4) RETURNING id`,
      [source, contentType, body, outcome],
    );
    return rows[0].id;
  }

  async rawPayload(id: string): Promise<RawPayload | null> {
    const rows: { id: string; source: string; content_type: string; body: Buffer; received_at: Date }[] =
      await this.dataSource.query(
        `SELECT id, source, content_type, body, received_at FROM raw_payloads WHERE id = $1`,
        [id],
      );
    const row = rows[0];
    return row
      ? {
          id: row.id,
          source: row.source,
          contentType: row.content_type,
          body: row.body,
          receivedAt: row.received_at,
        }
      : null;
  }

  /** Deletes raw payloads received before `before`; rejected items keep their truncated copy. */
  async pruneRawPayloads(before: Date): Promise<number> {
    const result: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM raw_payloads WHERE received_at < $1`,
      [before],
    );
    return result[1];
  }

  async reject(rejection: RejectedPayload): Promise<string> {
    const text = typeof rejection.body === 'string' ? rejection.body : rejection.body.toString('utf8');
    const rows: { id: string }[] = await this.dataSource.query(
      `INSERT INTO rejected_items (source, reason, content_type, payload, is_truncated, raw_payload_id)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        rejection.source,
        rejection.reason.slice(0, 2000),
        rejection.contentType,
        // PostgreSQL text cannot hold NUL; a binary part of a payload is kept in raw_payloads only.
        text.slice(0, REJECTED_COPY_CHARS).replaceAll('\u0000', '\uFFFD'),
        text.length > REJECTED_COPY_CHARS,
        rejection.rawPayloadId ?? null,
      ],
    );
    return rows[0].id;
  }

  async rejected(id: string): Promise<(RejectedItemView & { rawPayloadId: string | null }) | null> {
    const rows: RejectedRow[] = await this.dataSource.query(`${SELECT_REJECTED} WHERE r.id = $1`, [id]);
    return rows[0] ? { ...toView(rows[0]), rawPayloadId: rows[0].raw_payload_id } : null;
  }

  /** Newest first; the cursor is the last item's `receivedAt|id`. */
  async listRejected(options: {
    limit: number;
    cursor?: string;
    source?: string;
  }): Promise<RejectedItemPage> {
    const params: unknown[] = [options.limit + 1];
    const where: string[] = [];
    if (options.source) {
      params.push(options.source);
      where.push(`r.source = $${params.length}`);
    }
    if (options.cursor) {
      const [at, id] = options.cursor.split('|');
      params.push(at, id);
      where.push(`(r.received_at, r.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    const rows: RejectedRow[] = await this.dataSource.query(
      `${SELECT_REJECTED} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY r.received_at DESC, r.id DESC LIMIT $1`,
      params,
    );
    const page = rows.slice(0, options.limit);
    const last = page.at(-1);
    return {
      items: page.map(toView),
      nextCursor: rows.length > options.limit && last ? `${last.received_at.toISOString()}|${last.id}` : null,
    };
  }

  async markReplayed(id: string, outcome: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE rejected_items SET replayed_at = now(), replay_outcome = $2 WHERE id = $1`,
      [id, outcome.slice(0, 2000)],
    );
  }
}

const SELECT_REJECTED = `
  SELECT r.id, r.source, r.reason, r.received_at, r.content_type, r.payload, r.is_truncated,
         p.id AS raw_payload_id, r.replayed_at, r.replay_outcome
    FROM rejected_items r LEFT JOIN raw_payloads p ON p.id = r.raw_payload_id`;

function toView(row: RejectedRow): RejectedItemView {
  return {
    id: row.id,
    source: row.source,
    reason: row.reason,
    receivedAt: row.received_at.toISOString(),
    contentType: row.content_type,
    payload: row.payload,
    isTruncated: row.is_truncated,
    canReplayInFull: row.raw_payload_id !== null || !row.is_truncated,
    replayedAt: row.replayed_at?.toISOString() ?? null,
    replayOutcome: row.replay_outcome,
  };
}
