// Generated critical families: risk of harm now. Labelled critical care needs by LABELLING.md §3.
import type { Family } from './family.js';

const crit = { kind: 'care_need', urgency: 'critical' } as const;

export const CRITICAL_FAMILIES: Family[] = [
  {
    id: 'crit-breathing',
    ...crit,
    topics: ['breathing'],
    channels: ['social', 'sms', 'web_form'],
    templates: [
      "{fam} can't breathe and {nohelp}. {plea}",
      '{plea} {fam} is struggling to breathe on {unit} {now}',
      'my {rel} is gasping for air, {nohelp} {hosp}',
      '{fam} {pos} lips are going blue and {pron} can barely breathe. NOW PLEASE',
      'cant breathe properly {now}, pressed the buzzer {shortdur} ago. bay [2|5|6]',
      '{fam} is choking and struggling for breath, the oxygen [ran out|is not connected] {plea}',
    ],
  },
  {
    id: 'crit-chest',
    ...crit,
    topics: ['pain', 'deterioration'],
    channels: ['social', 'sms', 'email'],
    templates: [
      '{fam} has chest pain {now} on {unit} and {nohelp}',
      'I have crushing chest pain and have been waiting {dur} in {unit}. {plea}',
      '{fam} says {pos} chest feels tight and heavy, {pron} is sweating, {nohelp}',
      '{hosp} my {rel} had a heart attack on the ward and no one came for {shortdur}',
      '{plea} i think {fam} is having a heart attack, pains in {pos} chest and arm',
    ],
  },
  {
    id: 'crit-stroke',
    ...crit,
    topics: ['deterioration'],
    channels: ['social', 'sms', 'web_form'],
    templates: [
      "{fam}'s face is drooping and {pos} speech is slurred, {nohelp}. {plea}",
      '{fam} suddenly cant move {pos} left arm and is slurring words {now}. {plea}',
      'I think {fam} is having a stroke in {unit}, face drooped on one side and nobody believes us',
      '{hosp} {fam} speech has gone slurred in the last hour and {pron} cant lift {pos} right arm',
    ],
  },
  {
    id: 'crit-fall-injury',
    ...crit,
    topics: ['falls'],
    channels: ['social', 'sms', 'email'],
    templates: [
      '{fam} fell out of bed on {unit} and hit {pos} head, {pron} is bleeding. {nohelp}',
      'found {fam} on the floor, {pron} cant get up and says {pos} hip is broken. {plea}',
      '{fam} has had a fall in the bathroom and is lying there with a head injury {now}. {plea}',
      '{fam} slipped and fell, there is blood everywhere and {nohelp}',
    ],
  },
  {
    id: 'crit-bleeding',
    ...crit,
    topics: ['deterioration'],
    channels: ['social', 'sms'],
    templates: [
      "{fam}'s wound is bleeding heavily and {nohelp}. {plea}",
      '{fam} is coughing up blood on {unit} {now}. {plea}',
      'the drain site wont stop bleeding, sheets soaked in blood, {nohelp}',
      'I just had my baby and I am losing a lot of blood, {nohelp} {plea}',
    ],
  },
  {
    id: 'crit-self-harm',
    ...crit,
    topics: ['mental_health'],
    channels: ['social', 'sms', 'web_form', 'email'],
    templates: [
      "I can't do this anymore, I want to end it all tonight",
      'sitting in {unit} {dur} and honestly I want to die. no one cares',
      '{fam} says {pron} wants to kill {refl} and the ward just sent {obj} home',
      "i don't want to be here anymore. been waiting {dur} for the crisis team and {nohelp}",
      '{fam} is talking about suicide and is alone on {unit} {now}. {plea}',
      'been self harming again since discharge and cant get through to anyone',
      'Im going to hurt myself if someone doesnt help me {now}',
    ],
  },
  {
    id: 'crit-overdose',
    ...crit,
    topics: ['medication'],
    channels: ['social', 'sms', 'web_form'],
    templates: [
      '{fam} has taken an overdose and we are in {unit} waiting {dur}. {plea}',
      'I think {fam} took too many tablets, {pron} is very drowsy {now}',
      '{fam} swallowed all of {pos} pills, {nohelp}. {plea}',
    ],
  },
  {
    id: 'crit-abuse',
    ...crit,
    topics: ['safeguarding'],
    channels: ['social', 'email', 'web_form', 'sms'],
    templates: [
      'A carer on {unit} slapped {fam}. {pron} is terrified and {nohelp}',
      '{fam} told me a member of staff has been rough handling {obj} and {pron} has bruises',
      'the man in the next bed keeps threatening to hurt {fam} and staff do nothing. {plea}',
      '{fam} was assaulted by another patient on {unit} {now}. {plea}',
      'I am being abused at home and {pron} is here with me in A&E. please help',
    ],
  },
  {
    id: 'crit-missing',
    ...crit,
    topics: ['safeguarding'],
    channels: ['social', 'sms', 'email'],
    templates: [
      '{fam} has gone missing from {unit}, {pron} has dementia and {nohelp}. {plea}',
      "we can't find {fam}, {pron} wandered off the ward {shortdur} ago and staff didn't notice",
      '{hosp} {fam} has walked out of {unit} in {pos} nightie and nobody knows where {pron} is',
    ],
  },
  {
    id: 'crit-collapse',
    ...crit,
    topics: ['deterioration'],
    channels: ['social', 'sms'],
    templates: [
      '{fam} has collapsed in the waiting room and {nohelp}. {plea}',
      '{fam} is unresponsive, we cant wake {obj} up. {plea}',
      '{fam} is having a seizure on {unit} {now}, {nohelp}',
    ],
  },
];
