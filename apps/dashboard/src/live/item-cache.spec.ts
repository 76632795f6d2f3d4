import { describe, expect, it } from '@jest/globals';
import { mergeIntoPages, mergeItem, RecentEvents, VersionLedger, type ItemPages } from './item-cache';
import { eventFor, makeItem, withVersion } from './item-factory';
import type { ItemView } from '@auscult/contracts';

function pagesOf(...pages: ItemView[][]): ItemPages {
  return { pages: pages.map((items) => ({ items, nextCursor: null })), pageParams: pages.map(() => null) };
}
const ids = (data: ItemPages | undefined) => data?.pages.flatMap((page) => page.items.map((item) => item.id));

describe('mergeIntoPages', () => {
  it('puts a created item at the top of the first page', () => {
    const old = makeItem({ id: 'old' });
    const fresh = makeItem({ id: 'fresh' });
    expect(ids(mergeIntoPages(pagesOf([old]), eventFor(fresh), 'item.created', {}))).toEqual([
      'fresh',
      'old',
    ]);
  });

  it('does not add a created item to a list whose filters exclude it', () => {
    const data = pagesOf([makeItem()]);
    const praise = makeItem();
    praise.classification = { ...praise.classification, kind: 'praise' };
    expect(mergeIntoPages(data, eventFor(praise), 'item.created', { kind: 'care_need' })).toBe(data);
  });

  it('replaces an item in place with a newer version', () => {
    const item = makeItem({ id: 'a' });
    const claimed = withVersion(item, 2, { status: 'acknowledged' });
    const merged = mergeIntoPages(
      pagesOf([makeItem({ id: 'b' }), item]),
      eventFor(claimed),
      'item.updated',
      {},
    );
    expect(ids(merged)).toEqual(['b', 'a']);
    expect(merged?.pages[0].items[1].triage.status).toBe('acknowledged');
  });

  it('keeps the held item when the event is older or the same version', () => {
    const item = withVersion(makeItem({ id: 'a' }), 3);
    const data = pagesOf([item]);
    expect(mergeIntoPages(data, eventFor(withVersion(item, 2)), 'item.updated', {})).toBe(data);
    expect(mergeIntoPages(data, eventFor(withVersion(item, 3)), 'item.created', {})).toBe(data);
  });

  it('removes an item whose new state no longer matches the filters', () => {
    const item = makeItem({ id: 'a' });
    const resolved = withVersion(item, 2, { status: 'resolved' });
    expect(
      ids(mergeIntoPages(pagesOf([item]), eventFor(resolved), 'item.updated', { status: 'new' })),
    ).toEqual([]);
  });

  it('filters units by where triage routed the item', () => {
    const item = makeItem({ id: 'a', unit: null });
    const routed = withVersion(item, 2, { unit: 'ICU' });
    expect(ids(mergeIntoPages(pagesOf([item]), eventFor(routed), 'item.updated', { unit: '4B' }))).toEqual(
      [],
    );
    expect(ids(mergeIntoPages(pagesOf([]), eventFor(routed), 'item.created', { unit: 'ICU' }))).toEqual([
      'a',
    ]);
  });

  it('inserts an updated item it did not hold by receivedAt inside the loaded window', () => {
    const newer = makeItem({ id: 'newer', receivedAt: '2026-11-23T12:00:00.000Z' });
    const older = makeItem({ id: 'older', receivedAt: '2026-11-23T08:00:00.000Z' });
    const middle = makeItem({ id: 'middle', receivedAt: '2026-11-23T10:00:00.000Z' });
    const merged = mergeIntoPages(pagesOf([newer], [older]), eventFor(middle), 'item.escalated', {});
    expect(ids(merged)).toEqual(['newer', 'middle', 'older']);
  });

  it('leaves out an updated item older than everything loaded while older pages remain', () => {
    const data: ItemPages = {
      pages: [{ items: [makeItem({ receivedAt: '2026-11-23T12:00:00.000Z' })], nextCursor: 'more' }],
      pageParams: [null],
    };
    const ancient = makeItem({ receivedAt: '2026-01-01T00:00:00.000Z' });
    expect(mergeIntoPages(data, eventFor(ancient), 'item.updated', {})).toBe(data);
  });

  it('appends an updated item older than everything to a list that is whole (or empty)', () => {
    const ancient = makeItem({ id: 'ancient', receivedAt: '2026-01-01T00:00:00.000Z' });
    const whole = pagesOf([makeItem({ id: 'recent', receivedAt: '2026-11-23T12:00:00.000Z' })]);
    expect(ids(mergeIntoPages(whole, eventFor(ancient), 'item.updated', {}))).toEqual(['recent', 'ancient']);
    expect(ids(mergeIntoPages(pagesOf([]), eventFor(ancient), 'item.updated', {}))).toEqual(['ancient']);
  });

  it('ignores a list that has not loaded yet', () => {
    expect(mergeIntoPages(undefined, eventFor(makeItem()), 'item.created', {})).toBeUndefined();
  });
});

