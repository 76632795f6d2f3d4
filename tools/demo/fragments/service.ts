// Service complaints, one scenario per patient-experience topic.
import type { Scenario } from './scenario.js';

const complaint = (
  topic: string,
  weight: number,
  units: Scenario['units'],
  lines: string[],
  more: string[] = [],
): Scenario => ({
  kind: 'service_complaint',
  urgency: 'low',
  topic,
  weight,
  units,
  lines,
  more,
});

export const SERVICE: readonly Scenario[] = [
  complaint(
    'wait_time',
    6,
    ['ED'],
    [
      'Waited {hours} hours in A&E [to be told to come back tomorrow|for a five minute chat with a doctor|and nobody said sorry]',
      '{hours} hours in the ED waiting room with a [toddler|sick child|bad back]. [No updates|The screen said 2 hours]',
    ],
    ['The vending machine was empty too.', 'I understand it is busy but nobody told us anything.'],
  ),
  complaint(
    'wait_time',
    3,
    [],
    [
      'Outpatients running {mins} minutes late [again|as usual] and [no one tells you anything|no updates at all]',
      '[Three|Four|Five] hours for a prescription from the hospital pharmacy [at discharge|to take home]',
    ],
  ),
  complaint(
    'billing',
    3,
    [],
    [
      'Got a bill for {amount} for [a TV card that never worked|a missed appointment I actually attended|a private room we never asked for]',
      'Charged twice for [the TV and phone|my parking permit], [still waiting for a refund|nobody answers the finance line]',
    ],
    ['I have the receipts.', 'Three emails and no reply.'],
  ),
  complaint(
    'parking',
    5,
    [],
    [
      'Parking at {hospital} is [a joke|impossible|daylight robbery]. [Circled for|Spent] {mins} minutes [looking for a space|trying to park] and [missed|nearly missed] my appointment',
      '{amount} to park while visiting {rel}. Every. Single. Day.',
      'The pay machines in the [multi-storey|main car park] [only take coins|are broken again|ate my ticket]',
    ],
    ['Blue badge spaces were all taken by staff cars.'],
  ),
  complaint(
    'food',
    4,
    ['4B', 'MAT', 'ICU'],
    [
      "The food on {ward} is [cold|inedible|all beige], {rel} [cannot eat|won't touch] it",
      'Vegetarian option was [missing|the same pasta bake] [three days running|every single day]',
      '[Dinner|Tea] arrived at half four and nothing after that till breakfast. [Starving|Ridiculous]',
    ],
    ['The hot drinks round skipped our bay twice.'],
  ),
  complaint(
    'cleanliness',
    4,
    ['4B', 'ED', 'MAT'],
    [
      "Toilets on {ward} [haven't been cleaned all weekend|were filthy], [blood on the floor|no soap, no paper towels]",
      "Found [used gloves|an old dressing] under {rel}'s bed [today|this morning]. [Gross|Not acceptable in a hospital]",
    ],
    ['How is this acceptable after covid?'],
  ),
  complaint(
    'noise',
    3,
    ['4B', 'MAT'],
    [
      "[Impossible|Can't] sleep on {ward}, [staff chatting loudly at the desk all night|bins banging at 5am|a machine beeping for hours]",
      'Lights on and phones ringing till 2am on {ward}. [How is anyone meant to get better|Zero sleep again]',
    ],
  ),
  complaint(
    'staff_attitude',
    4,
    ['ED', '4B', 'MAT'],
    [
      '[The receptionist|One of the doctors|A healthcare assistant] on {ward} was [so rude|dismissive|sarcastic] when I asked a simple question',
      'Felt like a nuisance for asking. [Rolled her eyes|Sighed loudly] at me [in front of everyone|when I asked for help]',
    ],
    ['Kindness costs nothing.', 'I will be putting in a formal complaint.'],
  ),
  complaint(
    'communication',
    4,
    ['4B', 'ICU'],
    [
      'Nobody told us {rel} had been moved off {ward}. [Found out from the cleaner|Turned up to an empty bed]',
      'Three different doctors, three different stories about {pos} [scan|results|plan]',
      'Letters arrive after the appointment date [every time|again]. Do you even read them before posting?',
    ],
  ),
  complaint(
    'appointments',
    3,
    [],
    [
      'Appointment cancelled [the night before|by text at 7am] [for the third time|again] [after waiting five months|and no new date]',
      "Can't get through on the appointments line, on hold {mins} minutes then [cut off|told to ring back]",
    ],
  ),
  complaint(
    'lost_property',
    2,
    ['4B', 'ED', 'ICU'],
    [
      "{Rel}'s [hearing aids|glasses|dentures|wedding ring] went missing [when moved wards|on {ward}] and nobody [knows where they are|seems bothered]",
      'Left my [phone charger|coat|bag] in an ED cubicle, nobody can tell me where lost property is',
    ],
  ),
  complaint(
    'visiting',
    1,
    ['ICU', 'MAT'],
    ['Visiting rules on {ward} [change every day|make no sense], partners sent home at 8pm'],
  ),
];
