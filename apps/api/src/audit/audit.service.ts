import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditEventEntity } from '@auscult/persistence';
import type { DataSource } from 'typeorm';
import type { AuditSearchQuery } from './dto/audit-search.query.js';

export interface AuditEntry {
  id: string;
  at: string;
  actorId: string | null;
  actor: string;
  action: string;
  itemId: string | null;
  from: object | null;
  to: object | null;
  note: string | null;
  remoteAddress: string | null;
  userAgent: string | null;
}

export interface AuditPage {
  events: AuditEntry[];
  nextCursor: string | null;
}

const toEntry = (e: AuditEventEntity): AuditEntry => ({
  id: e.id,
  at: e.at.toISOString(),
  actorId: e.actorId,
  actor: e.actorLabel,
  action: e.action,
  itemId: e.itemId,
  from: e.fromState,
  to: e.toState,
  note: e.note,
  remoteAddress: e.remoteAddress,
  userAgent: e.userAgent,
});

/** Admins' view of the audit trail: newest first, keyset-paginated by id (ids only grow). */
@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async search(q: AuditSearchQuery, limit = q.limit ?? 100): Promise<AuditPage> {
    const qb = this.ds.getRepository(AuditEventEntity).createQueryBuilder('a');
    if (q.actor)
      qb.andWhere('a.actorLabel ILIKE :actor', { actor: `%${q.actor.replace(/[\\%_]/g, (m) => `\\${m}`)}%` });
    if (q.action) qb.andWhere('a.action = :action', { action: q.action });
    if (q.itemId) qb.andWhere('a.itemId = :itemId', { itemId: q.itemId.toLowerCase() });
    if (q.from) qb.andWhere('a.at >= :from', { from: new Date(q.from) });
    if (q.to) qb.andWhere('a.at < :to', { to: new Date(q.to) });
    if (q.cursor) qb.andWhere('a.id < :cursor', { cursor: q.cursor });
    const rows = await qb
      .orderBy('a.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    const page = rows.slice(0, limit);
    return { events: page.map(toEntry), nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
  }

  /** Every matching event, page by page, so an export of any size holds one page in memory. */
  async *all(q: AuditSearchQuery): AsyncGenerator<AuditEntry> {
    let cursor = q.cursor;
    for (;;) {
      const page = await this.search({ ...q, cursor }, 1000);
      yield* page.events;
      if (!page.nextCursor) return;
      cursor = page.nextCursor;
    }
  }

  async record(
    actor: { id: string; email: string },
    action: string,
    note: string,
    remoteAddress: string | null,
  ) {
    await this.ds.getRepository(AuditEventEntity).insert({
      actorId: actor.id,
      actorLabel: `user:${actor.email}`,
      action,
      note,
      remoteAddress,
    });
  }
}

const CSV_COLUMNS = [
  'id',
  'at',
  'actor',
  'action',
  'itemId',
  'from',
  'to',
  'note',
  'remoteAddress',
  'userAgent',
] as const;

/** RFC 4180 quoting; a leading = + - @ is prefixed so a spreadsheet never runs a cell as a formula. */
function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvHeader = `${CSV_COLUMNS.join(',')}\r\n`;
export const csvLine = (e: AuditEntry) => `${CSV_COLUMNS.map((c) => csvCell(e[c])).join(',')}\r\n`;
