import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthUser, ItemOriginalView, ItemPage, ItemView } from '@auscult/contracts';
import {
  AuditEventEntity,
  DataKeyring,
  ItemEntity,
  itemOriginalView,
  loadItemRecords,
  toItemView,
} from '@auscult/persistence';
import type { DataSource } from 'typeorm';
import { DomainError } from '../errors/domain-error.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { ListItemsQuery } from './dto/list-items.query.js';
import { applyItemScope, seesRedactedOnly } from './item-scope.js';

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

  /** Newest first, by (receivedAt, id) so that pages never skip or repeat an item. */
  async list(user: AuthUser, query: ListItemsQuery): Promise<ItemPage> {
    const limit = query.limit ?? 50;
    const qb = this.scopedQuery(user);
    if (query.kind) qb.andWhere('c.kind = :kind', { kind: query.kind });
    if (query.urgency) qb.andWhere('c.urgency = :urgency', { urgency: query.urgency });
    if (query.status) qb.andWhere('t.status = :status', { status: query.status });
    if (query.unit) qb.andWhere('t.unit = :unit', { unit: query.unit });
    if (query.q) {
      // Original texts are encrypted: everyone searches the redacted text (identifiers are not searchable).
      qb.andWhere(`i.redactedText ILIKE :q`, { q: `%${query.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%` });
    }
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor);
      if (!cursor)
        throw new DomainError('validation', 'The cursor is not one this API issued.', {
          errors: [{ field: 'cursor', reason: 'unrecognised cursor' }],
        });
      qb.andWhere('(i.receivedAt, i.id) < (:cAt, :cId)', { cAt: cursor.receivedAt, cId: cursor.id });
    }
    const rows = await qb
      .orderBy('i.receivedAt', 'DESC')
      .addOrderBy('i.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    const page = rows.slice(0, limit);
    const records = await loadItemRecords(
      this.ds.manager,
      page.map((r) => r.id),
    );
    const last = page.at(-1);
    return {
      items: records.map((r) => toItemView(r, { redacted: seesRedactedOnly(user) })),
      nextCursor:
        rows.length > limit && last
          ? encodeCursor({ receivedAt: last.receivedAt.toISOString(), id: last.id })
          : null,
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
