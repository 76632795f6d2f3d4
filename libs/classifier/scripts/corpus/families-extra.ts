// More sentence shapes for the kinds that are easiest to confuse: service complaints that mention a
// relative, sarcasm, resolved past events, praise with clinical words, and questions and news.
import type { Family } from './family.js';

const svc = { kind: 'service_complaint', urgency: 'normal' } as const;
const praise = { kind: 'praise', urgency: 'low' } as const;
const other = { kind: 'other', urgency: 'low' } as const;
const care = { kind: 'care_need', urgency: 'high' } as const;

export const EXTRA_FAMILIES: Family[] = [
  {
    id: 'svc-family',
    ...svc,
    topics: [],
    channels: ['social', 'review', 'email', 'comment_card'],
    templates: [
      'Took {fam} to {hosp} for [a check up|an appointment|a scan|clinic] and {svc_any}. {angry}',
      '{fam} is doing fine, thank goodness, but {svc_any}. {angryend}',
      'My visit to see {fam}: {svc_any}. [Care was good though.|Nurses were lovely.|The staff did their best.]',
      '{fam} has been in since [Tuesday|the weekend|Friday] and is being well looked after, but {svc_any}',
      'Came in with {fam} for [bloods|an x-ray|physio], {pron} is fine, but {svc_any} {angryend}',
      'On behalf of {fam}: {svc_any}. {pron} is too polite to complain so I am.',
      "When I visited {fam} {svc_any}. It's not about the care, it's the basics.",
      'Every time I take {fam} to outpatients {svc_any}. {angry}.',
    ],
  },
  {
    id: 'svc-sarcasm-2',
    ...svc,
    topics: [],
    channels: ['social'],
    templates: [
      'Yeah cheers {hosp}, {svc_any}. Love that for us',
      'Absolutely loving how {svc_any}. Keep it up 👍🙄',
      '{svc_any}? Fantastic. Just fantastic. 🙃',
      'Another day, another "{svc_any}" moment. Well done everyone.',
      'Shoutout to whoever decided that {svc_any}. Genius.',
      'Top marks {hosp}: {svc_any}. said no one ever',
    ],
  },
  {
    id: 'svc-resolved',
    ...svc,
    topics: [],
    channels: ['email', 'review', 'survey', 'web_form'],
    templates: [
      'Two months ago {fam} [was left without pain relief ~pain|missed doses of {pos} medication ~medication|had a fall on the ward ~falls|was discharged too early ~discharge]. {pron} is fine now, but I want an explanation.',
      'During {pos} stay last spring, {fam} [waited hours for a commode ~hygiene_help|was not helped to eat ~nutrition_hydration|was in pain overnight ~pain]. Thankfully {pron} has recovered. Please make sure this does not happen to others.',
      'I am following up on my complaint from last year about [the pain management ~pain|the medication error ~medication|my fall in the bathroom ~falls]. I am well now but have had no reply.',
      'Looking back at my admission in 2023, [nobody answered the buzzer at night ~call_bell|my pain was ignored ~pain]. All sorted now, but it still upsets me.',
    ],
  },
  {
    id: 'praise-varied',
    ...praise,
    topics: [],
    channels: ['social', 'review', 'survey', 'comment_card', 'email'],
    templates: [
      'Came in with [chest pain|a suspected stroke|a bad fall|breathing problems] [last week|in the summer|on Sunday] and {staff} {praiseq}. All fine now {hearts} ~staff_attitude',
      'Honestly dreaded coming in but {staff} {praiseq}. {thanks}! ~staff_attitude',
      "Can't speak highly enough of {staff} ~staff_attitude. {hearts}",
      '{fam} is home and well thanks to {staff}. They {praiseq}. ~staff_attitude',
      'Not often I write reviews but {staff} {praiseq}. ~staff_attitude',
      '10/10. {staff} {praiseq} and [the food was decent ~food|the ward was spotless ~cleanliness|we were seen quickly ~wait_time|everything was explained ~communication]',
      'Shout out to {staff} at {hosp}, {praiseq} {hearts} ~staff_attitude',
      'Had my [op|baby|scan|treatment] at {hosp} and could not fault it. {thanks} ~staff_attitude',
    ],
  },
  {
    id: 'other-varied',
    ...other,
    topics: [],
    channels: ['social', 'web_form', 'email', 'import'],
    templates: [
      'Where can I find [the phlebotomy clinic|the chapel|the main reception|the maternity entrance] at {hosp}?',
      'What are the [opening times|visiting times|parking rules] for {unit}?',
      'Is it true that {hosp} is [closing its A&E|getting a new ward|merging with another trust]? #rumours',
      '[Reminder|Update|Notice]: {unit} [will move to a new building|is closed for refurbishment|has new visiting times] from [Monday|next week|1 December]',
      'Can anyone recommend [a good dentist|a private physio|a counsellor] near {hosp}? not urgent',
      'Our [volunteers|charity shop|league of friends] raised [£3,000|£10k|£800] for {unit} this year, thank you to everyone who donated!',
      '[Researchers|Doctors|A new study] at {hosp} [have found|say] [a new way to|that exercise can] [treat arthritis|reduce falls in older people|cut waiting times]',
      'Anyone know if {hosp} does [ear syringing|travel vaccines|blood tests on Saturdays]?',
      'Thinking of training to be a [nurse|midwife|paramedic], anyone work at {hosp}? what is it like?',
      '[Get your|Book your] [flu jab|covid booster|health check] at our [pop-up clinic|drop-in] [this Saturday|all week] in the main atrium',
    ],
  },
  {
    id: 'care-varied',
    ...care,
    topics: [],
    channels: ['social', 'sms', 'email', 'web_form', 'review'],
    templates: [
      '{fam} needs [help to the toilet ~hygiene_help|pain relief ~pain|{pos} {med} ~medication|a drink ~nutrition_hydration|turning ~hygiene_help] and nobody has [come|been] {dur}. {plea}',
      "We've told [three|two|four] nurses that {fam} {deter}. Nobody has escalated it ~deterioration",
      'Not complaining about the food or the parking, I just need someone to check on {fam} {now}. {pron} {deter} ~deterioration',
      "It's {fam} again, {pron} is [in pain ~pain|not breathing well ~breathing|very confused ~deterioration|soaked ~hygiene_help] and the ward isn't answering the phone. {plea}",
      '{hosp} can someone on {unit} please go to bed [4|9|11|16]. {fam} {hyg} ~hygiene_help',
      "I'm the patient, I'm on {unit} and I [can't get out of bed ~hygiene_help|have been sick everywhere ~deterioration|need my pain relief ~pain|haven't had my {med} ~medication]. {nohelp}",
      "text from {fam}: '[please come, no one is helping me|im scared and it hurts|they forgot my tablets again]' - I live 2 hours away, can someone on {unit} check on {obj}?",
      "{fam} was discharged [yesterday|this morning|last night] and {pron} [can't get up the stairs|is in agony|hasn't got {pos} {med}|is more confused than before] ~discharge. Who do we call?",
    ],
  },
];