describe('mergeItem', () => {
  it('takes the newer version and keeps the held one otherwise', () => {
    const held = withVersion(makeItem(), 2);
    expect(mergeItem(held, eventFor(withVersion(held, 3)))?.triage.version).toBe(3);
    expect(mergeItem(held, eventFor(withVersion(held, 1)))).toBe(held);
  });
});

describe('VersionLedger', () => {
  it('accepts each item only at a higher version than it has seen', () => {
    const ledger = new VersionLedger();
    const item = makeItem();
    expect(ledger.accept(eventFor(withVersion(item, 2)))).toBe(true);
    expect(ledger.accept(eventFor(withVersion(item, 2)))).toBe(false);
    expect(ledger.accept(eventFor(withVersion(item, 1)))).toBe(false);
    expect(ledger.accept(eventFor(withVersion(item, 3)))).toBe(true);
    expect(ledger.accept(eventFor(withVersion(makeItem(), 1)))).toBe(true);
  });
});

describe('the care board list (open statuses, sort=urgency)', () => {
  const board = {
    kind: 'care_need',
    statuses: ['new', 'acknowledged', 'in_progress'],
    sort: 'urgency',
  } as const;
  const withUrgency = (id: string, urgency: ItemView['classification']['urgency'], dueAt: string | null) => {
    const item = makeItem({ id });
    return {
      ...item,
      classification: { ...item.classification, urgency },
      triage: { ...item.triage, dueAt },
    };
  };

  it('keeps a claimed item in place: an open status change is no move', () => {
    const item = makeItem({ id: 'a' });
    const merged = mergeIntoPages(
      pagesOf([item]),
      eventFor(withVersion(item, 2, { status: 'in_progress' })),
      'item.updated',
      board,
    );
    expect(merged?.pages[0].items.map((i) => [i.id, i.triage.status])).toEqual([['a', 'in_progress']]);
  });

  it('puts a new critical care need before the high ones, and a resolved one leaves', () => {
    const high = withUrgency('high', 'high', '2026-11-23T10:15:00.000Z');
    const low = withUrgency('low', 'low', null);
    const critical = withUrgency('critical', 'critical', '2026-11-23T10:05:00.000Z');
    const merged = mergeIntoPages(pagesOf([high, low]), eventFor(critical), 'item.created', board);
    expect(ids(merged)).toEqual(['critical', 'high', 'low']);
    const resolved = withVersion(critical, 2, { status: 'resolved' });
    expect(ids(mergeIntoPages(merged, eventFor(resolved), 'item.updated', board))).toEqual(['high', 'low']);
  });

  it('leaves an item that sorts after a partly loaded list to the page that brings it', () => {
    const high = withUrgency('high', 'high', null);
    const data: ItemPages = { pages: [{ items: [high], nextCursor: 'more' }], pageParams: [null] };
    expect(mergeIntoPages(data, eventFor(withUrgency('low', 'low', null)), 'item.created', board)).toBe(data);
  });
});

describe('RecentEvents', () => {
  it('answers each item’s latest event after a mark, in arrival order', () => {
    const recent = new RecentEvents();
    const a = makeItem({ id: 'a' });
    const b = makeItem({ id: 'b' });
    recent.record('item.created', eventFor(a));
    const mark = recent.mark();
    recent.record('item.created', eventFor(b));
    recent.record('item.updated', eventFor(withVersion(a, 2)));
    expect(recent.since(mark).map(([name, e]) => [name, e.item.id, e.version])).toEqual([
      ['item.created', 'b', 1],
      ['item.updated', 'a', 2],
    ]);
    expect(recent.since(recent.mark())).toEqual([]);
  });

  it('forgets the oldest items past its capacity', () => {
    const recent = new RecentEvents(2);
    for (const id of ['a', 'b', 'c']) recent.record('item.created', eventFor(makeItem({ id })));
    expect(recent.since(0).map(([, e]) => e.item.id)).toEqual(['b', 'c']);
  });

  it('restores a live change that a page fetch overwrote', () => {
    const recent = new RecentEvents();
    const mark = recent.mark();
    const fresh = makeItem({ id: 'fresh' });
    recent.record('item.created', eventFor(fresh));
    // The page fetch lands with the pages it held before `fresh` arrived.
    const landed = pagesOf([makeItem({ id: 'old' })]);
    const replayed = recent
      .since(mark)
      .reduce<ItemPages | undefined>((data, [name, e]) => mergeIntoPages(data, e, name, {}), landed);
    expect(ids(replayed)).toEqual(['fresh', 'old']);
  });
});
