/**
 * A synthetic test set for PHI redaction: sentences as patients and relatives write them, with
 * identifiers of every type at known spans, generated deterministically from a seed. The names,
 * streets and formats here are chosen independently of the redactor's own word lists.
 */
import type { PhiSpan, PhiType } from '@auscult/contracts';

export interface LabelledSentence {
  text: string;
  identifiers: PhiSpan[];
}

/** mulberry32: a small, well-known seeded generator, so the set is the same on every machine. */
function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    digits: (n: number) => Array.from({ length: n }, () => Math.floor(next() * 10)).join(''),
  };
}
type Rng = ReturnType<typeof seeded>;

const FIRST = [
  'John',
  'Mary',
  'Priya',
  'Oluwaseun',
  'Siobhan',
  'Wojciech',
  'Mohammed',
  'Aisha',
  'Chen',
  'Fatima',
  'George',
  'Kelly',
  'Tom',
  'Ama',
  'Liam',
  'Sophie',
  'Rajesh',
  'Niamh',
  'Dmitri',
  'Grace',
  'Ahmed',
  'Emily',
  'Kwame',
  'Hannah',
  'Luis',
  'Margaret',
  'Yusuf',
  'Zoe',
  'Arjun',
  'Eilidh',
  'David',
  'Sarah',
  'Tariq',
  'Chloe',
  'Bartosz',
  'Imani',
  'Peter',
  'Olivia',
  'Hamza',
  'Rosa',
];
const LAST = [
  'Smith',
  'Patel',
  'Okafor',
  'Kowalski',
  "O'Neill",
  'Nguyen',
  'Khan',
  'Jones',
  'Mensah',
  'Garcia',
  'Williams',
  'Sharma',
  'Murphy',
  'Ivanova',
  'Brown',
  'Ahmed',
  'Taylor',
  'Adeyemi',
  'Wilson',
  'Chen',
  'Evans',
  'Hughes',
  'Begum',
  'Lewandowski',
  'Thompson',
  'Osei',
  'Robinson',
  'Ali',
  'Walker',
  'Fernandes',
];
const STREETS = [
  'Oak',
  'Station',
  'Church',
  'Victoria',
  'Mill',
  'Park View',
  'Green',
  'Queens',
  'Elm Tree',
  'High',
];
const STREET_TYPES = ['Street', 'Road', 'Avenue', 'Lane', 'Close', 'Drive', 'Way', 'Crescent', 'St', 'Rd'];
const TOWNS = ['Leeds', 'Bristol', 'Manchester', 'Springfield', 'Croydon', 'Cardiff', 'Boston'];
const MONTHS = ['January', 'March', 'June', 'September', 'November', 'Feb', 'Aug', 'Dec'];
const RELATIVES = [
  'dad',
  'mum',
  'husband',
  'wife',
  'son',
  'daughter',
  'nan',
  'grandad',
  'partner',
  'brother',
];
const TITLES = ['Dr.', 'Dr', 'Mr', 'Mrs', 'Ms'];
const ROLES = ['nurse', 'Nurse', 'midwife', 'porter', 'Sister', 'consultant'];

const pad = (n: number) => String(n).padStart(2, '0');

