import { describe, expect, it } from '@jest/globals';
import { formatClock, slaCountdown, type SlaInput } from './sla-countdown';

const received = '2026-11-23T10:00:00.000Z';
const at = (seconds: number) => Date.parse(received) + seconds * 1000;
// A critical care need: five minutes to claim.
const critical: SlaInput = { status: 'new', assigneeId: null, dueAt: '2026-11-23T10:05:00.000Z' };

describe('slaCountdown', () => {
  it('shows the whole window when the item has just arrived', () => {
    expect(slaCountdown(critical, received, at(0))).toEqual({
      state: 'waiting',
      remainingMs: 300_000,
      label: '5:00',
    });
  });

  it('counts down second by second', () => {
    expect(slaCountdown(critical, received, at(1)).label).toBe('4:59');
    expect(slaCountdown(critical, received, at(59.5)).label).toBe('4:01');
  });

  it('warns once 80 % of the time has gone, not before', () => {
    expect(slaCountdown(critical, received, at(239)).state).toBe('waiting');
    expect(slaCountdown(critical, received, at(240)).state).toBe('warning');
    expect(slaCountdown(critical, received, at(240)).label).toBe('1:00');
  });

  it('uses the warning time the server sent when there is one', () => {
    const input = { ...critical, warnAt: '2026-11-23T10:01:00.000Z' };
    expect(slaCountdown(input, received, at(60)).state).toBe('warning');
  });

  it('is breached from the due time on and counts the overdue time up', () => {
    expect(slaCountdown(critical, received, at(300))).toMatchObject({
      state: 'breached',
      label: 'Overdue 0:00',
    });
    expect(slaCountdown(critical, received, at(372)).label).toBe('Overdue 1:12');
  });

  it('stops once the item is acknowledged, claimed or closed', () => {
    const acknowledged = {
      ...critical,
      status: 'acknowledged' as const,
      acknowledgedAt: '2026-11-23T10:00:10Z',
    };
    expect(slaCountdown(acknowledged, received, at(10)).state).toBe('stopped');
    const claimed = { ...critical, status: 'in_progress' as const, assigneeId: 'u1' };
    expect(slaCountdown(claimed, received, at(400)).state).toBe('stopped');
    expect(slaCountdown({ ...critical, status: 'resolved' }, received, at(10)).state).toBe('stopped');
  });

  it('has no countdown without a due time', () => {
    expect(slaCountdown({ ...critical, dueAt: null }, received, at(0))).toEqual({
      state: 'none',
      remainingMs: null,
      label: 'No deadline',
    });
  });
});

describe('formatClock', () => {
  it('shows hours only when there are any', () => {
    expect(formatClock(59_000)).toBe('0:59');
    expect(formatClock(3_723_000)).toBe('1:02:03');
    expect(formatClock(-5)).toBe('0:00');
  });
});
