import { describe, expect, it } from '@jest/globals';
import { pickAssignee } from './auto-assigner.service.js';

describe('pickAssignee', () => {
  const team = [
    { userId: 'b', open: 1 },
    { userId: 'a', open: 1 },
    { userId: 'c', open: 3 },
  ];

  it('rotates among the least loaded', () => {
    expect([0, 1, 2, 3].map((turn) => pickAssignee(team, 5, turn))).toEqual(['a', 'b', 'a', 'b']);
  });

  it('skips anyone at the cap, and gives nobody when all are', () => {
    expect(
      pickAssignee(
        [
          { userId: 'a', open: 2 },
          { userId: 'b', open: 0 },
        ],
        2,
        0,
      ),
    ).toBe('b');
    expect(pickAssignee([{ userId: 'a', open: 2 }], 2, 7)).toBeNull();
  });
});
