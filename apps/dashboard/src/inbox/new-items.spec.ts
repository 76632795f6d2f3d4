import { describe, expect, it } from '@jest/globals';
import { newItemsLabel, reveal, splitArrivals } from './new-items';

const list = (...ids: string[]) => ids.map((id) => ({ id }));
const idsOf = (items: { id: string }[]) => items.map((item) => item.id);

describe('splitArrivals', () => {
  it('shows everything before the list has a baseline', () => {
    const { pending, shown } = splitArrivals(list('a', 'b'), null);
    expect(pending).toEqual([]);
    expect(idsOf(shown)).toEqual(['a', 'b']);
  });

  it('holds back the new items that arrived on top of what the reader has seen', () => {
    const { pending, shown } = splitArrivals(list('n2', 'n1', 'a', 'b'), new Set(['a', 'b']));
    expect(idsOf(pending)).toEqual(['n2', 'n1']);
    expect(idsOf(shown)).toEqual(['a', 'b']);
  });

  it('shows items below the first seen one at once (older pages, updates in place)', () => {
    const { pending, shown } = splitArrivals(list('a', 'x', 'b', 'older'), new Set(['a', 'b']));
    expect(pending).toEqual([]);
    expect(idsOf(shown)).toEqual(['a', 'x', 'b', 'older']);
  });

  it('still holds arrivals back when the first seen item left the list', () => {
    const { pending, shown } = splitArrivals(list('n1', 'b'), new Set(['a', 'b']));
    expect(idsOf(pending)).toEqual(['n1']);
    expect(idsOf(shown)).toEqual(['b']);
  });

  it('holds back every arrival into a list that was empty', () => {
    expect(idsOf(splitArrivals(list('n1'), new Set()).pending)).toEqual(['n1']);
  });
});

describe('reveal', () => {
  it('adds the arrivals to what the reader has seen, so they show and nothing is pending', () => {
    const items = list('n1', 'a');
    const known = reveal(new Set(['a']), splitArrivals(items, new Set(['a'])).pending);
    expect(splitArrivals(items, known)).toEqual({ pending: [], shown: items });
  });
});

describe('newItemsLabel', () => {
  it('counts in words', () => {
    expect(newItemsLabel(1)).toBe('1 new item');
    expect(newItemsLabel(3)).toBe('3 new items');
  });
});
