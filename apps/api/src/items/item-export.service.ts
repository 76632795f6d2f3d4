import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ITEM_EXPORT_COLUMNS,
  ITEM_EXPORT_MAX_ROWS,
  type AuthUser,
  type ItemExportColumn,
  type ItemPage,
  type ItemView,
} from '@auscult/contracts';
import { AuditEventEntity } from '@auscult/persistence';
import type { Response } from 'express';
import { once } from 'node:events';
import type { DataSource } from 'typeorm';
import { csvLine } from '../reports/csv.js';
import type { ItemFiltersQuery } from './dto/list-items.query.js';
import { ItemsService } from './items.service.js';

const PAGE = 500;

function cells(v: ItemView): Record<ItemExportColumn, unknown> {
  const kind = v.classification.correction ?? v.classification;
  return {
    id: v.id,
    receivedAt: v.receivedAt,
    postedAt: v.postedAt,
    source: v.source,
    channel: v.channel,
    facility: v.facility,
    unit: v.unit,
    kind: kind.kind,
    urgency: kind.urgency,
    topics: kind.topics,
    sentiment: v.classification.sentiment,
    confidence: v.classification.confidence,
    status: v.triage.status,
    assignee: v.triage.assigneeName,
    dueAt: v.triage.dueAt,
    slaState: v.triage.slaState,
    acknowledgedAt: v.triage.acknowledgedAt,
    resolvedAt: v.triage.resolvedAt,
    url: v.url,
    text: v.text,
  };
}

/**
 * The CSV export of a filtered list, streamed page by page (keyset pages of 500, waiting for the
 * socket to drain), so a large export holds one page in memory. Same scope and redaction as the
 * list, because it reads through the list; the export itself is audited before the first byte.
 */
@Injectable()
export class ItemExportService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly items: ItemsService,
  ) {}

  async stream(user: AuthUser, filters: ItemFiltersQuery, res: Response, remoteAddress: string | null) {
    // Runs the filters once before any header is sent, so a bad filter still answers a clean 400.
    const page = await this.items.list(user, { ...filters, limit: PAGE });
    await this.ds.getRepository(AuditEventEntity).insert({
      actorId: user.id,
      actorLabel: `user:${user.email}`,
      action: 'items.exported',
      itemId: null,
      toState: { filters: { ...filters }, format: 'csv' },
      remoteAddress,
    });
    res.status(200);
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', 'attachment; filename="auscult-items.csv"');
    try {
      await this.rows(user, filters, res, page);
    } catch (err) {
      // Headers are gone: a cut-off download is the only honest answer left.
      res.destroy(err instanceof Error ? err : new Error(String(err)));
    }
  }

  private async rows(user: AuthUser, filters: ItemFiltersQuery, res: Response, first: ItemPage) {
    let page = first;
    let sent = 0;
    await this.write(res, csvLine(ITEM_EXPORT_COLUMNS));
    for (;;) {
      for (const item of page.items.slice(0, ITEM_EXPORT_MAX_ROWS - sent)) {
        const c = cells(item);
        await this.write(res, csvLine(ITEM_EXPORT_COLUMNS.map((k) => c[k])));
      }
      sent += page.items.length;
      if (!page.nextCursor || sent >= ITEM_EXPORT_MAX_ROWS || res.destroyed) break;
      page = await this.items.list(user, { ...filters, limit: PAGE, cursor: page.nextCursor });
    }
    res.end();
  }

  private async write(res: Response, chunk: string): Promise<void> {
    if (!res.write(chunk) && !res.destroyed) await once(res, 'drain');
  }
}
