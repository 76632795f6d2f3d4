// Who writes, and how each channel sounds. All people here are invented; phone numbers are in
// Ofcom's 07700 900xxx range reserved for drama, and addresses use example.net (RFC 2606).
import type { DemoUnit } from './scenario.js';

export const HOSPITAL = {
  name: 'Auscult General',
  handle: '@AuscultGeneral',
  facility: 'auscult-general',
} as const;

export interface Relative {
  rel: string;
  sub: string;
  obj: string;
  pos: string;
}

const she = (rel: string): Relative => ({ rel, sub: 'she', obj: 'her', pos: 'her' });
const he = (rel: string): Relative => ({ rel, sub: 'he', obj: 'him', pos: 'his' });

export const RELATIVES: readonly Relative[] = [
  she('my mum'),
  he('my dad'),
  she('my nan'),
  he('my grandad'),
  he('my husband'),
  she('my wife'),
  he('my son'),
  she('my daughter'),
  she('my sister'),
  he('my brother'),
  she('my mother-in-law'),
  he('my uncle'),
];

export const MATERNITY_RELATIVES: readonly string[] = ['my wife', 'my daughter', 'my sister'];

/** How people name each unit in free text (the demo units' aliases, in everyday spelling). */
export const UNIT_PHRASES: Record<DemoUnit, readonly string[]> = {
  '4B': ['ward 4B', '4B', 'Ward 4B', 'the medical ward', 'ward 4b'],
  ICU: ['ICU', 'intensive care', 'the ICU', 'critical care', 'ITU'],
  ED: ['A&E', 'the ED', 'the emergency department', 'a&e', 'casualty'],
  MAT: ['maternity', 'the maternity ward', 'labour ward', 'the postnatal ward', 'delivery suite'],
};

/** Frames that place a line on a unit when the line itself does not say where. */
export const LOCATION_PREFIXES = [
  'On {ward}: ',
  '{ward} again. ',
  'At {ward} right now. ',
  'Visiting {ward}. ',
];
export const LOCATION_SUFFIXES = [' ({ward})', '. This is on {ward}', ' - {ward}', '. {ward}, {hospital}'];

export const FIRST_NAMES = [
  'Sam',
  'Priya',
  'Tom',
  'Aisha',
  'Kofi',
  'Mei',
  'Rhys',
  'Jo',
  'Dev',
  'Nell',
  'Bex',
  'Imran',
  'Kasia',
  'Lou',
  'Femi',
  'Ciaran',
];
export const STAFF_NAMES = ['Jo', 'Sam', 'Grace', 'Ade', 'Marta', 'Lin', 'Bernie', 'Tash', 'Olu', 'Ros'];

const HANDLE_STARTS = [
  'k_lowe',
  'sunny',
  'dave',
  'mrs_b',
  'jen',
  'tee',
  'big_al',
  'coffee',
  'north',
  'rainy',
  'the_real',
  'mum_of',
  'gran',
  'runner',
  'kezza',
  'bex',
  'mo',
  'jojo',
  'deano',
  'lil',
];
const HANDLE_ENDS = ['88', '_x', '2024', '_uk', '', '_91', 'xo', '_writes', '3', 'bear', '_b'];
export const HANDLE_PARTS = { starts: HANDLE_STARTS, ends: HANDLE_ENDS } as const;

export const HASHTAGS: Record<string, readonly string[]> = {
  care_need: ['#NHS', '#patientsafety', '#help', '#nurses'],
  service_complaint: ['#NHS', '#fail', '#notgoodenough', '#hospital'],
  praise: ['#NHSheroes', '#thankyou', '#nurses', '#grateful'],
  other: ['#NHS', '#community', '#local'],
};
export const TOPIC_HASHTAGS: Record<string, string> = {
  parking: '#parking',
  food: '#hospitalfood',
  wait_time: '#AandE',
  mental_health: '#mentalhealth',
};
export const EMOJI: Record<string, readonly string[]> = {
  care_need: ['😢', '😡', '🙏', '😰', '💔'],
  service_complaint: ['😡', '🙄', '😤', '👎', '🤬'],
  praise: ['❤️', '🙏', '💕', '👏', '🌟', '😊'],
  other: ['📢', '✨', '👇'],
};

export const REVIEW_OPENERS = [
  'Visited with {rel} last week.',
  'Came in via A&E on {day} night.',
  'Second stay here this year.',
  'Writing this from the day room.',
  '',
];
export const REVIEW_CLOSERS: Record<string, readonly string[]> = {
  care_need: ['Not safe.', 'Please look into this.', 'One star and that is generous.'],
  service_complaint: [
    'Two stars because the nurses were lovely.',
    'Would not recommend.',
    'Do better.',
    'One star.',
  ],
  praise: ['Five stars.', 'Cannot thank you enough.', 'Highly recommend.'],
  other: [''],
};

export const EMAIL_GREETINGS = [
  'Dear Patient Experience team,',
  'Dear PALS,',
  'Hello,',
  'To whom it may concern,',
];
export const EMAIL_SIGN_OFFS = ['Kind regards', 'Thanks', 'Regards', 'Best wishes'];
export const EMAIL_SUBJECTS: Record<string, readonly string[]> = {
  care_need: ['Urgent - my relative', 'Concern about care on the ward', 'Please help'],
  service_complaint: ['Complaint', 'Feedback about my visit', 'Formal complaint'],
  praise: ['Thank you', 'Compliment for the team'],
  other: ['Question'],
};
export const CARD_SIGN_OFFS = ['', '', ' - anon', ' - a grateful patient', ' - a relative', ' - {bed}'];
// "pls help" belongs on a care need; on a food complaint it would teach the reader the wrong urgency.
export const SMS_TAGS: Record<string, readonly string[]> = {
  care_need: ['', '', ' pls', ' asap', ' pls help', ' ??'],
  service_complaint: ['', '', ' ??', ' pls sort it', ' not on'],
  praise: ['', ' thx', ' x', ' thank u'],
  other: ['', ' ?'],
};
export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const SINCE = [
  '6am',
  'this morning',
  'lunchtime',
  'midnight',
  '3am',
  'breakfast',
  'last night',
  '2pm',
];
export const LATE = ['4pm', '6pm', 'half seven', '9pm'];
export const AMOUNTS = ['£12.60', '£18', '£7.50', '£45', '£130'];
