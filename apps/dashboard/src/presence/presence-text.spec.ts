import { describe, expect, it } from '@jest/globals';
import type { PresencePerson } from '@auscult/contracts';
import { othersOnItem, presenceSentence } from './presence-text';

const person = (userId: string, activity: PresencePerson['activity'], since: string): PresencePerson => ({
  userId,
  displayName: `Person ${userId}`,
  role: 'px',
  activity,
  since,
});

describe('othersOnItem', () => {
  it('leaves the viewer out and lists people editing before people viewing, earliest first', () => {
    const people = [
      person('me', 'editing', '2026-11-23T10:00:00Z'),
      person('b', 'viewing', '2026-11-23T10:01:00Z'),
      person('c', 'editing', '2026-11-23T10:03:00Z'),
      person('a', 'viewing', '2026-11-23T10:00:30Z'),
    ];
    expect(othersOnItem(people, 'me').map((p) => p.userId)).toEqual(['c', 'a', 'b']);
  });
});

describe('presenceSentence', () => {
  it('names the person, the role and the activity', () => {
    expect(presenceSentence(person('d', 'viewing', ''))).toBe('Person d (PX) is viewing');
    expect(presenceSentence({ ...person('n', 'editing', ''), role: 'charge_nurse' })).toBe(
      'Person n (Charge nurse) is editing',
    );
  });
});
