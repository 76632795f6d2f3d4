import { describe, expect, it } from '@jest/globals';
import type { ItemView, Urgency } from '@auscult/contracts';
import { makeItem, withVersion } from '../live/item-factory';
import { boardItems } from './board-order';

function careNeed(
  id: string,
  urgency: Urgency,
  triage: Partial<ItemView['triage']> = {},
  receivedAt = '2026-11-23T10:00:00.000Z',
) {
  const item = makeItem({ id, receivedAt });
  return {
    ...item,
    classification: { ...item.classification, urgency },
    triage: { ...item.triage, ...triage },
  };
}
const ids = (items: ItemView[]) => items.map((item) => item.id);
const nurse = { role: 'nurse' as const, units: ['4B'] };

describe('boardItems', () => {
  it('puts critical first, then high, normal and low', () => {
    const list = [
      careNeed('n', 'normal'),
      careNeed('c', 'critical'),
      careNeed('l', 'low'),
      careNeed('h', 'high'),
    ];
    expect(ids(boardItems([list], nurse))).toEqual(['c', 'h', 'n', 'l']);
  });

  it('follows a correction of the urgency', () => {
    const corrected = careNeed('x', 'low');
    corrected.classification.correction = {
      kind: 'care_need',
      urgency: 'critical',
      topics: [],
      by: 'u',
      at: '',
    };
    expect(ids(boardItems([[careNeed('h', 'high'), corrected]], nurse))).toEqual(['x', 'h']);
  });

  it('shows waiting items before claimed ones of the same urgency, nearest deadline first', () => {
    const claimed = careNeed('claimed', 'high', {
      status: 'in_progress',
      assigneeId: 'u',
      dueAt: '2026-11-23T10:01:00Z',
    });
    const later = careNeed('later', 'high', { dueAt: '2026-11-23T10:15:00Z' });
    const sooner = careNeed('sooner', 'high', { dueAt: '2026-11-23T10:05:00Z' });
    expect(ids(boardItems([[claimed, later, sooner]], nurse))).toEqual(['sooner', 'later', 'claimed']);
  });

  it('leaves out closed items and keeps the newest version of an item found in two lists', () => {
    const item = careNeed('a', 'high');
    const moved = withVersion(item, 2, { status: 'in_progress', assigneeId: 'u' });
    const closed = careNeed('closed', 'critical', { status: 'resolved' });
    const board = boardItems([[item, closed], [moved]], nurse);
    expect(ids(board)).toEqual(['a']);
    expect(board[0].triage.status).toBe('in_progress');
  });

  it('drops an item forwarded to another unit, and keeps unrouted ones for charge nurses only', () => {
    const forwarded = careNeed('f', 'high', { unit: 'ICU' });
    const unrouted = careNeed('u', 'high', { unit: null });
    expect(ids(boardItems([[forwarded, unrouted]], nurse))).toEqual([]);
    expect(ids(boardItems([[forwarded, unrouted]], { role: 'charge_nurse', units: ['4B'] }))).toEqual(['u']);
  });
});
