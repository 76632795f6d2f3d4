// What any listening feed also picks up: news, job adverts, health tips, events, spam. It must
// land as `other` and stay out of the nurses' way.
import { SOCIAL_ONLY, type Scenario } from './scenario.js';

const other = (
  topic: string,
  weight: number,
  lines: string[],
  channels: Scenario['channels'] = SOCIAL_ONLY,
  units: Scenario['units'] = [],
): Scenario => ({ kind: 'other', urgency: 'low', topic, weight, units, lines, channels });

export const NOISE: readonly Scenario[] = [
  other('news', 3, [
    '[Local paper|Report]: {hospital} [to open new|plans for a] [MRI suite|urgent treatment centre|multi-storey car park] [next year|in the spring]',
    '{hospital} among trusts [facing|under] winter pressure, says regional report',
    'New [chief executive|medical director] announced at {hospital} this week',
  ]),
  other('jobs', 2, [
    "We're hiring! Band 5 staff nurses for [ward 4B|our medical wards|maternity], [flexible shifts|relocation support]. Apply via our careers page #NurseJobs",
    'Healthcare assistant vacancies at {hospital}, [open day Saturday|no experience needed]. #jobs',
  ]),
  other('health_tips', 2, [
    'Winter tip: [keep warm|stay hydrated|get your flu jab]. [Pharmacies can help with minor illness|Your GP surgery runs clinics] #HealthTips',
    'Not sure where to go? [Minor injuries units can help|Call 111 first] and save A&E for emergencies',
  ]),
  other('spam', 2, [
    'Make £500 a day from home!!! [DM me|link in bio] 💰💰',
    'Cheap [teeth whitening|followers|crypto signals] [message now|limited offer] 👉 bit.example/x',
  ]),
  other('events', 1, [
    'Blood donation session [this Thursday|next week] in the main atrium at {hospital}, [walk-ins welcome|book online]',
    "Charity bake sale for the {hospital} children's ward on Friday",
  ]),
  other(
    'question',
    1,
    ['Does anyone know the visiting hours for {ward}?', 'What time does the cafe near {ward} close?'],
    ['social', 'web_form'],
    ['4B', 'ICU', 'MAT'],
  ),
];
