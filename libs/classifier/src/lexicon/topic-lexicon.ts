// Hand-written topic cues, matched on tokens (a word prefix, or a phrase of word prefixes).
// They feed the model as features, so it generalises past the corpus wording, and back the fallback scorer.
import { TOPICS, type Topic } from '@auscult/contracts';
import type { Token } from '../text/tokenize.js';
import { WordSlot } from '../text/lexeme.js';

const LEXICON: Readonly<Record<Topic, string>> = {
  pain: 'pain,agony,agonis,hurt,aching,ache,sore,throbb,morphine,analges,excruciat,ouch,codeine,oramorph',
  medication:
    'meds,medica,medicine,tablet,pill,insulin,antibiotic,dose,doses,prescri,inhaler,drip,warfarin,heparin,paracetamol,pharmac,injection,steroid,levodopa,metformin,chemo',
  falls: 'fell,fallen,fall,falls,slipped,tripped,on the floor,out of bed,falls risk',
  deterioration:
    'worse,deteriorat,confus,drowsy,unrespons,collaps,fever,temperat,sepsis,septic,clammy,vomit,being sick,not himself,not herself,stroke,heart attack,bleed,seizure,faint,dizzy,unwell,poorly,grey,floppy,burning up,downhill',
  discharge: 'discharg,sent home,sent him home,sent her home,going home,care package,readmit,home alone',
  mental_health:
    'anxious,anxiety,panic,depress,suicid,self harm,self-harm,scared,frightened,terrified,distress,crying,cope,mental health,psych,lonely,hopeless,overwhelm,crisis team',
  hygiene_help:
    'toilet,commode,bedpan,soiled,wet the bed,washed,wash,shower,bath,pad,pads,incontinen,dirty sheets,changed,changing,personal care,teeth,own mess,own urine,urine',
  call_bell:
    'buzzer,call bell,bell,call button,no one came,nobody came,no one answer,nobody answer,pressed,shouting for help,calling for help,no one has come,nobody has come,no one comes,nobody comes',
  safeguarding:
    'abuse,abused,abusive,assault,neglect,bruis,safeguard,unsafe,missing,wandered,violen,threaten,restrain,slapped,rough',
  breathing: 'breath,breathe,breathing,oxygen,wheez,asthma,choking,gasping,nebuli',
  nutrition_hydration:
    "thirsty,water jug,drink,dehydrat,hungry,starving,not eaten,hasn't eaten,no food,feed him,feed her,fed,nil by mouth,fasting,tray",
  wait_time: 'wait,waited,waiting,queue,queued,delay,still here,sat here,forever,ages,hours,hrs',
  billing:
    'bill,billed,billing,invoice,charged,charge,overcharg,insurance,payment,paid,refund,cost,price,fee,fees,£,debt',
  parking: 'parking,car park,parked,pay and display,clamp,parking fine,disabled bay,disabled space',
  food: 'food,meal,lunch,dinner,breakfast,sandwich,menu,tea,coffee,canteen,cafe,café,catering,soup,inedible,tasteless,vegan,vegetarian,gluten,halal,toast',
  cleanliness:
    'dirty,filthy,clean,dust,stain,smell,stink,stank,hygien,mould,grubby,bins,grime,disgusting toilet',
  noise:
    "noise,noisy,loud,shouting,snoring,beeping,couldn't sleep,can't sleep,no sleep,kept awake,kept me awake,racket,quiet",
  staff_attitude:
    'rude,rudeness,attitude,dismissive,condescend,patroni,unprofessional,arrogant,sarcastic,ignored,rolled her eyes,rolled his eyes,laughed at,shouted at,snapped,uncaring,unfriendly,abrupt,kind,lovely,friendly,caring,compassion,amazing,brilliant',
  communication:
    "no one told,nobody told,not told,wasn't told,kept in the dark,no update,updates,no information,explain,conflicting,letter,call back,called back,phone,phoned,email,contact,informed,interpreter,results,switchboard",
  appointments:
    'appointment,appt,cancel,reschedul,referral,clinic,booking,booked,slot,follow up,follow-up,outpatient,gp,operation',
  lost_property:
    'lost,missing my,glasses,hearing aid,dentures,wallet,purse,charger,ring,belongings,property,stolen,handbag,misplaced,went missing,gone missing',
  facilities:
    'wifi,wi-fi,tv,television,lift,lifts,heating,too hot,too cold,freezing,air con,broken,vending,signage,signs,bathroom,accessib,wheelchair,ramp,lighting,building,corridor,waiting room,chairs,hand dryer',
  visiting: 'visiting,visit,visitor,visiting hours,turned away,only one visitor,let me in,let us in',
};

interface Entry {
  topic: Topic;
  words: string[];
}

const key = (word: string): string => (word.length > 4 ? word.slice(0, 4) : word);
const INDEX = new Map<string, Entry[]>();
for (const topic of TOPICS) {
  for (const phrase of LEXICON[topic].split(',')) {
    const words = phrase.split(' ');
    const k = key(words[0]);
    INDEX.set(k, [...(INDEX.get(k) ?? []), { topic, words }]);
  }
}

// Entries that may start at a word, kept on its lexeme so the hot loop takes no substrings.
const ENTRIES = new WordSlot((norm): readonly Entry[] => {
  const long = INDEX.get(key(norm)) ?? [];
  // Three-letter entries ("fee", "pad") also match their plurals.
  const short = norm.length === 4 ? INDEX.get(norm.slice(0, 3)) : undefined;
  return short ? [...long, ...short] : long;
});

export interface LexiconHit {
  topic: Topic;
  token: number;
}

/** The first token of each topic's first match. */
export function lexiconHits(tokens: readonly Token[]): LexiconHit[] {
  const hits: LexiconHit[] = [];
  const seen = new Set<Topic>();
  for (let i = 0; i < tokens.length; i++) {
    collect(ENTRIES.of(tokens[i].lex), tokens, i, seen, hits);
  }
  return hits;
}

function collect(
  entries: readonly Entry[],
  tokens: readonly Token[],
  i: number,
  seen: Set<Topic>,
  hits: LexiconHit[],
): void {
  for (const e of entries) {
    if (seen.has(e.topic) || !matchesAt(tokens, i, e.words)) continue;
    seen.add(e.topic);
    hits.push({ topic: e.topic, token: i });
  }
}

// Short entries must match whole words ("bell" not "belly"); longer ones are prefixes ("discharg").
function matchesAt(tokens: readonly Token[], i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const t = tokens[i + k];
    if (!t) return false;
    const w = words[k];
    if (w.length <= 4 ? t.norm !== w && !isPlural(t.norm, w) : !t.norm.startsWith(w)) return false;
  }
  return true;
}

function isPlural(word: string, stem: string): boolean {
  return word.length === stem.length + 1 && word.endsWith('s') && word.startsWith(stem);
}
