import { describe, expect, it } from '@jest/globals';
import type { ItemView, Role, Urgency } from '@auscult/contracts';
import { makeItem, withVersion } from '../live/item-factory';
import { alertTypeFor, nextAlerts } from './alert-rules';

function careNeed(urgency: Urgency, unit: string | null = '4B', escalationLevel = 0): ItemView {
  const item = makeItem({ unit });
  return {
    ...item,
    classification: { ...item.classification, urgency },
    triage: { ...item.triage, unit, escalationLevel },
  };
}
const viewer = (role: Role, units: string[] = []) => ({ role, units });
const nurse4b = viewer('nurse', ['4B']);

describe('alertTypeFor', () => {
  it('alerts the boards of the unit when a critical care need arrives', () => {
    expect(alertTypeFor('item.created', careNeed('critical'), nurse4b)).toBe('critical');
    expect(alertTypeFor('item.created', careNeed('critical'), viewer('charge_nurse', ['4B']))).toBe(
      'critical',
    );
  });

  it('does not alert other units, other urgencies, or non-board roles', () => {
    expect(alertTypeFor('item.created', careNeed('critical', 'ICU'), nurse4b)).toBeNull();
    expect(alertTypeFor('item.created', careNeed('high'), nurse4b)).toBeNull();
    expect(alertTypeFor('item.created', careNeed('critical'), viewer('px'))).toBeNull();
    expect(alertTypeFor('item.updated', careNeed('critical'), nurse4b)).toBeNull();
  });

  it('gives unrouted critical care needs to charge nurses only', () => {
    expect(alertTypeFor('item.created', careNeed('critical', null), viewer('charge_nurse', ['4B']))).toBe(
      'critical',
    );
    expect(alertTypeFor('item.created', careNeed('critical', null), nurse4b)).toBeNull();
  });

  it('does not alert for a service complaint, however urgent', () => {
    const complaint = careNeed('critical');
    complaint.classification = { ...complaint.classification, kind: 'service_complaint' };
    expect(alertTypeFor('item.created', complaint, nurse4b)).toBeNull();
  });

  it('sends level 1 escalations to the charge nurse and level 2 to the PX lead and admins', () => {
    const charge = viewer('charge_nurse', ['4B']);
    expect(alertTypeFor('item.escalated', careNeed('high', '4B', 1), charge)).toBe('escalation');
    expect(alertTypeFor('item.escalated', careNeed('high', '4B', 1), viewer('px'))).toBeNull();
    expect(alertTypeFor('item.escalated', careNeed('high', '4B', 2), viewer('px'))).toBe('escalation');
    expect(alertTypeFor('item.escalated', careNeed('high', '4B', 2), viewer('admin'))).toBe('escalation');
    expect(alertTypeFor('item.escalated', careNeed('high', '4B', 1), nurse4b)).toBeNull();
    expect(alertTypeFor('item.escalated', careNeed('high', 'ICU', 1), charge)).toBeNull();
  });

  it('stays quiet about an item someone already holds', () => {
    const claimed = withVersion(careNeed('critical'), 2, { status: 'in_progress', assigneeId: 'u' });
    expect(alertTypeFor('item.created', claimed, nurse4b)).toBeNull();
  });
});

describe('nextAlerts', () => {
  it('raises an alert once, even when the event comes again', () => {
    const item = careNeed('critical');
    const first = nextAlerts([], new Set(), 'item.created', item, nurse4b);
    expect(first.raised?.type).toBe('critical');
    const again = nextAlerts(first.alerts, new Set([first.raised?.key ?? '']), 'item.created', item, nurse4b);
    expect(again.raised).toBeNull();
    expect(again.alerts).toHaveLength(1);
  });

  it('raises a new alert for each escalation level of the same item', () => {
    const charge = viewer('charge_nurse', ['4B']);
    const one = nextAlerts([], new Set(), 'item.escalated', careNeed('high', '4B', 1), charge);
    const item = one.alerts[0].item;
    const two = nextAlerts(
      one.alerts,
      new Set([one.raised?.key ?? '']),
      'item.escalated',
      withVersion(item, 3, { escalationLevel: 2 }),
      charge,
    );
    expect(two.raised?.key).not.toBe(one.raised?.key);
  });

  it('drops the alert when someone claims the item', () => {
    const item = careNeed('critical');
    const { alerts } = nextAlerts([], new Set(), 'item.created', item, nurse4b);
    const claimed = withVersion(item, 2, { status: 'in_progress', assigneeId: 'u', assigneeName: 'Nina' });
    expect(nextAlerts(alerts, new Set(), 'item.updated', claimed, nurse4b).alerts).toEqual([]);
  });

  it('keeps at most five alerts, newest first', () => {
    let alerts: ReturnType<typeof nextAlerts>['alerts'] = [];
    const items = Array.from({ length: 7 }, () => careNeed('critical'));
    for (const item of items) alerts = nextAlerts(alerts, new Set(), 'item.created', item, nurse4b).alerts;
    expect(alerts.map((a) => a.item.id)).toEqual(
      items
        .slice(2)
        .reverse()
        .map((i) => i.id),
    );
  });
});
