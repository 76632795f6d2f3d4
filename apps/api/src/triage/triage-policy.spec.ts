import { describe, expect, it } from '@jest/globals';
import type { AuthUser, Role } from '@auscult/contracts';
import { mayAct, mayReadAuditTrail, planAction, TRIAGE_ACTIONS, type TriageState } from './triage-policy.js';

const nina: AuthUser = { id: 'u-nina', email: 'n@x', name: 'Nina Ward', role: 'nurse', units: ['4B'] };
const fresh: TriageState = { status: 'new', assigneeId: null, assigneeName: null };

describe('mayAct', () => {
  it('never lets an executive act or read the audit trail', () => {
    expect([TRIAGE_ACTIONS.filter((a) => mayAct('executive', a)), mayReadAuditTrail('executive')]).toEqual([
      [],
      false,
    ]);
  });

  it('keeps dismiss and assign for coordinators', () => {
    const roles: Role[] = ['px', 'admin', 'charge_nurse', 'nurse'];
    expect(roles.map((r) => [mayAct(r, 'dismiss'), mayAct(r, 'assign')])).toEqual([
      [true, true],
      [true, true],
      [true, true],
      [false, false],
    ]);
  });
});

describe('planAction', () => {
  it('claim takes the item, puts it in progress and stamps acknowledgement', () => {
    expect(planAction('claim', fresh, nina)).toEqual({
      ok: true,
      plan: { status: 'in_progress', assigneeId: 'u-nina', stampAcknowledged: true, stampResolved: false },
    });
  });

  it('claim names whoever already holds the item', () => {
    const held: TriageState = { status: 'in_progress', assigneeId: 'u-noor', assigneeName: 'Noor' };
    expect(planAction('claim', held, nina)).toEqual({
      ok: false,
      reason: 'This item is already claimed by Noor.',
    });
  });

  it('claim of an item assigned to the caller is allowed', () => {
    const mine: TriageState = { status: 'new', assigneeId: 'u-nina', assigneeName: 'Nina Ward' };
    expect(planAction('claim', mine, nina).ok).toBe(true);
  });

  it('refuses to move a closed item, saying why', () => {
    const closed: TriageState = { ...fresh, status: 'resolved' };
    expect(
      (['claim', 'acknowledge', 'resolve', 'dismiss', 'assign'] as const).map((a) =>
        planAction(a, closed, nina),
      ),
    ).toEqual(Array(5).fill({ ok: false, reason: expect.stringMatching(/already resolved/) }));
  });

  it('reclassify and note leave the triage state as it is, even on closed items', () => {
    const closed: TriageState = { status: 'dismissed', assigneeId: 'u-noor', assigneeName: 'Noor' };
    const keep = {
      status: 'dismissed',
      assigneeId: 'u-noor',
      stampAcknowledged: false,
      stampResolved: false,
    };
    expect([planAction('reclassify', closed, nina), planAction('note', closed, nina)]).toEqual([
      { ok: true, plan: keep },
      { ok: true, plan: keep },
    ]);
  });

  it('resolve stamps both acknowledgement and resolution', () => {
    expect(planAction('resolve', { ...fresh, status: 'acknowledged' }, nina)).toEqual({
      ok: true,
      plan: { status: 'resolved', assigneeId: null, stampAcknowledged: true, stampResolved: true },
    });
  });
});
