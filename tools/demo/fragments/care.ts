// Care needs that are not an emergency but must reach the ward: unmanaged pain, unanswered call
// bells, missed medication, confusing discharges, families who cannot reach anyone.
import type { Scenario } from './scenario.js';

export const CARE: readonly Scenario[] = [
  {
    kind: 'care_need',
    urgency: 'high',
    topic: 'pain',
    weight: 5,
    units: ['4B', 'ICU', 'ED'],
    lines: [
      "{Rel} has been asking for pain relief since {since} and it's now {hours} hours later",
      "Been in agony on {ward} since {since}, [the nurses say|I'm told] they'll 'be back' [every time|each time I ask]",
      "Still waiting for pain meds. {hours} hours. [Unbelievable|This is cruel|I'm in tears]",
      '{Rel} is [moaning in pain|crying out in pain] and the nurse said {sub} has to wait for the drug round',
    ],
    more: ["{Sub}'s 84 and doesn't like to make a fuss.", 'The pain team were meant to come this morning.'],
  },
  {
    kind: 'care_need',
    urgency: 'high',
    topic: 'pain',
    weight: 2,
    units: ['MAT'],
    lines: [
      'Been on {ward} since {since} [asking for|waiting for] [an epidural|pain relief|someone to check on me] and no midwife has come',
      "Labouring for {hours} hours, [gas and air ran out|the gas and air isn't working] and [nobody's come back|we've been forgotten]",
    ],
  },
  {
    kind: 'care_need',
    urgency: 'high',
    topic: 'call_bell',
    weight: 4,
    units: ['4B', 'ICU', 'MAT'],
    lines: [
      "Pressed the call bell {mins} minutes ago on {ward}, [still nobody|nobody's come|no answer]. {Rel} needs the toilet",
      'The buzzer in {bed} has been [going|ringing] for [ages|half an hour] and [nobody comes|staff just walk past]',
      "{Rel} can't reach {pos} call bell, it's been left [on the floor|behind the bed] [all morning|since {since}]",
    ],
    more: ['{Sub} ended up wetting the bed.', 'I had to go and find someone myself.'],
  },
  {
    kind: 'care_need',
    urgency: 'high',
    topic: 'medication',
    weight: 4,
    units: ['4B', 'ICU'],
    lines: [
      "{Rel} hasn't had {pos} [insulin|Parkinson's meds|blood thinners|antibiotics] [today|since yesterday] and [nobody seems to know why|the chart says given but it wasn't]",
      "{Rel}'s [Parkinson's tablets|seizure meds] are [hours late|late again] on {ward}, {sub} is [shaking badly|really stiff] now",
      'Told the nurse twice that {rel} is allergic to penicillin and they still [brought it|hung the drip]',
    ],
    more: ['The timing of these really matters for {obj}.', 'We brought {pos} own supply in.'],
  },
  {
    kind: 'care_need',
    urgency: 'high',
    topic: 'hygiene_help',
    weight: 2,
    units: ['4B'],
    lines: [
      '{Rel} has been left in a wet bed since {since}, [I had to change the sheets myself|asked twice for help]',
      "Nobody has helped {rel} wash in [three|four] days on {ward}. {Sub} can't do it alone",
    ],
  },
  {
    kind: 'care_need',
    urgency: 'normal',
    topic: 'nutrition_hydration',
    weight: 2,
    units: ['4B', 'ICU'],
    lines: [
      "{Rel}'s water jug was out of reach all day and {sub} [can't|couldn't] get to it, {pos} lips are cracked",
      "{Rel}'s tray was left and taken away untouched, nobody helped {obj} eat [again|at lunch|at tea]",
    ],
  },
  {
    kind: 'care_need',
    urgency: 'high',
    topic: 'deterioration',
    weight: 2,
    units: ['4B', 'ICU'],
    lines: [
      "{Rel} seems really confused today, not like {obj} at all, and [the doctor hasn't been|nobody will listen to us]",
      '{Rel} has a [high temperature|fever] and is shivering, we told the nurse [an hour ago|at {since}] and nothing',
    ],
    more: ['We know {obj} and this is not normal.'],
  },
  {
    kind: 'care_need',
    urgency: 'normal',
    topic: 'discharge',
    weight: 3,
    units: ['4B', 'MAT'],
    lines: [
      "Being discharged from {ward} today and nobody has explained {rel}'s new tablets",
      'Discharge was meant to be 10am, it is now {late} and [still waiting for the letter|no sign of pharmacy|no transport booked]',
      "{Rel} was sent home [yesterday|last night] with no dressings and no idea who to call. [The wound is weeping|{Sub}'s worse today]",
    ],
    more: ['Who do we even ring?', 'We live an hour away.'],
  },
  {
    kind: 'care_need',
    urgency: 'normal',
    topic: 'communication',
    weight: 3,
    units: ['4B', 'ICU', 'MAT'],
    lines: [
      'Been ringing {ward} for {hours} hours, [nobody picks up|the phone just rings out]. I just want to know how {rel} is',
      "Can't get hold of anyone on {ward}. {Rel} is [very poorly|in there alone] and we live [two hours|200 miles] away",
    ],
  },
  {
    kind: 'care_need',
    urgency: 'normal',
    topic: 'wait_time',
    weight: 3,
    units: ['ED'],
    lines: [
      'Sitting in A&E with a [badly cut hand|suspected broken ankle|high fever] for {hours} hours, [pain is getting worse|still bleeding through the bandage]',
      "{Rel} is on a trolley in the ED corridor, {hours} hours now, [no blanket|hasn't had a drink|nobody has checked on {obj}]",
    ],
  },
  {
    kind: 'care_need',
    urgency: 'normal',
    topic: 'mental_health',
    weight: 1,
    units: ['4B'],
    lines: [
      "Nobody has talked to {rel} about {pos} anxiety since {sub} came in, {sub}'s [frightened|scared] and [not sleeping|crying at night]",
    ],
  },
  {
    kind: 'care_need',
    urgency: 'high',
    topic: 'mental_health',
    weight: 1,
    units: ['MAT'],
    lines: [
      "Since the birth I [can't stop crying|feel so low] and the midwives are too busy to talk [on {ward}|here]",
      "I'm on {ward} with my baby and I feel like I'm [drowning|not coping]. Nobody has asked how I am",
    ],
  },
];
