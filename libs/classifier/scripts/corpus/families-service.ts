// Generated service complaints, praise, noise and figurative speech.
import type { Family } from './family.js';

const svc = { kind: 'service_complaint', urgency: 'normal' } as const;
const praise = { kind: 'praise', urgency: 'low' } as const;
const other = { kind: 'other', urgency: 'low' } as const;

export const SERVICE_FAMILIES: Family[] = [
  {
    id: 'svc-single',
    ...svc,
    topics: [],
    channels: ['social', 'review', 'survey', 'comment_card'],
    templates: [
      '{hosp} {svc_any}. {angry}. {angryend}',
      '{svc_any} {angryend}',
      'Honestly {svc_any} at {hosp}, {angry}',
      'Visited {fam} today and {svc_any}. [Staff were fine otherwise.|Not the first time.|Who is in charge?|]',
      'Why is it that {svc_any}?? {angry}',
      '1 star. {svc_any}. [Avoid.|Would not recommend.|Do better.|]',
      'Feedback: {svc_any}.',
      '{svc_any} - [again|every time|as usual|surprise surprise]. {angryend}',
    ],
  },
  {
    id: 'svc-double',
    ...svc,
    topics: [],
    channels: ['review', 'email', 'survey', 'comment_card'],
    templates: [
      '{svc_any}, and on top of that {svc_any}. {angry}',
      'Where do I start. {svc_any}. {svc_any}. [The care itself was ok.|Nurses were lovely, the system is not.|]',
      'Dear Sir/Madam, I wish to complain. During {pos} stay on {unit}, {svc_any}, and {svc_any}. I expect a response.',
      'Two things: 1) {svc_any} 2) {svc_any}',
      'What would improve your experience? {svc_any}; also {svc_any}',
    ],
  },
  {
    id: 'svc-sarcasm',
    ...svc,
    topics: [],
    channels: ['social'],
    templates: [
      'Love that {svc_any}. Great job {hosp} 🙃',
      'Oh brilliant, {svc_any}. Five stars. Not.',
      'Nothing says world class healthcare like {svc_any} 👏👏',
      'Wow {hosp}, {svc_any}. Thanks so much 🙄',
    ],
  },
  {
    id: 'svc-past-clinical',
    ...svc,
    topics: [],
    channels: ['email', 'review', 'web_form'],
    templates: [
      'Last year {fam} was on {unit} and [nobody told us about {pos} fall for two days ~falls communication|{pron} missed {pos} medication twice ~medication|{pron} was left in pain overnight ~pain]. {pron} has recovered now, but I want to know what you have changed.',
      'I am writing about my treatment back in [2021|2022|March]. [The pain relief was poorly managed ~pain|My discharge was rushed ~discharge|A nurse was dismissive about my symptoms ~staff_attitude]. I have since recovered but I would like an apology.',
      'Months ago {fam} [fell on {unit} ~falls|waited hours for pain relief ~pain wait_time|had {pos} meds mixed up ~medication]. It is all sorted now but nobody ever explained what went wrong.',
    ],
  },
  {
    id: 'svc-figurative',
    ...svc,
    topics: [],
    channels: ['social', 'review'],
    templates: [
      '{fig_wait} {angryend}',
      '{hosp} {fig_wait}. {svc_any}',
      'lol {fig_wait} 😂',
      '{svc_any}. honestly {fig_wait}',
      '{fig_wait}, {angry}',
    ],
  },
  {
    id: 'praise-staff',
    ...praise,
    topics: ['staff_attitude'],
    channels: ['social', 'review', 'survey', 'comment_card', 'email'],
    templates: [
      '{thanks} to {staff}, you {praiseq} {hearts}',
      '{staff} {praiseq}. {thanks} {hearts}',
      'Just home after {dur} on {unit}. {staff} {praiseq}. {hearts}',
      '{hosp} {thanks} to {staff} who looked after {fam}. {pron} {praiseq}',
      '5 stars. {staff} {praiseq}, {thanks}!',
      'What went well? {staff} {praiseq}',
      '{fam} passed away peacefully last week. {staff} {praiseq} and we will never forget it.',
      '{thanks} {hosp}, {staff} saved {fam} after {pos} [heart attack|stroke|fall|seizure] and {praiseq} {hearts}',
    ],
  },
  {
    id: 'praise-service',
    ...praise,
    topics: [],
    channels: ['review', 'survey', 'comment_card'],
    templates: [
      '[Food was actually lovely ~food|Spotless ward, really clean ~cleanliness|Parking was easy and free for blue badge holders ~parking|Seen within 20 minutes, impressive ~wait_time|Appointment ran exactly on time ~appointments|Quiet ward, slept well ~noise|The lost property team found my ring! ~lost_property]. {thanks} {hearts}',
      'Really pleased with [how clean everything was ~cleanliness|the food ~food|the short wait ~wait_time|the clear letters ~communication|how quickly the pharmacy was ~medication wait_time]. {staff} {praiseq}',
    ],
  },
  {
    id: 'other-news',
    ...other,
    topics: [],
    channels: ['social', 'import'],
    templates: [
      '{hosp} announces [£4m investment in a new|plans for a new|opening of a new] [cancer centre|maternity unit|car park|A&E department|MRI scanner] [next year|this spring|in 2027]',
      'BREAKING: [Strike action|Junior doctors|Nurses|Paramedics] [to walk out|ballot|vote] [next week|over pay|this winter] - [read more|full story] https://news.example/[a|b|c]',
      'Report finds [waiting lists|bed occupancy|ambulance handover times] [at record high|improving|worst in the region] across the trust',
      '[New|Updated] [visiting|parking|flu vaccine] [guidance|policy|clinic times] [from Monday|this week] - see our website',
      'Council meeting tonight to discuss the future of {hosp} #localnews',
    ],
  },
  {
    id: 'other-jobs-spam',
    ...other,
    topics: [],
    channels: ['social', 'email', 'import'],
    templates: [
      "We're hiring! [Band 5 nurses|HCAs|Porters|Pharmacists] wanted at {hosp}. Apply now [https://jobs.example/1|link in bio]",
      'Join our team on {unit} - [flexible shifts|relocation package|£2k welcome bonus] #NHSjobs',
      '[WIN|Claim] a free [iPhone|holiday|£500 voucher] - [click here|DM us] 🎉🎉',
      'Earn [£3000|$5k] a week from home with crypto, [dm me|link below] 💰',
      '[Follow|Like] {hosp} for [updates|news|health tips] 👍',
      'Unsubscribe | View in browser | Our newsletter: [dementia awareness week|volunteering opportunities|charity fun run]',
    ],
  },
  {
    id: 'other-health-info',
    ...other,
    topics: [],
    channels: ['social', 'import'],
    templates: [
      'Know the signs of a stroke: face drooping, arm weakness, speech problems - time to call 999 #BeFAST',
      'Chest pain? [Call 999 if it spreads to your arm or jaw|Learn the symptoms of a heart attack] [#heartmonth|- tips from our cardiology team]',
      '[5|7|10] tips for staying hydrated in hot weather from our dietitians 💧',
      'Feeling low? [Talk to someone|Mental health awareness week starts Monday]. [Samaritans 116 123|Support is available] #MentalHealthAwareness',
      'Falls prevention week: [simple exercises|check your home for trip hazards] to keep older relatives safe',
    ],
  },
  {
    id: 'other-questions',
    ...other,
    topics: [],
    channels: ['social', 'web_form', 'email'],
    templates: [
      '[Does anyone know|Quick question:|Hi,] [what time visiting starts on|is there a cash machine near|where I park for] {unit}?',
      'Can you take [ibuprofen|paracetamol|antihistamines] with [antibiotics|alcohol|blood pressure tablets]? asking for a friend',
      'How long does it usually take to [recover from a knee replacement|get results from a blood test|heal a broken wrist]?',
      'Is the [flu jab|covid booster|shingles vaccine] available at {hosp} or do I go to my GP?',
      'Off to {hosp} for my [scan|check up|blood test] [tomorrow|today], wish me luck!',
    ],
  },
];
