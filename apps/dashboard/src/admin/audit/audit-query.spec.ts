import { describe, expect, it } from '@jest/globals';
import { auditQueryString, NO_FILTERS } from './audit-query';

describe('auditQueryString', () => {
  it('leaves out empty filters', () => {
    expect(auditQueryString(NO_FILTERS)).toBe('');
  });

  it('trims text filters, sends times as ISO instants and adds the cursor', () => {
    const q = new URLSearchParams(
      auditQueryString(
        { ...NO_FILTERS, actor: ' nurse.4b ', from: '2026-11-23T08:00' },
        { cursor: '42' },
      ).slice(1),
    );
    expect([q.get('actor'), q.get('from'), q.get('cursor')]).toEqual([
      'nurse.4b',
      new Date('2026-11-23T08:00').toISOString(),
      '42',
    ]);
  });
});
