// Urgency rules below critical: signs that a care need should be seen within the hour.
// They raise urgency and name a topic; they never decide the kind on their own.
import { CANT } from './patterns.js';
import type { Topic } from '@auscult/contracts';

export interface UrgencyRule {
  name: string;
  topic: Topic;
  pattern: RegExp;
  /** Word prefixes one of which must appear before the pattern is worth running. */
  triggers: string;
}

const rx = (source: string): RegExp => new RegExp(source, 'gi');

export const HIGH_URGENCY_RULES: readonly UrgencyRule[] = [
  {
    name: 'severe_pain',
    triggers: 'pain,agon,excr,scre,cryi,morp,anal',
    topic: 'pain',
    pattern: rx(
      "(?:in (?:so much|agony|severe|terrible|horrendous|excruciating|unbearable|a lot of|real) pain|agony|agonising|excruciating|screaming (?:in|with) pain|crying (?:in|with) pain|pain (?:is|was|has been) (?:unbearable|awful|terrible|horrendous|getting worse|worse)|(?:no|without|not had|haven['’]?t had|hasn['’]?t had|not been given|still waiting for) (?:any )?(?:pain ?relief|painkillers|pain meds|pain medication|morphine|analgesia))",
    ),
  },
  {
    name: 'call_unanswered',
    triggers: 'come,came,comi,answ,resp,chec,help,turn,buzz,bell,call,pres,nurs,staf,doct,igno',
    topic: 'call_bell',
    pattern: rx(
      `(?:(?:no one|no-one|nobody|noone) (?:has |have |had )?(?:come|came|answered|answers|responded|responds|checked|been|helped|is coming|turned up)|(?:buzzer|call bell|call button|bell)\\b.{0,40}(?:ignored|not answered|no answer|going|ringing|for|unanswered)|${CANT} (?:get|find|reach|get hold of|get through to|speak to) (?:a|any|the|anyone|someone)\\s?(?:nurse|staff|doctor|one|on the ward)?|ignored (?:him|her|me|us) for)`,
    ),
  },
  {
    name: 'medication_problem',
    triggers:
      'meds,medi,medic,insu,tabl,dose,anti,inha,hepa,warf,seiz,park,drug,wron,alle,give,doub,supp,mean,due,ster',
    topic: 'medication',
    pattern: rx(
      "(?:(?:missed|hasn['’]?t had|hasnt had|not had|haven['’]?t had|havent had|not been given|never got|didn['’]?t get|forgot) (?:his |her |my |their |the )?(?:meds|medication|medicine|insulin|tablets|dose|antibiotics|inhaler|heparin|warfarin|seizure meds|parkinson['’]?s meds)|wrong (?:medication|meds|medicine|dose|tablets|drug)|double dose|(?:supposed|meant|due) to have (?:his|her|my|their) (?:\\w+ )?(?:meds|medication|insulin|tablets|steroids|inhaler|dose|antibiotics)|given (?:the )?wrong|allergic to .{0,30} (?:gave|given))",
    ),
  },
  {
    name: 'fall',
    triggers: 'fell,fall,foun',
    topic: 'falls',
    pattern: rx(
      '(?:\\b(?:fell|fallen)\\b(?! (?:asleep|short|through|apart|on deaf|in love|behind|silent))|had a fall|has had a fall|fell out of bed|found on the floor)',
    ),
  },
  {
    name: 'breathing_difficulty',
    triggers: 'shor,brea,whee,stru,oxyg',
    topic: 'breathing',
    pattern: rx(
      '(?:short of breath|breathless|wheez\\w*|struggling with (?:his|her|my|their) breathing|breathing (?:is |has )?(?:got )?(?:worse|bad|difficult|laboured|noisy)|oxygen (?:ran out|not working|has run out))',
    ),
  },
  {
    name: 'deterioration',
    triggers:
      'wors,dete,down,seps,sept,temp,feve,burn,conf,drow,slee,pale,clam,hims,hers,them,deli,vomi,eate,drun,anyt,dehy',
    topic: 'deterioration',
    pattern: rx(
      "(?:getting worse|deteriorat\\w*|going downhill|sepsis|septic|high (?:temperature|fever|temp)|burning up|(?:very|really|so|more) (?:confused|drowsy|sleepy|pale|clammy)|not (?:himself|herself|themselves)|delirium|vomiting (?:all|for|non|since)|(?:hasn['’]?t|hasnt|not) (?:eaten|drunk|had anything to (?:eat|drink))|dehydrated)",
    ),
  },
  {
    name: 'acute_distress',
    triggers: 'pani,cope,terr,hyst,cryi,brea,teth,rope,hall,psyc',
    topic: 'mental_health',
    pattern: rx(
      `(?:panic attacks?|${CANT} cope|terrified|hysterical|crying (?:all|for hours|non ?stop|constantly)|breaking down|at (?:my|the) end of (?:my )?(?:tether|rope)|hallucinat\\w*|psychosis|psychotic)`,
    ),
  },
  {
    name: 'safeguarding_concern',
    triggers: 'negl,brui,verb,urin,faec,poo,soil,wet,mess,dirt',
    topic: 'safeguarding',
    pattern: rx(
      '(?:neglect(?:ed)?|unexplained bruis\\w*|bruises (?:on|all over)|verbally abus\\w*|left (?:in|lying in) (?:urine|faeces|poo|wet|soiled|dirty)|sat in (?:his|her|their) own (?:urine|faeces|mess))',
    ),
  },
  {
    name: 'unsafe_discharge',
    triggers: 'disc,sent,read,back',
    topic: 'discharge',
    pattern: rx(
      '(?:discharged (?:too early|too soon|without|at (?:night|midnight|\\d)|home alone|in the middle of the night)|sent (?:him|her|me|them) home (?:without|alone|still|in pain|too early)|readmitted|back in (?:a&e|hospital) (?:within|the next|after))',
    ),
  },
];
