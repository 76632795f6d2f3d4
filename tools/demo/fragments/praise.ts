// Thanks, as families write it: specific, warm, often naming a role or a first name.
import type { Scenario } from './scenario.js';

const praise = (
  topic: string,
  weight: number,
  units: Scenario['units'],
  lines: string[],
  more: string[] = [],
): Scenario => ({
  kind: 'praise',
  urgency: 'low',
  topic,
  weight,
  units,
  lines,
  more,
});

export const PRAISE: readonly Scenario[] = [
  praise(
    'staff_attitude',
    5,
    ['MAT'],
    [
      'Huge thank you to the midwives on {ward}, [calm and kind|amazing|unflappable] from start to finish',
      'Little one arrived safe [last night|this morning]. Midwife {staff} on {ward} was [incredible|a legend]',
    ],
    ['We will never forget you.'],
  ),
  praise(
    'staff_attitude',
    5,
    ['4B', 'ICU'],
    [
      '[Nurse|Sister|Staff nurse] {staff} on {ward} [went above and beyond|is an absolute star], [sat with|held the hand of] {rel} when we could not be there',
      'The night team on {ward} treated {rel} with such dignity. [Thank you|Forever grateful]',
      'The ICU team kept us informed every step and [explained everything|never rushed us]. {Rel} is home now',
    ],
    ['Please pass this on to the whole team.', 'You should be proud of them.'],
  ),
  praise(
    'wait_time',
    3,
    ['ED'],
    [
      'Seen in A&E within [40 minutes|the hour] on a Friday night, [triage nurse was brilliant|everyone was lovely]. Thank you',
      'Took {rel} to the ED with a [bad fall|nasty cut], [x-ray, stitches and home in three hours|in and out before midnight]. Brilliant',
    ],
  ),
  praise(
    'cleanliness',
    2,
    ['4B', 'MAT'],
    [
      "Cleaner on {ward} [stopped to chat every day|always has a smile], made {rel}'s day",
      'Spotless ward, [friendly staff|calm atmosphere]. Could not fault {ward}',
    ],
  ),
  praise(
    'food',
    1,
    ['4B'],
    ["Food's actually [decent|good] now, the new menu on {ward} is a big improvement"],
  ),
];
