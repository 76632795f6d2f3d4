import { describe, expect, it } from '@jest/globals';
import { mergeIntoPages, mergeItem, VersionLedger, type ItemPages } from './item-cache';
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
