import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthUser, ItemKind, ItemView, Topic, Urgency } from '@auscult/contracts';
import { emitItemEvents } from '@auscult/live';
import {
  ClassificationCorrectionEntity,
  itemEventsFor,
  loadItemRecords,
  toItemView,
} from '@auscult/persistence';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../errors/domain-error.js';
import { seesRedactedOnly } from '../items/item-scope.js';
import { LiveGateway } from '../live/live.gateway.js';
import type { AuditEventView } from './dto/audit-event.view.js';
import { auditTrailOf, recordAudit } from './triage-audit.js';
import { mayAct, mayReadAuditTrail, planAction, type TriageAction } from './triage-policy.js';
import { applyPlan, findAssignee, reaches, readTriage, viewFor, type StoredTriage } from './triage-store.js';

export interface TriageInput {
  expectedVersion?: number;
  note?: string;
  assigneeId?: string;
  correction?: { kind: ItemKind; urgency: Urgency; topics: Topic[] };
}

export interface Actor {
  user: AuthUser;
  remoteAddress: string | null;
}

@Injectable()
export class TriageService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly live: LiveGateway,
  ) {}

  /** One action, all or nothing: check, conditional update, correction, audit; then tell the dashboards. */
  async act(actor: Actor, itemId: string, action: TriageAction, input: TriageInput): Promise<ItemView> {
    const { user } = actor;
    if (!mayAct(user.role, action))
      throw new DomainError('forbidden', `Your role (${user.role}) may not ${action} items.`);
    const changed = await this.ds
      .transaction(async (em) => {
        const current = await this.reachableTriage(em, user, itemId);
        if (input.expectedVersion !== undefined && input.expectedVersion !== current.version)
          throw new DomainError('conflict', 'This item has changed since you loaded it; look again.');
        if (input.assigneeId !== undefined) await this.checkAssignee(em, input.assigneeId, itemId);
        const planned = planAction(action, current, user, input.assigneeId);
        if (!planned.ok) throw new DomainError('conflict', planned.reason);
        // A note changes nothing about triage, so it neither bumps the version nor needs a race check.
        if (action !== 'note' && !(await applyPlan(em, itemId, current, planned.plan)))
          throw await this.lostRace(em, actor, itemId, action, input);
        if (input.correction) await this.storeCorrection(em, user, itemId, input);
        await recordAudit(em, {
          ...actor,
          itemId,
          action,
          from: current,
          plan: action === 'note' ? null : planned.plan,
          note: input.note ?? null,
          correction: input.correction,
        });
        return action !== 'note';
      })
      .catch((e: unknown) => this.withCurrentItem(e, user, itemId));
    // After commit only: an event must never announce a change that was rolled back.
    const [record] = await loadItemRecords(this.ds.manager, [itemId]);
    if (!record) throw new DomainError('not_found', 'No such item.');
    if (changed) emitItemEvents(this.live.nsp, 'item.updated', itemEventsFor(record));
    return toItemView(record, { redacted: seesRedactedOnly(user) });
  }

  /** The item's audit trail, oldest first, for anyone who can reach the item (executives cannot). */
  async auditTrail(user: AuthUser, itemId: string): Promise<AuditEventView[]> {
    if (!mayReadAuditTrail(user.role))
      throw new DomainError('forbidden', `Your role (${user.role}) may not read audit trails.`);
    if (!(await reaches(this.ds.manager, user, itemId))) throw new DomainError('not_found', 'No such item.');
    return auditTrailOf(this.ds.manager, itemId);
  }

  /** An item the caller cannot reach is answered exactly like a missing one. */
  private async reachableTriage(em: EntityManager, user: AuthUser, itemId: string): Promise<StoredTriage> {
    const current = (await reaches(em, user, itemId)) ? await readTriage(em, itemId) : null;
    if (!current) throw new DomainError('not_found', 'No such item.');
    return current;
  }

  /** Handing an item to someone who could not see it, or may not act, would strand it. */
  private async checkAssignee(em: EntityManager, assigneeId: string, itemId: string): Promise<void> {
    const assignee = await findAssignee(em, assigneeId);
    if (assignee && mayAct(assignee.role, 'claim') && (await reaches(em, assignee, itemId))) return;
    throw new DomainError(
      'validation',
      'Invalid request: assigneeId: no active colleague who can take this item.',
      {
        errors: [{ field: 'assigneeId', reason: 'must be an active user who can reach this item' }],
      },
    );
  }

  /** Someone else's change committed between our read and our update: say what happened to it. */
  private async lostRace(
    em: EntityManager,
    { user }: Actor,
    itemId: string,
    action: TriageAction,
    input: TriageInput,
  ): Promise<DomainError> {
    const now = await readTriage(em, itemId);
    const again = now && planAction(action, now, user, input.assigneeId);
    const reason =
      again && !again.ok ? again.reason : 'Someone changed this item at the same moment; look again.';
    return new DomainError('conflict', reason);
  }

  /** A conflict answers with the item as it now stands (read after the rollback), so the client can show who has it. */
  private async withCurrentItem(e: unknown, user: AuthUser, itemId: string): Promise<never> {
    if (!(e instanceof DomainError) || e.code !== 'conflict') throw e;
    throw new DomainError('conflict', e.message, { item: await viewFor(this.ds.manager, user, itemId) });
  }

  private async storeCorrection(em: EntityManager, user: AuthUser, itemId: string, input: TriageInput) {
    if (!input.correction) return;
    await em.insert(ClassificationCorrectionEntity, {
      itemId,
      ...input.correction,
      createdBy: user.id,
      note: input.note ?? null,
    });
  }
}