/** NHS numbers are generated with a valid check digit, as real ones have. */
function nhsNumber(r: Rng): string {
  for (;;) {
    const nine = r.digits(9);
    const sum = [...nine].reduce((acc, c, i) => acc + Number(c) * (10 - i), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    const d = nine + String(check === 11 ? 0 : check);
    return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
  }
}

const VALUES: Record<string, (r: Rng) => string> = {
  FIRST: (r) => r.pick(FIRST),
  FULL: (r) => `${r.pick(FIRST)} ${r.pick(LAST)}`,
  LASTNAME: (r) => r.pick(LAST),
  PHONE: (r) =>
    r.pick([
      () => `07${r.digits(3)} ${r.digits(6)}`,
      () => `+44 ${r.digits(4)} ${r.digits(6)}`,
      () => `+44 (0)20 ${r.digits(4)} ${r.digits(4)}`,
      () => `(${r.int(200, 999)}) ${r.digits(3)}-${r.digits(4)}`,
      () => `${r.int(200, 999)}-${r.digits(3)}-${r.digits(4)}`,
      () => `+1 ${r.int(200, 999)} ${r.digits(3)} ${r.digits(4)}`,
      () => `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
      () => `+49 30 ${r.digits(8)}`,
      () => `0161 ${r.digits(3)} ${r.digits(4)}`,
      () => `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
    ])(),
  EMAIL: (r) =>
    `${r.pick(FIRST).toLowerCase()}${r.pick(['.', '_', ''])}${r.pick(LAST).toLowerCase().replace("'", '')}${r.pick(['', String(r.int(1, 99))])}@${r.pick(['gmail.com', 'outlook.co.uk', 'example.org', 'nhs.net', 'yahoo.fr'])}`,
  ADDRESS: (r) => {
    const street = `${r.int(1, 240)} ${r.pick(STREETS)} ${r.pick(STREET_TYPES)}`;
    return r.pick([
      () => street,
      () => `${street}, ${r.pick(TOWNS)}`,
      () =>
        `${street}, ${r.pick(TOWNS)} ${r.pick(['LS', 'BS', 'M', 'CR'])}${r.int(1, 20)} ${r.int(1, 9)}${r.pick(['QT', 'AB', 'XY', 'HN'])}`,
      () => `Flat ${r.int(1, 30)}, ${street}`,
      () => `${street}, ${r.pick(TOWNS)}, MA ${r.digits(5)}`,
    ])();
  },
  DATE: (r) =>
    r.pick([
      () => `${pad(r.int(1, 28))}/${pad(r.int(1, 12))}/${r.int(1930, 2020)}`,
      () => `${r.int(1, 28)}/${r.int(1, 12)}/${r.int(30, 99)}`,
      () => `${r.int(1930, 2020)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`,
      () => `${r.int(1, 28)} ${r.pick(MONTHS)} ${r.int(1930, 2020)}`,
      () => `${r.pick(MONTHS)} ${r.int(1, 28)}, ${r.int(1930, 2020)}`,
      () => `${r.int(1, 28)}th of ${r.pick(MONTHS)} ${r.int(1930, 2020)}`,
    ])(),
  MRN: (r) =>
    r.pick([
      () => `A${r.digits(7)}`,
      () => r.digits(8),
      () => `RX-${r.digits(6)}`,
      () => `H${r.digits(6)}`,
    ])(),
  NHS: nhsNumber,
  SSN: (r) => `${r.int(100, 899)}-${r.digits(2)}-${r.digits(4)}`,
  URL: (r) =>
    r.pick([
      () => `https://www.facebook.com/profile.php?id=${r.digits(12)}`,
      () => `https://twitter.com/${r.pick(FIRST).toLowerCase()}${r.digits(3)}/status/${r.digits(15)}`,
      () => `https://portal.example-hospital.org/patients/${r.digits(7)}/letters`,
      () => `www.instagram.com/${r.pick(FIRST).toLowerCase()}_${r.pick(LAST).toLowerCase().replace("'", '')}`,
    ])(),
  HANDLE: (r) =>
    `@${r.pick(FIRST).toLowerCase()}${r.pick(['_', '', '.'])}${r.pick(LAST).toLowerCase().replace("'", '')}${r.pick(['', String(r.int(1, 999))])}`,
};

/** Slot → value generator and the identifier type it plants. */
const SLOTS: Record<string, [string, PhiType]> = {
  NAME: ['FULL', 'NAME'],
  FIRST: ['FIRST', 'NAME'],
  LAST: ['LASTNAME', 'NAME'],
  PHONE: ['PHONE', 'PHONE'],
  EMAIL: ['EMAIL', 'EMAIL'],
  ADDRESS: ['ADDRESS', 'ADDRESS'],
  DOB: ['DATE', 'DOB'],
  MRN: ['MRN', 'MRN'],
  NHS: ['NHS', 'ID_NUMBER'],
  SSN: ['SSN', 'ID_NUMBER'],
  URL: ['URL', 'URL'],
  HANDLE: ['HANDLE', 'HANDLE'],
};

const TEMPLATES = [
  'My {REL} {NAME} has been waiting 6 hours for pain relief on ward 4B.',
  'my {REL} {FIRST} fell out of bed last night and nobody came',
  'Please call me on {PHONE} about my {REL}, he is still in A&E.',
  '{NAME} was the nurse on nights and she was wonderful, thank you.',
  '{TITLE} {LAST} told us the scan would be Monday but nothing happened.',
  '{ROLE} {FIRST} was so kind to my mum in ICU.',
  'Email me at {EMAIL} — nobody has answered my complaint about parking.',
  'Patient: {NAME}, DOB {DOB}, MRN {MRN}. Family asking for an update.',
  'Date of birth: {DOB}. Hospital number {MRN}. Still no appointment letter.',
  'My NHS number is {NHS} and the booking system says I do not exist.',
  'NHS no. {NHS} — please check why my referral was lost.',
  'SSN {SSN} was printed on the bill you sent to {ADDRESS}.',
  'The letter went to {ADDRESS} instead of my new flat.',
  'I live at {ADDRESS}, please send the discharge summary there.',
  'See my post here {URL} — the toilets on level 2 were filthy.',
  'Thanks {HANDLE} for sharing, same happened to us at the maternity unit',
  '{HANDLE} my dad is still on a trolley in the corridor, 14 hours now',
  'Contact {NAME} on {PHONE} or {EMAIL} if you need anything from the family.',
  'Hi, this is {NAME}. I was born on {DOB} and my records have the wrong date.',
  'Signed, {NAME}',
  'Food was cold again today. Thanks, {FIRST}',
  'My {REL} ({NAME}, MRN: {MRN}) has not had his insulin since breakfast.',
  'My {REL}, {FIRST}, was discharged without her medication.',
  'Called {PHONE} five times, no answer. {NAME}',
  'Our daughter {FIRST} was born on {DOB} at your hospital and the care was amazing.',
  '{ROLE} {NAME} ignored the call bell for forty minutes.',
  'I asked for {TITLE} {NAME} but was told she was not on shift.',
  'Please update my address to {ADDRESS}, phone {PHONE}.',
  'Medical record number {MRN} — results still missing.',
  'I spoke to {FIRST} at reception and she was rude.',
  'I am {NAME}, my {REL} is in bed 12 and in a lot of pain.',
  'Patient ID: {MRN}, D.O.B. {DOB}, tel {PHONE}',
  'Reply to {EMAIL} or DM {HANDLE}',
  'Photos of the ward: {URL}',
  'My grandmother {NAME} is 92 and has been left in a wet bed.',
];

/**
 * Written after the redactor was tuned on TEMPLATES and never tuned against: phrasing the cues do not
 * anticipate. The eval reports this set on its own, so the figure is not only one of self-agreement.
 */
const HELD_OUT_TEMPLATES = [
  'Shout out to {FIRST} and {FIRST} on the night shift!!',
  'had to explain everything again to {FIRST} because the notes were lost',
  'i think her name was {FIRST}, tall with glasses',
  '{NAME} from the discharge team never rang back',
  'Booking ref {MRN} still shows as cancelled',
  'ring me {PHONE} after 6',
  'wife {FIRST} had a stroke and waited hours for a bed',
  'we are at {ADDRESS} if the community nurse can visit',
  'mum was born {DOB} so she is not "elderly confused", she is sharp as a tack',
  'Ask {LAST} in pharmacy, he knows about the mix-up',
  'Txt {PHONE} pls',
  '{FIRST}!!! you were amazing in labour ward, thank u',
  'ref: {NHS}',
  'posted about it {URL}',
  'cc {HANDLE} {HANDLE}',
  'the receptionist (I think {FIRST}?) laughed at my son',
  'sending love to {FIRST} {LAST} and all the team on ward 9',
  'Appointment for {NAME} DOB:{DOB} keeps getting moved',
];

/** Sentences with no identifier, some of them shaped to tempt a redactor (times, beds, wards, money, dates of visits). */
const CLEAN = [
  'Waited 4 hours in A&E on Tuesday, the staff were lovely though.',
  'Bed 12 on ward 4B, call bell not answered since 10:30.',
  'Parking cost £18.50 for 3 hours, ridiculous.',
  'The ICU team saved my life, thank you all.',
  'Appointment moved three times since 12/03, no explanation.',
  'Room 204 is freezing and the heating has been broken for 2 weeks.',
  'Great maternity care at St Mary’s, would recommend.',
  'Pain score 8/10 and still no morphine after 2 hours.',
  'Visiting hours 2-4pm are too short for working families.',
  'The new MRI scanner on level 3 is brilliant.',
  'Thank you to everyone on Ward 7 for looking after me.',
  'My operation was cancelled on the day, for the second time.',
  'Food arrived at 17:45, cold again.',
  'Been in the corridor since Monday morning.',
  'Called the switchboard and was on hold for 45 minutes.',
];

export function generateRedactionCorpus(
  count: number,
  { seed = 20261123, heldOut = false }: { seed?: number; heldOut?: boolean } = {},
): LabelledSentence[] {
  const r = seeded(seed);
  const templates = heldOut ? HELD_OUT_TEMPLATES : TEMPLATES;
  const out: LabelledSentence[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 8 === 7) {
      out.push({ text: r.pick(CLEAN), identifiers: [] });
      continue;
    }
    out.push(fill(r.pick(templates), r));
  }
  return out;
}

