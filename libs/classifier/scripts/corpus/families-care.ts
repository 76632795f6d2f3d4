// Generated care-need families. Each template is its own group, so a sentence shape is either
// in training or in the test split, never both.
import type { Family } from './family.js';

export const CARE_FAMILIES: Family[] = [
  {
    id: 'care-pain', kind: 'care_need', urgency: 'high', topics: ['pain'], channels: ['social', 'sms', 'web_form'],
    templates: [
      '{hosp} {fam} is {painq} on {unit} and {nohelp}. {plea}',
      '{fam} has been {painq} {dur}, {nohelp} {angryend}',
      'im {painq} {now}. {nohelp}. {plea}',
      '{plea} - {fam} on {unit} is {painq}, asked for pain relief {shortdur} ago',
      'Been on {unit} {dur} with {painloc} killing {obj}, [no painkillers|nothing for the pain|no pain relief] and {nohelp}',
      "{fam} keeps asking for something for the pain and they keep saying 'in a minute'. {dur} now. {pron} is {painq}",
      'Its {now} and {fam} is still {painq} after the op. {nohelp}',
      'why is nobody giving {fam} pain relief?? {pron} is {painq} {dur} {hosp}',
      'Message from bed [3|12|7|21]: {painq}, buzzer [ignored|not answered], please send someone',
    ],
  },
  {
    id: 'care-wait-in-pain', kind: 'care_need', urgency: 'high', topics: ['pain', 'wait_time'], channels: ['social', 'review', 'sms'],
    templates: [
      'Waited {dur} in A&E {painq} and still not seen {angryend}',
      '{fam} has been in the waiting room {dur} {painq}, triage nurse said wait. {plea}',
      'sat here {dur} with a [broken wrist|kidney stone|dislocated shoulder|burst appendix maybe|migraine from hell] {painq}. {nohelp}',
      'still in {unit} {now}, {shortdur} since triage, {painq}. how much longer??',
      '{hosp} {dur} waiting and the pain is getting worse, they wont give me anything until a doctor sees me',
    ],
  },
  {
    id: 'care-call-bell', kind: 'care_need', urgency: 'high', topics: ['call_bell'], channels: ['social', 'sms', 'web_form'],
    templates: [
      '{fam} pressed the buzzer {shortdur} ago and nobody has come. {plea}',
      'been ringing the call bell {dur} on {unit}, {nohelp}',
      'Buzzer going {dur} in {unit}, {fam} needs help {now} and {nohelp}',
      "can't get hold of a nurse on {unit}, {fam} needs [the toilet|help|pain relief|to be moved|repositioning]. {plea}",
      'Rang the ward phone [6|10|5] times, no answer. {fam} is alone and needs help {now}',
      'nobody answering the call bell in {unit} {now} {hosp} {plea}',
    ],
  },
  {
    id: 'care-medication', kind: 'care_need', urgency: 'high', topics: ['medication'], channels: ['social', 'email', 'sms', 'web_form'],
    templates: [
      '{fam} {medmiss}. {plea}',
      '{hosp} {fam} on {unit} {medmiss} and {nohelp}',
      'Worried sick, {fam} {medmiss}. {pron} needs it on time',
      'Dear ward manager, I am writing because {fam} {medmiss}. [This is the second time this week.|Nobody seems to know why.|I am very worried.]',
      'hi its {rel}s daughter, {pron} {medmiss}, can someone check {now} pls',
    ],
  },
  {
    id: 'care-deterioration', kind: 'care_need', urgency: 'high', topics: ['deterioration'], channels: ['social', 'email', 'sms', 'web_form'],
    templates: [
      '{fam} {deter} and {nohelp}. {plea}',
      "I'm really worried, {fam} on {unit} {deter}. [The nurses say it's normal|Nobody is listening to us|We've told 3 people]",
      '{hosp} {fam} {deter} {now}. {plea}',
      'Since yesterday {fam} {deter}. We asked for a doctor {shortdur} ago',
      'something is wrong with {fam}, {pron} {deter}, please can a doctor see {obj}',
    ],
  },
  {
    id: 'care-hygiene', kind: 'care_need', urgency: 'high', topics: ['hygiene_help'], channels: ['social', 'email', 'review', 'sms'],
    templates: [
      '{fam} {hyg}. {angry}. {plea}',
      'Just visited {fam} on {unit}: {pron} {hyg}. [Please sort this now.|This is neglect.|I am in tears.]',
      '{hosp} {fam} {hyg} {now}',
      '{fam} on {unit} {hyg} and {nohelp}',
    ],
  },
  {
    id: 'care-hydration', kind: 'care_need', urgency: 'high', topics: ['nutrition_hydration'], channels: ['social', 'email', 'sms', 'review'],
    templates: [
      'Visited {fam} and {hydr}. {plea}',
      '{fam} is on {unit}: {hydr} {angryend}',
      '{hosp} {hydr}. {fam} is frail and needs help {now}',
    ],
  },
  {
    id: 'care-fall', kind: 'care_need', urgency: 'high', topics: ['falls'], channels: ['social', 'sms', 'email'],
    templates: [
      '{fam} fell [getting out of bed|in the bathroom|trying to get to the toilet] on {unit} and nobody came for {shortdur}. [They say no injury but no one has checked properly.|Still waiting for someone to assess {obj}.]',
      '{fam} had a fall on the ward [last night|this morning|earlier] and we were not told. {pron} is confused and shaky {now}',
      'found {fam} on the floor of {pos} room, [got {obj} back into bed myself|had to shout for help]. why was no one watching {obj}? {plea}',
      '{fam} is a high falls risk and keeps trying to stand up alone, no one is watching {obj} on {unit}',
    ],
  },
];
