import { describe, expect, it } from '@jest/globals';
import { availableActions, mayReadAuditTrail, mayTake, type TriageSituation } from './triage-permissions';

const me = 'user-me';
function situation(overrides: Partial<TriageSituation> = {}): TriageSituation {
  return { role: 'nurse', userId: me, status: 'new', assigneeId: null, kind: 'care_need', ...overrides };
}

describe('availableActions', () => {
  it('offers a nurse everything but dismiss on a new item', () => {
    expect(availableActions(situation())).toEqual(['acknowledge', 'claim', 'resolve', 'note', 'reclassify']);
  });

  it('offers a coordinator dismiss as well', () => {
    expect(availableActions(situation({ role: 'charge_nurse' }))).toContain('dismiss');
    expect(availableActions(situation({ role: 'px' }))).toContain('dismiss');
  });

  it('offers executives nothing', () => {
    expect(availableActions(situation({ role: 'executive' }))).toEqual([]);
  });

  it('no longer offers acknowledge once acknowledged, but still offers claim', () => {
    const actions = availableActions(situation({ status: 'acknowledged' }));
    expect([actions.includes('acknowledge'), actions.includes('claim')]).toEqual([false, true]);
  });

  it('offers only note and reclassify on a closed item', () => {
    expect(availableActions(situation({ status: 'resolved', role: 'px' }))).toEqual(['note', 'reclassify']);
    expect(availableActions(situation({ status: 'dismissed' }))).toEqual(['note', 'reclassify']);
  });

  it('offers resolve but not claim on an item in progress', () => {
    const actions = availableActions(situation({ status: 'in_progress', assigneeId: me }));
    expect([actions.includes('claim'), actions.includes('resolve')]).toEqual([false, true]);
  });
});

describe('mayTake claim', () => {
  it('is refused when a colleague already holds the item', () => {
    expect(mayTake('claim', situation({ status: 'acknowledged', assigneeId: 'someone-else' }))).toBe(false);
  });

  it('is allowed when the item was assigned to the viewer but not yet started', () => {
    expect(mayTake('claim', situation({ assigneeId: me }))).toBe(true);
  });
});

describe('assign and forward', () => {
  it('offers PX both on an open care need, in the panel order', () => {
    expect(availableActions(situation({ role: 'px', status: 'acknowledged' }))).toEqual([
      'claim',
      'assign',
      'forward',
      'resolve',
      'dismiss',
      'note',
      'reclassify',
    ]);
  });

  it('offers a charge nurse forward but not assign (the colleague picker is the PX team)', () => {
    const actions = availableActions(situation({ role: 'charge_nurse' }));
    expect([actions.includes('forward'), actions.includes('assign')]).toEqual([true, false]);
  });

  it('never offers a nurse either', () => {
    const actions = availableActions(situation({ role: 'nurse' }));
    expect([actions.includes('forward'), actions.includes('assign')]).toEqual([false, false]);
  });

  it('forwards care needs only, and neither action applies to a closed item', () => {
    expect(mayTake('forward', situation({ role: 'px', kind: 'service_complaint' }))).toBe(false);
    expect(mayTake('assign', situation({ role: 'px', kind: 'service_complaint' }))).toBe(true);
    for (const status of ['resolved', 'dismissed'] as const)
      expect([
        mayTake('assign', situation({ role: 'px', status })),
        mayTake('forward', situation({ role: 'px', status })),
      ]).toEqual([false, false]);
  });
});

describe('mayReadAuditTrail', () => {
  it('is for the care team, not executives', () => {
    expect([mayReadAuditTrail('nurse'), mayReadAuditTrail('px'), mayReadAuditTrail('executive')]).toEqual([
      true,
      true,
      false,
    ]);
  });
});