function fill(template: string, r: Rng): LabelledSentence {
  let text = '';
  const identifiers: PhiSpan[] = [];
  for (const part of template.split(/(\{[A-Z]+\})/)) {
    const slot = /^\{([A-Z]+)\}$/.exec(part)?.[1];
    if (!slot) {
      text += part;
    } else if (slot === 'REL') {
      text += r.pick(RELATIVES);
    } else if (slot === 'TITLE') {
      text += r.pick(TITLES);
    } else if (slot === 'ROLE') {
      text += r.pick(ROLES);
    } else {
      const [generator, type] = SLOTS[slot]!;
      const value = VALUES[generator]!(r);
      identifiers.push({ type, start: text.length, end: text.length + value.length });
      text += value;
    }
  }
  return { text, identifiers };
}

export interface TypeScore {
  /** Identifiers planted of this type, and how many were fully covered by redactions. */
  planted: number;
  caught: number;
  /** Redactions of this type, and how many lay on a planted identifier (of any type). */
  redacted: number;
  correct: number;
}

/**
 * Recall: a planted identifier counts as caught when every non-space character of it is inside a
 * redaction (a half-redacted phone number still leaks). Precision: a redaction is correct when it
 * overlaps a planted identifier.
 */
export function scoreRedaction(
  corpus: LabelledSentence[],
  detect: (text: string) => PhiSpan[],
): Record<PhiType | 'ALL', TypeScore> {
  const scores = {} as Record<PhiType | 'ALL', TypeScore>;
  const at = (t: PhiType | 'ALL') => (scores[t] ??= { planted: 0, caught: 0, redacted: 0, correct: 0 });
  for (const { text, identifiers } of corpus) {
    const found = detect(text);
    const covered = new Uint8Array(text.length);
    for (const f of found) covered.fill(1, f.start, f.end);
    for (const id of identifiers) {
      let caught = true;
      for (let i = id.start; i < id.end; i++) if (!covered[i] && !/\s/.test(text[i]!)) caught = false;
      for (const s of [at(id.type), at('ALL')]) {
        s.planted++;
        if (caught) s.caught++;
      }
    }
    for (const f of found) {
      const correct = identifiers.some((id) => f.start < id.end && id.start < f.end);
      for (const s of [at(f.type), at('ALL')]) {
        s.redacted++;
        if (correct) s.correct++;
      }
    }
  }
  return scores;
}
