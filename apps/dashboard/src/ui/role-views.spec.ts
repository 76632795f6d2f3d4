import { describe, expect, it } from '@jest/globals';
import { parseRoute, routeHref } from './hash-route';
import { viewFor } from './role-views';

describe('viewFor', () => {
  it('lands nurses and charge nurses on the care board, executives on trends, PX on the inbox', () => {
    expect(viewFor('nurse', null)).toBe('board');
    expect(viewFor('charge_nurse', null)).toBe('board');
    expect(viewFor('executive', null)).toBe('trends');
    expect(viewFor('px', null)).toBe('inbox');
  });

  it('refuses a view the role does not have', () => {
    expect(viewFor('executive', 'inbox')).toBe('trends');
    expect(viewFor('nurse', 'admin')).toBe('board');
    expect(viewFor('admin', 'admin')).toBe('admin');
  });
});

describe('routes', () => {
  it('reads a view, an item over the landing view, and an item in a view', () => {
    expect(parseRoute('#/board')).toEqual({ view: 'board', itemId: null });
    expect(parseRoute('#/items/a%2Fb')).toEqual({ view: null, itemId: 'a/b' });
    expect(parseRoute('#/inbox/items/x')).toEqual({ view: 'inbox', itemId: 'x' });
    expect(parseRoute('#/nowhere')).toEqual({ view: null, itemId: null });
  });

  it('reads an admin page only under the admin view', () => {
    expect(parseRoute('#/admin')).toEqual({ view: 'admin', itemId: null, section: null });
    expect(parseRoute('#/admin/connectors')).toEqual({ view: 'admin', itemId: null, section: 'connectors' });
    expect(parseRoute('#/inbox/connectors')).toEqual({ view: 'inbox', itemId: null });
    expect(parseRoute('#/admin/nowhere')).toEqual({ view: null, itemId: null });
  });

  it('writes what it reads', () => {
    for (const route of [
      { view: 'trends' as const, itemId: null },
      { view: null, itemId: 'a/b' },
      { view: 'board' as const, itemId: 'x' },
      { view: 'admin' as const, itemId: null, section: 'connectors' as const },
    ])
      expect(parseRoute(routeHref(route))).toEqual(route);
    expect(routeHref({ view: null, itemId: null })).toBe('#/');
  });
});
