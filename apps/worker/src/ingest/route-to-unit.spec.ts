import { describe, expect, it } from '@jest/globals';
import { routeToUnit } from './route-to-unit.js';

const units = [
  { code: '4B', aliases: ['ward 4b', 'medical ward'] },
  { code: 'ICU', aliases: ['intensive care'] },
  { code: 'ED', aliases: ['a&e', 'ER', 'emergency department'] },
  { code: 'MAT', aliases: ['maternity', 'labour ward'] },
];

describe('routeToUnit', () => {
  it("uses the item's own unit when it is a known code or alias", () => {
    expect(routeToUnit('maternity', 'the food was cold', units)).toEqual({ unit: 'MAT', via: 'item' });
  });

  it('finds a unit named in the text in any case', () => {
    expect(routeToUnit(undefined, 'My dad on Ward 4B is in pain', units)).toEqual({
      unit: '4B',
      via: 'text',
    });
  });

  it('takes the unit mentioned first when the text names several', () => {
    expect(routeToUnit(undefined, 'moved from intensive care to ward 4b last night', units).unit).toBe('ICU');
  });

  it('matches short letter codes only in capitals, so ordinary words do not route', () => {
    expect(routeToUnit(undefined, 'I waited and waited, er, for hours', units).unit).toBeNull();
    expect(routeToUnit(undefined, 'stuck in the ED for 9 hours', units).unit).toBe('ED');
  });

  it('does not match a code inside a longer word', () => {
    expect(routeToUnit(undefined, 'the EDGE of the bed', units).unit).toBeNull();
  });

  it('leaves an item unrouted when nothing names a unit', () => {
    expect(routeToUnit('Ward 99', 'nobody came', units)).toEqual({ unit: null, via: null });
  });
});
