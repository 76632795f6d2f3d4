// What the dashboard says about the other people on an item: "Dana Experience (PX) is editing".
import type { PresencePerson } from '@auscult/contracts';
import { ROLE_LABELS } from '../ui/labels';

const ROLE_SHORT: Record<PresencePerson['role'], string> = { ...ROLE_LABELS, px: 'PX' };

/** The others on the item (never the viewer), people editing first: they are the ones to talk to. */
export function othersOnItem(people: readonly PresencePerson[], myUserId: string): PresencePerson[] {
  return people
    .filter((person) => person.userId !== myUserId)
    .sort(
      (a, b) =>
        Number(b.activity === 'editing') - Number(a.activity === 'editing') || a.since.localeCompare(b.since),
    );
}

export function presenceSentence(person: PresencePerson): string {
  return `${person.displayName} (${ROLE_SHORT[person.role]}) is ${person.activity}`;
}
