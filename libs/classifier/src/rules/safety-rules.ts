// Safety rules: phrases that mean risk of harm now. A hit makes the item a critical care need
// unless the phrase is negated, figurative, long past, or informational; every decision is named.
import { CANT, PERSON, SUBJECT, WHO } from './patterns.js';
import type { Topic } from '@auscult/contracts';

export interface SafetyRule {
  name: string;
  topics: Topic[];
  pattern: RegExp;
  /** Idioms that use the same words without harm ("nearly gave me a heart attack"). */
  figurative?: RegExp;
  /** A second finding that must appear near the first (a fall only becomes critical with an injury). */
  requiresNearby?: RegExp;
  /** Word prefixes (first four letters) one of which must appear before the pattern is worth running. */
  triggers: string;
}

const rx = (source: string): RegExp => new RegExp(source, 'gi');

export const SAFETY_RULES: readonly SafetyRule[] = [
  {
    name: 'self_harm',
    triggers:
      'suic,kill,end,endi,self,harm,cut,cutt,want,wann,wat,wan,wish,dead,aliv,hurt,arou,goin,life,reas,with,poin,save,savi,stoc,hoar,good',
    topics: ['mental_health', 'safeguarding'],
    pattern: rx(
      "\\b(?:suicid(?:e|al)|kill(?:ing)? (?:my|him|her|them)sel(?:f|ves)|end(?:ing)? (?:it all|my life|his life|her life)|take (?:my|his|her) own life|self[- ]?harm(?:ing)?|cut(?:ting)? (?:my|him|her)self|want(?:s|ed)? to die|wish (?:i|he|she) (?:was|were) dead|better off dead|no reason to (?:live|go on)|(?:don['’]?t|dont|do not) (?:want|wanna|wat|wan) to (?:live|be here|be alive|wake up)(?: any ?more)?|(?:going to|gonna|will|i['’]?ll) end it\\b|not going to be (?:here|around|alive) (?:in|by|for|much)|hurt(?:ing)? (?:my|him|her)self|(?:better off|happier) without me|(?:don['’]?t|dont|do not|can['’]?t|cannot) see (?:the|any) point (?:in|of) (?:carrying on|going on|living|being here)|(?:saved|saving|stockpil\\w*|hoard\\w*) (?:up )?(?:my|his|her|their|all (?:my|his|her)) (?:tablets|pills|meds|medication)|(?:texted|messaged|rang|called|said) (?:me |us )?goodbye)",
    ),
    figurative: rx(
      '(?:kill(?:ed|ing)? (?:my|him|her)self laughing|want(?:s|ed)? to die of (?:embarrassment|shame|boredom)|suicide (?:doors|squeeze|mission))',
    ),
  },
  {
    name: 'cannot_breathe',
    triggers: 'brea,catc,air,gasp,turn,lips,chok,thro,anap,blue,grey,sent,word,barel,spea,talk,wheez',
    topics: ['breathing'],
    pattern: rx(
      `(?:${CANT} (?:breathe|breath|catch (?:my|his|her|their) breath|get (?:my|his|her|their) breath|get (?:any |enough )?air)|struggling (?:to breathe|for (?:breath|air))|gasping(?: for (?:air|breath))?|not breathing|stopped breathing|turning (?:blue|grey)|lips (?:are |went |turned )?blue|choking|throat (?:is )?(?:closing|swelling|swelled|swollen)|throat['’]?s (?:closing|swelling)|anaphyla\\w*|${CANT} (?:talk|speak|say|get|finish|manage) (?:in |a )?(?:full|whole|complete)? ?(?:sentences?|words? out)|(?:can|could) (?:only|barely|hardly) (?:speak|talk|say|manage) (?:a (?:word|few words)|a word or two|\\w+ words|one word)|(?:can|could) (?:barely|hardly) (?:speak|talk)\\b.{0,40}(?:breath|wheez|air)|(?:wheez\\w*|breath\\w*).{0,40}(?:can|could) (?:barely|hardly) (?:speak|talk)|stop(?:ping|s)? (?:for|to catch (?:his|her|my|their)?) ?(?:air|breath) (?:after|between|every)|breathless (?:even )?(?:at rest|lying (?:down|still)|sitting (?:down|still))|lips (?:look|looks|looking|are looking) (?:blue|grey|purple))`,
    ),
    figurative: rx(
      `(?:${CANT} breathe? (?:for|from|with) laugh\\w*|${CANT} breathe?\\W+(?:lol|lmao|haha|😂|🤣)|choking (?:on|back) (?:tears|the price|my words)|take (?:my|your) breath away|breathtaking)`,
    ),
  },
  {
    name: 'chest_pain',
    triggers: 'ches,crus,hear,pain,clut,hold,grip,grab,weig,elep,band,vice',
    topics: ['pain', 'deterioration'],
    pattern: rx(
      `(?:chest pains?|pains? in (?:my|his|her|their) chest|chest (?:is |feels |feeling )?(?:tight|tightness|pressure|crushing|heavy)|crushing (?:pain|feeling)|(?:clutching|holding|gripping|grabbing) (?:at )?(?:his|her|my|their) chest|(?:weight|elephant|band|vice) (?:sitting |pressing )?(?:on|round|around|across) (?:his|her|my|their) chest|chest (?:is |feels )?(?:so |really )?heavy|pain (?:going |spreading |shooting )?(?:down|into|up) (?:his|her|my|their) (?:left )?(?:arm|jaw)|(?:is|are|am|i'm|he's|she's|think (?:he|she|i)(?:'s| is| am)?) having a heart attack|had a heart attack (?:on|in|while|and|this|last night|today|here))`,
    ),
    figurative: rx(
      "(?:(?:nearly|almost|practically|near|about to|gonna|going to|could(?:\\s+have|'ve)?|gave me|give me|giving me|given me|gives me)\\s+(?:\\w+\\s+){0,2}(?:a\\s+)?heart attacks?|heart attack (?:on a plate|inducing|prices|territory)|bill (?:that )?(?:would|could) give|(?:giv(?:e|es|ing|en)|gave) (?:me|us|him|her|you) (?:\\w+ )?chest pains?|chest pains?\\W{0,3}(?:😂|🤣|lol|lmao|haha))",
    ),
  },
  {
    name: 'stroke_signs',
    triggers: 'face,droo,slur,spee,move,feel,lift,stro',
    topics: ['deterioration'],
    pattern: rx(
      `(?:face (?:is |was |has |started |went )?(?:droop\\w*|drooped|dropping|dropped|lopsided)|droop\\w* (?:on one side|face|mouth)|slurr(?:ed|ing) (?:speech|(?:his|her|their|my) words)|speech (?:is |went |has gone )?slurred|${CANT} (?:move|feel|lift) (?:his|her|my|their) (?:left|right) (?:arm|leg|side)|(?:is|are|he's|she's|think (?:he|she)(?:'s| is)?) having a stroke|had a stroke (?:on|in|while|and|this|last night|today|here)|stroke symptoms (?:now|right now|again))`,
    ),
    figurative: rx('(?:stroke of (?:luck|genius|midnight))'),
  },
  {
    name: 'fall_with_injury',
    triggers: 'fell,fall,slip,trip,floo,foun',
    topics: ['falls'],
    pattern: rx(
      `(?:\\b(?:fell|fallen|falls|falling)\\b(?! (?:asleep|short|through|apart|on deaf|in love|behind|silent|off the list|off the system|between))|had a fall|has had a fall|slipped|tripped|found (?:him|her|me|them|${WHO}) on the floor|\\b(?:he|she|they|i|${WHO}|${PERSON})(?:['’]s| is| was| has been| had been| am|['’]m| lay| lying)? (?:\\w+ ){0,2}on the floor\\b|fell out of (?:bed|the bed|his chair|her chair))`,
    ),
    requiresNearby: rx(
      "(?:hit (?:his|her|my|their) head|head injury|bang(?:ed)? (?:his|her|my|their) head|bleed\\w*|blood|broke|broken|fractur\\w*|cut (?:his|her|my|their) (?:head|face)|can['’]?t get up|couldn['’]?t get up|unconscious|knocked out|gash|bruis\\w*|hurt (?:his|her|my|their|him|herself|himself|myself)|injur\\w*|hip|lying there)",
    ),
    figurative: rx(
      '(?:standards have (?:fallen|slipped)|slipped (?:my mind|through)|fell through the (?:cracks|net))',
    ),
  },
  {
    name: 'heavy_bleeding',
    triggers: 'blee,bloo,haem,hemo,stop',
    topics: ['deterioration'],
    pattern: rx(
      "(?:bleeding (?:heavily|a lot|badly|everywhere|all over|through|profusely|non ?stop|won['’]?t stop|out)|(?:won['’]?t|wont|will not|hasn['’]?t|hasnt) stop(?:ped)? bleeding|blood (?:everywhere|all over|soaking|pouring|gushing)|soaked (?:in|with) blood|haemorrhag\\w*|hemorrhag\\w*|(?:coughing|vomiting|throwing) up blood|los+ing (?:a lot of |so much |loads of )?blood|pool of blood)",
    ),
    figurative: rx('(?:bleeding (?:us|me|them|patients|people|the nhs) dry)'),
  },
  {
    name: 'overdose',
    triggers: 'over,took,take,swal,doub,give',
    topics: ['medication'],
    pattern: rx(
      "(?:overdos\\w*|took (?:a |the )?(?:whole|full|entire) (?:box|bottle|packet|pack) of|(?:taken|took|swallowed|had) (?:all (?:of )?(?:my|his|her|their|the)|too many|a (?:load|bunch|handful|fistful) of) (?:[\\w’']+ ){0,2}(?:pills|tablets|meds|medication|paracetamol|painkillers|antidepressants|sleeping pills|insulin|\\w+ tablets)|double dose of (?:morphine|insulin|opioids?)|given (?:him|her|me) (?:ten|10) times the dose)",
    ),
  },
  {
    name: 'abuse_or_violence',
    triggers:
      'hit,hitt,slap,punc,kick,shov,push,grab,stra,chok,beat,assa,asau,atta,mole,grop,abus,rape,sexu,inap,touc,roug,thre,knif,weap,gun,dome',
    topics: ['safeguarding'],
    pattern: rx(
      `(?:(?:hit|hitting|slapped|slapping|punched|punching|kicked|kicking|shoved|pushed|grabbed|strangled|choked|beat|beating|assaulted|attacked|molested|groped)\\s+(?:me|my|him|her|them|us|a nurse|a patient|the patient|${WHO})(?!\\s+(?:own\\s+)?(?:head|face|arm|leg|knee|hip|back|shoulder|elbow|wrist|foot|hand|chin|nose|on the))|(?:was|were|been|got|being|is being|has been) (?:physically |sexually )?(?:hit|slapped|punched|kicked|as?saul?ted|attacked|abused|molested|groped|raped|beaten)|sexual(?:ly)? (?:abuse|assault|touch\\w*)|inappropriately touch\\w*|touched (?:me|her|him) inappropriately|rough(?:ly)? handl\\w*|threaten(?:ed|ing) to (?:kill|hurt|hit|stab)|(?:has|with|got) a (?:knife|weapon|gun)|domestic (?:abuse|violence)|(?:he|she|they) (?:abuses|abused|beats|hits) (?:me|her|him))`,
    ),
    figurative: rx(
      '(?:hit (?:me|us|them) with (?:a|the|another)|(?:price|bill|fees?) (?:is|was) (?:an )?assault|attacked the (?:problem|backlog)|abuse of (?:power|process|the system))',
    ),
  },
  {
    name: 'missing_patient',
    triggers: 'miss,wand,walk,disa,absc,run,ran,find,know',
    topics: ['safeguarding'],
    pattern: rx(
      `(?:${WHO}\\s+(?:has |had |is |was |just )?(?:gone missing|went missing|missing|wandered off|walked out|disappeared|absconded|run away|ran away)|(?:can['’]?t|cannot|couldn['’]?t) find ${WHO}|(?:he|she)(?:'s| is| has) (?:gone missing|wandered off|disappeared)|(?<!\\b(?:i|we|i've|we've) )(?:walked|wandered|ran|run|slipped) (?:out|off|away) (?:of|from) (?:the )?(?:hospital|ward|unit|a&e|ed|building|department)|(?:no(?:body| one)|no1|noone) knows where (?:he|she|they|${WHO}) (?:is|went|has gone))`,
    ),
  },
  {
    name: 'collapse_or_unresponsive',
    triggers: 'unre,unco,wake,coll,pass,fain,blac,seiz,fitt,conv,waki,flop',
    topics: ['deterioration'],
    pattern: rx(
      `(?:unresponsive|unconscious|(?:won['’]?t|wont|will not|can['’]?t) wake (?:him|her|them|me)? ?up|collapsed|passed out|fainted|blacked out|seizure|fitting|convulsing|(?:gone|is|went|going|really|very) floppy|(?:${SUBJECT}) (?:is|are|was) not waking up)`,
    ),
    figurative: rx(
      '(?:(?:nearly|almost) (?:passed out|fainted|collapsed) (?:at|when|over) the (?:bill|price|cost|parking))',
    ),
  },
  {
    // Headache with visual disturbance in pregnancy or soon after birth: pre-eclampsia until proven otherwise.
    name: 'preeclampsia_signs',
    triggers: 'head,migr',
    topics: ['deterioration'],
    pattern: rx(
      '(?:head ?aches?|migraine)\\b.{0,120}?(?:blurr\\w*|flashing lights|flashes|spots (?:in front of|before) (?:my|her|the) eyes|seeing (?:stars|spots)|vision|sight (?:has )?(?:gone|is|went) (?:blurry|funny|fuzzy))|(?:blurr\\w* (?:vision|sight)|flashing lights|spots (?:in front of|before) (?:my|her) eyes)\\b.{0,120}?(?:head ?aches?|migraine)',
    ),
    requiresNearby: rx(
      '(?:pregnan\\w*|\\d+ weeks|antenatal|postnatal|post-natal|gave birth|given birth|had (?:my|her|our|the) baby|c-?section|caesarean|newborn|new mum|labour|delivery|midwife|maternity|postpartum|swollen (?:feet|ankles|hands|face))',
    ),
  },
];

export const PERSON_WORD = new RegExp(`\\b${PERSON}\\b`, 'i');
