import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  escalationReplanJobId,
  LIVE_ROOMS,
  QUEUES,
  type AuthUser,
  type EscalationReplanJobData,
  type ItemView,
} from '@auscult/contracts';
import type { Queue } from 'bullmq';
import { emitItemEvents } from '@auscult/live';
import {
  applyTrendRollup,
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
import {
  applyCorrection,
  applyForward,
  findUnitCode,
  type Correction,
  type DecisionEffect,
} from './working-classification.js';

export interface TriageInput {
  expectedVersion?: number;
  note?: string;
  assigneeId?: string;
  correction?: Correction;
  /** forward: the unit code to send the care need to. */
  unitCode?: string;
}

interface Outcome {
  changed: boolean;
  effect: DecisionEffect | null;
  previousUnit: string | null;
}

export interface Actor {
  user: AuthUser;
  remoteAddress: string | null;
}

@Injectable()
export class TriageService {
  private readonly logger = new Logger(TriageService.name);

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly live: LiveGateway,
    @InjectQueue(QUEUES.escalation) private readonly escalation: Queue<EscalationReplanJobData>,
  ) {}

  /** One action, all or nothing: check, conditional update, correction, audit; then tell the dashboards. */
  async act(actor: Actor, itemId: string, action: TriageAction, input: TriageInput): Promise<ItemView> {
    const { user } = actor;
    if (!mayAct(user.role, action))
      throw new DomainError('forbidden', `Your role (${user.role}) may not ${action} items.`);
    if (action === 'forward') input = { ...input, unitCode: await this.knownUnit(input.unitCode) };
    const outcome = await this.ds
      .transaction((em) => this.decide(em, actor, itemId, action, input))
      .catch((e: unknown) => this.withCurrentItem(e, user, itemId));
    // After commit only: an event must never announce a change that was rolled back.
    const [record] = await loadItemRecords(this.ds.manager, [itemId]);
    if (!record) throw new DomainError('not_found', 'No such item.');
    if (outcome.changed) {
      const events = itemEventsFor(record);
      emitItemEvents(this.live.nsp, 'item.updated', events);
      this.tellPreviousUnit(outcome.previousUnit, record.triage.unit, events);
    }
    if (outcome.effect?.replan) await this.replanEscalation(itemId, record.triage.version, action);
    return toItemView(record, { redacted: seesRedactedOnly(user) });
  }

  /** One action, all or nothing: check, conditional update, correction or forward, audit. */
  private async decide(
    em: EntityManager,
    actor: Actor,
    itemId: string,
    action: TriageAction,
    input: TriageInput,
  ): Promise<Outcome> {
    const { user } = actor;
    const current = await this.reachableTriage(em, user, itemId);
    if (input.expectedVersion !== undefined && input.expectedVersion !== current.version)
      throw new DomainError('conflict', 'This item has changed since you loaded it; look again.');
    if (input.assigneeId !== undefined) await this.checkAssignee(em, input.assigneeId, itemId);
    const planned = planAction(action, current, user, input.assigneeId);
    if (!planned.ok) throw new DomainError('conflict', planned.reason);
    // A note changes nothing about triage, so it neither bumps the version nor needs a race check.
    // The trends rollups: take the item's old contribution away now, add the new one once decided.
    if (action !== 'note') await applyTrendRollup(em, [itemId], -1);
    if (action !== 'note' && !(await applyPlan(em, itemId, current, planned.plan)))
      throw await this.lostRace(em, actor, itemId, action, input);
    let effect: DecisionEffect | null = null;
    if (input.correction) {
      await this.storeCorrection(em, user, itemId, input);
      effect = await applyCorrection(em, itemId, input.correction);
    }
    if (action === 'forward' && input.unitCode) effect = await applyForward(em, itemId, input.unitCode);
    if (action !== 'note') await applyTrendRollup(em, [itemId], 1);
    await recordAudit(em, {
      ...actor,
      itemId,
      action,
      from: current,
      plan: action === 'note' ? null : planned.plan,
      note: input.note ?? null,
      correction: input.correction,
      change: effect ?? undefined,
    });
    const previousUnit = effect && 'unit' in effect.from ? (effect.from.unit as string | null) : null;
    return { changed: action !== 'note', effect, previousUnit };
  }

  /** The old unit's boards hold the item too: they get its new state (with its new unit) and drop it. */
  private tellPreviousUnit(
    previousUnit: string | null,
    unit: string | null,
    events: ReturnType<typeof itemEventsFor>,
  ): void {
    // The view for the unit's own audience (with evidence), not the executives' one.
    const full = events.find((e) => e.room !== LIVE_ROOMS.redacted);
    if (!full || previousUnit === unit) return;
    const room = previousUnit ? LIVE_ROOMS.unit(previousUnit) : LIVE_ROOMS.unrouted;
    emitItemEvents(this.live.nsp, 'item.updated', [{ room, event: full.event }]);
  }

  /**
   * The worker re-plans escalation (cancel, or schedule from the new due time). If Redis is away the
   * decision still stands: a check that fires anyway re-reads the working kind and does nothing,
   * and the worker's start-up sweep schedules what is missing.
   */
  private async replanEscalation(itemId: string, version: number, action: TriageAction): Promise<void> {
    const reason = action === 'forward' ? 'forwarded' : 'reclassified';
    try {
      await this.escalation.add(
        'escalation.replan',
        { itemId, reason },
        {
          jobId: escalationReplanJobId(itemId, version),
          attempts: 8,
          backoff: { type: 'exponential', delay: 1_000 },
          removeOnComplete: { age: 24 * 3600, count: 10_000 },
          removeOnFail: { age: 7 * 24 * 3600 },
        },
      );
    } catch (err) {
      this.logger.error(
        { itemId, err: err instanceof Error ? err.message : String(err) },
        'replan not queued',
      );
    }
  }

  private async knownUnit(raw: string | undefined): Promise<string> {
    const code = raw ? await findUnitCode(this.ds.manager, raw) : null;
    if (code) return code;
    throw new DomainError('validation', 'Invalid request: unitCode: no such unit.', {
      errors: [{ field: 'unitCode', reason: 'must be the code of a known unit' }],
    });
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
