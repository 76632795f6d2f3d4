// Risk of harm now: the few messages the care board must raise within seconds.
import type { Scenario } from './scenario.js';

export const CRITICAL_CARE: readonly Scenario[] = [
  {
    kind: 'care_need',
    urgency: 'critical',
    topic: 'breathing',
    weight: 1,
    units: ['4B', 'ICU'],
    lines: [
      "{Rel} [can't|cannot] breathe properly on {ward} and the nurse keeps saying the doctor is coming. [Please help|Someone please help|HELP]",
      '{Rel} is gasping for air in {bed}, [lips going blue|lips look grey], pressed the buzzer [three|four] times and nobody has come',
      "{Rel}'s breathing has gone [really noisy|rattly and fast] in the last hour and {sub} can't talk in full sentences. Nobody is answering the buzzer",
    ],
    more: ['We are really frightened.', 'I have asked at the desk twice.'],
    channels: ['social', 'sms', 'web_form', 'email'],
  },
  {
    kind: 'care_need',
    urgency: 'critical',
    topic: 'chest_pain',
    weight: 1,
    units: ['ED'],
    lines: [
      "I've had [crushing|tight|heavy] chest pain for {mins} minutes in the A&E waiting room and [nobody has triaged me|no one has even looked at me]",
      "{Rel} is [clutching|holding] {pos} chest and sweating in the waiting area, we've been here {hours} hours. [why is nobody coming|is anyone actually working tonight]",
      'Chest pain going down my left arm, told reception [twice|20 mins ago], still sat in A&E',
    ],
    channels: ['social', 'sms', 'web_form'],
  },
  {
    kind: 'care_need',
    urgency: 'critical',
    topic: 'falls',
    weight: 1,
    units: ['4B', 'ICU'],
    lines: [
      '{Rel} fell getting out of bed [last night|this morning|an hour ago] on {ward} and hit {pos} head, [there is blood on the pillow|{sub} has a huge lump] and [no one has checked|nobody has done any checks]',
      "Found {rel} on the floor next to {pos} bed when I arrived. {Sub} says {sub}'s been there ages and {pos} [hip|wrist|arm] looks [wrong|swollen and bent]",
    ],
    more: ['{Sub} is on blood thinners.', 'The bed rails were down.'],
    channels: ['social', 'sms', 'email', 'web_form'],
  },
  {
    kind: 'care_need',
    urgency: 'critical',
    topic: 'mental_health',
    weight: 1,
    units: ['ED'],
    lines: [
      "I don't want to be here anymore. [They sent me home from A&E yesterday|I was discharged last night] and [I keep thinking about ending it|I've been thinking about ending it all]",
      '{Rel} told me tonight {sub} has been thinking about hurting {obj}self and {sub} [walked out of A&E|left the waiting room] before being seen',
    ],
    channels: ['social', 'sms', 'web_form'],
  },
  {
    kind: 'care_need',
    urgency: 'critical',
    topic: 'deterioration',
    weight: 1,
    units: ['MAT'],
    lines: [
      "[My wife|My partner|My daughter] is bleeding heavily after the birth and the buzzer on {ward} [isn't being answered|just rings and rings]",
      "[My wife|My partner] has [a pounding headache and blurred vision|gone really pale and shaky] on {ward} and the midwife hasn't been back for an hour",
    ],
    channels: ['social', 'sms', 'web_form'],
  },
];
