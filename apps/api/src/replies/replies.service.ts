import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ITEM_KINDS,
  type AuthUser,
  type ItemKind,
  type ReplyCheckResult,
  type ReplyTemplate,
} from '@auscult/contracts';
import {
  AuditEventEntity,
  ClassificationCorrectionEntity,
  ClassificationEntity,
  ReplyTemplateEntity,
} from '@auscult/persistence';
import type { DataSource } from 'typeorm';
import { DomainError } from '../errors/domain-error.js';
import { checkReply } from './reply-check.js';

const toView = (t: ReplyTemplateEntity, byEmail: string | null): ReplyTemplate => ({
  kind: t.kind,
  text: t.text,
  updatedAt: t.updatedAt.toISOString(),
  updatedBy: byEmail,
});

@Injectable()
export class RepliesService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * Warnings for a draft and the approved wording for the item's kind (a human correction wins over
   * the model). The audit keeps that a check happened and what it found, never the draft: it may
   * hold what it warns about.
   */
  async check(
    user: AuthUser,
    itemId: string,
    draft: string,
    remoteAddress: string | null,
  ): Promise<ReplyCheckResult> {
    const classification = await this.ds.getRepository(ClassificationEntity).findOneBy({ itemId });
    if (!classification) throw new DomainError('not_found', 'No such item.');
    const correction = await this.ds
      .getRepository(ClassificationCorrectionEntity)
      .findOne({ where: { itemId }, order: { createdAt: 'DESC' } });
    const kind = correction?.kind ?? classification.kind;
    const warnings = checkReply(draft);
    await this.ds.getRepository(AuditEventEntity).insert({
      actorId: user.id,
      actorLabel: `user:${user.email}`,
      action: 'reply.checked',
      itemId,
      toState: { warnings: warnings.map((w) => w.kind), suggestedKind: kind },
      remoteAddress,
    });
    return { itemId, warnings, isSafe: warnings.length === 0, suggestion: await this.template(kind) };
  }

  async templates(): Promise<ReplyTemplate[]> {
    const rows = await this.ds.getRepository(ReplyTemplateEntity).find();
    const views = await Promise.all(rows.map((r) => this.withAuthor(r)));
    return ITEM_KINDS.flatMap((k) => views.filter((v) => v.kind === k));
  }

  async updateTemplate(user: AuthUser, kind: ItemKind, text: string, remoteAddress: string | null) {
    return this.ds.transaction(async (em) => {
      const before = await em.findOneBy(ReplyTemplateEntity, { kind });
      if (!before) throw new DomainError('not_found', 'No template for that kind.');
      await em.update(ReplyTemplateEntity, { kind }, { text, updatedAt: new Date(), updatedBy: user.id });
      await em.insert(AuditEventEntity, {
        actorId: user.id,
        actorLabel: `user:${user.email}`,
        action: 'reply_template.updated',
        fromState: { kind, text: before.text },
        toState: { kind, text },
        remoteAddress,
      });
      return toView(await em.findOneByOrFail(ReplyTemplateEntity, { kind }), user.email);
    });
  }

  private async template(kind: ItemKind): Promise<ReplyTemplate> {
    return this.withAuthor(await this.ds.getRepository(ReplyTemplateEntity).findOneByOrFail({ kind }));
  }

  private async withAuthor(t: ReplyTemplateEntity): Promise<ReplyTemplate> {
    if (!t.updatedBy) return toView(t, null);
    const [row] = await this.ds.query(`SELECT email FROM users WHERE id = $1`, [t.updatedBy]);
    return toView(t, (row as { email: string } | undefined)?.email ?? null);
  }
}
