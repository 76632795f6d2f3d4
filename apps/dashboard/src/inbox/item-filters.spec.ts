import { describe, expect, it } from '@jest/globals';
import { makeItem } from '../live/item-factory';
import { filterSearchParams, itemsSearchParams, matchesFilters, receivedRange } from './item-filters';

describe('receivedRange', () => {
  it('takes the from day at local midnight and the to day up to the next local midnight', () => {
    expect(receivedRange({ from: '2026-11-20', to: '2026-11-23' })).toEqual({
      from: new Date(2026, 10, 20).toISOString(),
      to: new Date(2026, 10, 24).toISOString(),
    });
  });

  it('ignores a day that is not yyyy-mm-dd', () => {
    expect(receivedRange({ from: 'yesterday' })).toEqual({ from: undefined, to: undefined });
  });
});

describe('matchesFilters', () => {
  const item = makeItem({ channel: 'email', receivedAt: new Date(2026, 10, 23, 9).toISOString() });

  it('filters by channel, topic and received day', () => {
    expect(matchesFilters(item, { channel: 'email', topic: 'call_bell' })).toBe(true);
    expect(matchesFilters(item, { channel: 'sms' })).toBe(false);
    expect(matchesFilters(item, { topic: 'parking' })).toBe(false);
    expect(matchesFilters(item, { from: '2026-11-23', to: '2026-11-23' })).toBe(true);
    expect(matchesFilters(item, { from: '2026-11-24' })).toBe(false);
    expect(matchesFilters(item, { to: '2026-11-22' })).toBe(false);
  });

  it('uses the corrected kind and topics', () => {
    const corrected = makeItem();
    corrected.classification.correction = {
      kind: 'service_complaint',
      urgency: 'low',
      topics: ['parking'],
      by: 'u',
      at: '',
    };
    expect(matchesFilters(corrected, { kind: 'service_complaint', topic: 'parking' })).toBe(true);
    expect(matchesFilters(corrected, { kind: 'care_need' })).toBe(false);
  });

  it('keeps a listed item under a search, but takes no new one in', () => {
    expect(matchesFilters(item, { q: 'bell' })).toBe(true);
    expect(matchesFilters(item, { q: 'bell' }, true)).toBe(false);
  });
});

describe('search parameters', () => {
  it('are the same filters for the list and the export, with paging only on the list', () => {
    const filters = { kind: 'care_need' as const, channel: 'sms' as const, q: '  call bell ' };
    expect(filterSearchParams(filters).toString()).toBe('kind=care_need&channel=sms&q=call+bell');
    expect(itemsSearchParams(filters, 200, 'c1').toString()).toBe(
      'kind=care_need&channel=sms&q=call+bell&limit=200&cursor=c1',
    );
  });

  it('send the care board as one query: open statuses as a comma list, sorted by urgency', () => {
    expect(
      itemsSearchParams(
        { kind: 'care_need', statuses: ['new', 'acknowledged', 'in_progress'], sort: 'urgency' },
        200,
        null,
      ).toString(),
    ).toBe('kind=care_need&status=new%2Cacknowledged%2Cin_progress&sort=urgency&limit=200');
  });
});

describe('statuses', () => {
  it('matches any of the listed statuses', () => {
    const item = makeItem();
    const statuses = ['acknowledged', 'in_progress'] as const;
    expect(matchesFilters(item, { statuses })).toBe(false);
    expect(matchesFilters({ ...item, triage: { ...item.triage, status: 'in_progress' } }, { statuses })).toBe(
      true,
    );
  });
});
