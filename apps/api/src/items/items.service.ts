import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthUser, ItemOriginalView, ItemPage, ItemSort, ItemView } from '@auscult/contracts';
import {
  AuditEventEntity,
  DataKeyring,
  ItemEntity,
  itemOriginalView,
  loadItemRecords,
  toItemView,
} from '@auscult/persistence';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { DomainError } from '../errors/domain-error.js';
import { decodeCursor, encodeCursor, type ItemCursor } from './cursor.js';
import type { ListItemsQuery } from './dto/list-items.query.js';
import { applyItemFilters, applyItemOrder, DUE_SQL, URGENCY_RANK_SQL } from './item-filters.js';
import { applyItemScope, seesRedactedOnly } from './item-scope.js';

interface PageRow {
  i_id: string;
  i_received_at: Date;
  rank?: number;
  due?: unknown;
  due_text: string | null;
}

function parseCursor(raw: string, sort: ItemSort): ItemCursor {
  const cursor = decodeCursor(raw, sort);
  if (cursor) return cursor;
  throw new DomainError('validation', 'The cursor is not one this API issued for this sort.', {
    errors: [{ field: 'cursor', reason: 'unrecognised cursor' }],
  });
}

function cursorOf(row: PageRow, sort: ItemSort): ItemCursor {
  const receivedAt = new Date(row.i_received_at).toISOString();
  if (sort === 'newest') return { sort, receivedAt, id: row.i_id };
  return { sort, rank: Number(row.rank), due: row.due_text ?? 'infinity', receivedAt, id: row.i_id };
}

/** Rows strictly after the cursor in the sort's order (rank ↑, due ↑, receivedAt ↓, id ↓). */
function applyCursor(qb: SelectQueryBuilder<ItemEntity>, c: ItemCursor): void {
  const after = '(i.receivedAt, i.id) < (:cAt, :cId)';
  if (c.sort === 'newest') {
    qb.andWhere(after, { cAt: c.receivedAt, cId: c.id });
    return;
  }
  qb.andWhere(
    `(${URGENCY_RANK_SQL} > :cRank OR (${URGENCY_RANK_SQL} = :cRank AND (${DUE_SQL} > CAST(:cDue AS timestamptz)
       OR (${DUE_SQL} = CAST(:cDue AS timestamptz) AND ${after}))))`,
    { cRank: c.rank, cDue: c.due, cAt: c.receivedAt, cId: c.id },
  );
}

@Injectable()
export class ItemsService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly keyring: DataKeyring,
  ) {}

  private scopedQuery(user: AuthUser) {
    const qb = this.ds
      .getRepository(ItemEntity)
      .createQueryBuilder('i')
      .innerJoin('i.classification', 'c')
      .innerJoin('i.triage', 't')
      .select(['i.id', 'i.receivedAt']);
    return applyItemScope(qb, user);
  }

  /** Filtered and ordered (newest first, or by urgency); keyset pages never skip or repeat an item. */
  async list(user: AuthUser, query: ListItemsQuery): Promise<ItemPage> {
    const limit = query.limit ?? 50;
    const sort = query.sort ?? 'newest';
    const qb = applyItemFilters(this.scopedQuery(user), query);
    if (query.cursor) applyCursor(qb, parseCursor(query.cursor, sort));
    applyItemOrder(qb, sort);
    const rows: PageRow[] = await qb
      .addSelect('t.due_at::text', 'due_text')
      .limit(limit + 1)
      .getRawMany();
    const page = rows.slice(0, limit);
    const records = await loadItemRecords(
      this.ds.manager,
      page.map((r) => r.i_id),
    );
    const last = page.at(-1);
    return {
      items: records.map((r) => toItemView(r, { redacted: seesRedactedOnly(user) })),
      nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last, sort)) : null,
    };
  }

  /** An item the viewer may not reach is answered exactly like one that does not exist. */
  async get(user: AuthUser, id: string): Promise<ItemView> {
    const visible = await this.scopedQuery(user).andWhere('i.id = :id', { id }).getOne();
    const [record] = visible ? await loadItemRecords(this.ds.manager, [id]) : [];
    if (!record) throw new DomainError('not_found', 'No such item.');
    return toItemView(record, { redacted: seesRedactedOnly(user) });
  }

  /**
   * The original text for a role that needs it (the route allows only PX and the unit's nurses), within
   * the same scope as every item read. The audit event is written before anything is decrypted: no
   * trail, no read.
   */
  async readOriginal(user: AuthUser, id: string, from: RequestOrigin): Promise<ItemOriginalView> {
    const visible = await this.scopedQuery(user).andWhere('i.id = :id', { id }).getOne();
    const item = visible && (await this.ds.getRepository(ItemEntity).findOneBy({ id }));
    if (!item) throw new DomainError('not_found', 'No such item.');
    await this.ds.getRepository(AuditEventEntity).insert({
      actorId: user.id,
      actorLabel: `user:${user.email}`,
      action: 'item.original_read',
      itemId: id,
      remoteAddress: from.remoteAddress,
      userAgent: from.userAgent,
    });
    return itemOriginalView(this.keyring, item);
  }
}

export interface RequestOrigin {
  remoteAddress: string | null;
  userAgent: string | null;
}
