// Hand-written topic cues. They feed the model as features (so it generalises past the corpus wording)
// and give a topic when the model is unsure.
import type { Topic } from '@auscult/contracts';

const rx = (source: string): RegExp => new RegExp(`\\b(?:${source})`, 'iu');

export const TOPIC_LEXICON: Readonly<Record<Topic, RegExp>> = {
  pain: rx("pain|painful|agony|agonising|hurts?|hurting|aching|ache|sore|throbbing|morphine|painkillers?|analgesi|excruciating|ouch"),
  medication: rx("meds|medication|medicine|tablets?|pills?|insulin|antibiotics?|dose|doses|prescription|inhaler|drip|iv\\b|warfarin|heparin|paracetamol|pharmacy|chemist|injection"),
  falls: rx("fell|fallen|fall\\b|falls\\b|slipped|tripped|on the floor|out of bed"),
  deterioration: rx("worse|deteriorat|confused|confusion|drowsy|unresponsive|collapsed|fever|temperature|sepsis|clammy|vomit|being sick|not (?:himself|herself)|stroke|heart attack|bleed|seizure|faint|dizzy|unwell|poorly"),
  discharge: rx("discharg|sent (?:him|her|me|them|us)? ?home|going home|care package|readmit|home alone"),
  mental_health: rx("anxious|anxiety|panic|depress|suicid|self[- ]?harm|scared|frightened|terrified|distress|crying|cope|mental health|psych|lonely|hopeless|overwhelmed"),
  hygiene_help: rx("toilet|commode|bedpan|soiled|wet the bed|wet bed|wash(?:ed)?\\b|shower|bath|pad\\b|pads\\b|incontinen|dirty sheets|changed|change (?:him|her|me)|personal care|teeth"),
  call_bell: rx("buzzer|call bell|bell\\b|call button|no one came|nobody came|no one answered|nobody answered|pressed|shouting for help|calling for help|call for help"),
  safeguarding: rx("abuse|abused|abusive|assault|neglect|bruis|safeguard|unsafe|missing|wandered|hit (?:me|him|her)|violen|threaten|restrain"),
  breathing: rx("breath|breathe|breathing|oxygen|wheez|inhaler|asthma|choking|cough"),
  nutrition_hydration: rx("thirsty|water jug|water\\b|drink|drinking|dehydrat|hungry|starving|not eaten|no food|fed\\b|feed (?:him|her)|meal missed|missed (?:his|her) meal|nil by mouth|fasting"),
  wait_time: rx("wait|waited|waiting|queue|queued|hours|delay|delayed|still here|sat here|forever|ages"),
  billing: rx("bill|billed|billing|invoice|charged|charge|overcharg|insurance|payment|pay\\b|paid|refund|cost|£|\\$|price|fees?"),
  parking: rx("parking|car park|park\\b|parked|parking ticket|pay and display|space|spaces|clamp|fine\\b"),
  food: rx("food|meal|meals|lunch|dinner|breakfast|sandwich|menu|cold tea|tea\\b|coffee|canteen|cafe|café|catering|soup|inedible|tasteless|vegan|gluten|halal"),
  cleanliness: rx("dirty|filthy|clean|cleaning|cleaned|dust|dusty|stain|stained|smell|smelly|stink|stinks|blood on|hygien|mould|mouldy|grubby|bins?|toilets? (?:were|was|are|is)"),
  noise: rx("noise|noisy|loud|shouting|snoring|beeping|couldn['’]?t sleep|can['’]?t sleep|no sleep|kept awake|kept me awake|racket|quiet"),
  staff_attitude: rx("rude|rudeness|attitude|dismissive|condescending|patroni[sz]|unprofessional|arrogant|sarcastic|ignored|eye roll|rolled (?:her|his) eyes|laughed at|shouted at|snapped|uncaring|couldn['’]?t care less|unfriendly|abrupt|kind|lovely|friendly|caring|compassion"),
  communication: rx("no one told|nobody told|not told|wasn['’]?t told|kept in the dark|no updates?|no information|explain|explained|conflicting|letter|called back|call back|phone|phoned|emails?|contact|update|informed|language|interpreter|results"),
  appointments: rx("appointment|appt|cancel+ed|rescheduled|referral|clinic|booking|booked|slot|follow[- ]up|outpatient|gp\\b|surgery date|operation (?:was )?cancel"),
  lost_property: rx("lost|missing (?:my|his|her)|glasses|hearing aid|dentures|wallet|purse|phone charger|ring\\b|belongings|property|stolen|handbag|misplaced"),
  facilities: rx("wifi|wi-fi|tv\\b|television|lift|lifts|heating|too hot|too cold|freezing|air con|broken (?:chair|bed|toilet|machine)|vending|signage|signs|toilets?|bathroom|accessib|wheelchair|ramp|lighting|building|corridor|waiting room|chairs"),
  visiting: rx("visiting|visit|visitors?|visiting hours|not allowed (?:in|to)|only one visitor|let (?:me|us) in|turned away|see (?:my|our) (?:mum|dad|husband|wife|son|daughter)"),
};

export function lexiconTopics(text: string): Topic[] {
  const found: Topic[] = [];
  for (const [topic, pattern] of Object.entries(TOPIC_LEXICON) as [Topic, RegExp][]) {
    if (pattern.test(text)) found.push(topic);
  }
  return found;
}
