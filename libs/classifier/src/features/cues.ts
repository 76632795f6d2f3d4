// Hand-chosen signals the model gets as extra features: who is speaking about whom, how recent and
// how intense it is, and which topic words appear. They let the model generalise past corpus wording.
import { WordSlot } from '../text/lexeme.js';
import type { Token } from '../text/tokenize.js';

export const FIRST_PERSON = new Set(['i', 'me', 'my', 'im', "i'm", "i've", 'ive', 'myself', 'mine', "i'd"]);
export const THIRD_PERSON = new Set([
  'he',
  'she',
  'him',
  'her',
  'his',
  'hers',
  "he's",
  "she's",
  'hes',
  'shes',
  'himself',
  'herself',
]);
export const FAMILY = new Set(
  'dad daddy mum mom mummy mother father husband wife son daughter grandad granddad grandpa grandma gran nan nana nanna brother sister partner baby child toddler aunt auntie uncle grandmother grandfather stepdad stepmum fiance fiancé boyfriend girlfriend'.split(
    ' ',
  ),
);
const NOW = new Set([
  'now',
  'still',
  'rn',
  'tonight',
  'tonite',
  'currently',
  'today',
  'asap',
  'urgently',
  'urgent',
  'immediately',
  'yet',
]);
const TIME_UNITS = new Set([
  'hours',
  'hour',
  'hrs',
  'hr',
  'h',
  'mins',
  'min',
  'minutes',
  'minute',
  'days',
  'day',
  'nights',
  'ages',
  '<num>h',
  '<num>hrs',
  '<num>mins',
  '<num>min',
]);
const LONG_AGO = new Set([
  'ago',
  'last',
  'year',
  'years',
  'months',
  '2019',
  '2020',
  '2021',
  '2022',
  '2023',
  'since',
  'back',
]);
const INTENSIFIERS = new Set([
  'so',
  'very',
  'really',
  'absolutely',
  'extremely',
  'literally',
  'totally',
  'seriously',
  'desperately',
  'completely',
  'such',
]);
const PLEA = new Set([
  'please',
  'pls',
  'plz',
  'help',
  'someone',
  'some1',
  'anyone',
  'somebody',
  'sos',
  'emergency',
]);
const THANKS = new Set([
  'thank',
  'thanks',
  'thankyou',
  'grateful',
  'gratitude',
  'cheers',
  'appreciate',
  'appreciated',
]);
const QUESTION_OPENERS = new Set([
  'how',
  'what',
  'does',
  'is',
  'can',
  'where',
  'when',
  'which',
  'who',
  'anyone',
  'should',
  'do',
]);
const ABSENCE = new Set(['nobody', 'noone', 'no1', 'ignored', 'ignoring', 'unanswered']);

// One lookup per token instead of a dozen set probes: this runs on every token of every item.
const WORD_CUES = new Map<string, string[]>();
const addCue = (words: ReadonlySet<string>, name: string | ((w: string) => string)): void => {
  for (const w of words)
    WORD_CUES.set(w, [...(WORD_CUES.get(w) ?? []), typeof name === 'string' ? name : name(w)]);
};
addCue(FIRST_PERSON, 'first_person');
addCue(THIRD_PERSON, 'third_person');
addCue(FAMILY, 'family');
addCue(NOW, 'now');
addCue(LONG_AGO, (w) => `long_ago:${w}`);
addCue(INTENSIFIERS, 'intensity');
addCue(PLEA, 'plea');
addCue(THANKS, 'thanks');
addCue(ABSENCE, 'absence');

interface WordInfo {
  names: readonly string[];
  timeUnit: boolean;
  fakePraise: boolean;
  sarcasmFirst: boolean;
}

const NO_NAMES: readonly string[] = [];
// Everything the cue scan asks about a word, answered once per word and kept on its lexeme.
const WORD_INFO = new WordSlot((w): WordInfo => ({
  names: WORD_CUES.get(w) ?? NO_NAMES,
  timeUnit: TIME_UNITS.has(w),
  fakePraise: FAKE_PRAISE.has(w),
  sarcasmFirst: SARCASM_FIRST.has(w),
}));

/** Cues found on single tokens; each remembers its token so explanations can point at it. */
export function tokenCues(
  tokens: readonly Token[],
  original: string,
  hit: (name: string, token: number) => void,
): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const n = t.norm;
    const word = WORD_INFO.of(t.lex);
    if (t.type === 'word' || t.type === 'hashtag') {
      for (const name of word.names) hit(name, i);
      if (
        word.timeUnit &&
        i > 0 &&
        (tokens[i - 1].type === 'num' || tokens[i - 1].norm === 'for' || tokens[i - 1].norm === 'an')
      )
        hit('duration', i);
      if (n === 'no' && tokens[i + 1]?.norm === 'one') hit('absence', i);
      if (t.type === 'word' && t.end - t.start >= 3 && isAllCaps(original, t.start, t.end)) hit('caps', i);
    } else if (t.type === 'num') {
      if (word.timeUnit) hit('duration', i);
    } else if (t.type === 'punct') {
      if (n === '!' && tokens[i + 1]?.norm === '!') hit('exclaim', i);
      if (n === '?') hit(isQuestionOpener(tokens) ? 'question_opener' : 'question', i);
    } else if (t.type === 'url') hit('url', i);
    else if (t.type === 'handle') hit('handle', i);
    if (isSarcasmAt(tokens, i, word)) hit('sarcasm', i);
  }
}

const FAKE_PRAISE = new Set([
  'great',
  'brilliant',
  'wonderful',
  'fantastic',
  'lovely',
  'wow',
  'perfect',
  'genius',
  'superb',
]);
const SARCASM_EMOJI = new Set(['🙄', '🙃']);
const SARCASM_BIGRAMS = new Set([
  'yeah right',
  'thanks for',
  'cheers for',
  'nothing says',
  'no one',
  'another day',
  'love that',
  'love it',
  'well done',
]);
const SARCASM_FIRST = new Set([...SARCASM_BIGRAMS].map((b) => b.split(' ')[0]));

// Sarcasm read from token sequences ("Oh brilliant, …", "thanks so much 🙄", "Five stars. Not."), not a regex scan.
function isSarcasmAt(tokens: readonly Token[], i: number, word: WordInfo): boolean {
  const t = tokens[i];
  if (t.type === 'emoji') return SARCASM_EMOJI.has(t.norm);
  if (t.type !== 'word') return false;
  const next = tokens[i + 1];
  if (word.fakePraise) return next !== undefined && (next.norm === ',' || next.norm === '!') && i <= 2;
  if (t.norm === 'not' && (next === undefined || (next.type === 'punct' && tokens[i + 2] === undefined)))
    return i > 0 && tokens[i - 1].type === 'punct';
  if (next === undefined || !word.sarcasmFirst) return false;
  const pair = `${t.norm} ${next.norm}`;
  if (!SARCASM_BIGRAMS.has(pair)) return false;
  if (pair === 'no one') return tokens[i - 1]?.norm === 'said';
  if (pair === 'thanks for' || pair === 'cheers for')
    return tokens[i + 2]?.norm === 'nothing' || tokens[i + 2]?.norm === 'that';
  return true;
}

// Phrase-level cues that single tokens cannot see.
export const PHRASE_CUES: readonly { name: string; pattern: RegExp; triggers: string }[] = [
  {
    // A member of staff named with a capital ("Nurse Kemi", "Dr Singh", "Joe the porter"): mostly praise.
    name: 'named_staff',
    pattern:
      /(?:\b(?:[Nn]urse|[Ss]ister|[Dd]r\.?|[Dd]octor|[Mm]idwife|[Mm]r|[Mm]rs|[Mm]s|[Pp]orter|[Pp]hysio|[Mm]atron)\s+[A-Z][a-z]+|\b[A-Z][a-z]+,? (?:the|our|my|a) (?:porter|nurse|physio|healthcare assistant|hca|cleaner|midwife|receptionist|surgeon|consultant|doctor|volunteer)\b|\b[A-Z][a-z]+ (?:and|&) [A-Z][a-z]+ (?:on|in|from|at) (?:ward|the|night|nights|reception))/,
    triggers: 'nurs,sist,dr,doct,midw,mr,mrs,ms,port,phys,matr,heal,hca,clea,rece,surg,cons,volu,ward,nigh',
  },
  {
    name: 'praise_phrase',
    pattern:
      /\b(?:shout ?out|special (?:mention|thanks)|(?:big|huge|massive) thank|can['’]?t (?:praise|thank|fault) .{0,40}enough|cannot (?:praise|thank|fault) .{0,40}enough|above and beyond|extra mile|commend|cheered (?:me|us|him|her|them) up|nothing (?:was|is) too much|a credit to|could not fault|couldn['’]?t fault|made (?:me|us|him|her|them) feel (?:safe|so|like|at))/i,
    triggers: 'shou,spec,big,huge,mass,prai,than,faul,abov,extr,comm,chee,noth,cred',
  },
  {
    name: 'resolved',
    pattern:
      /\b(?:all sorted|sorted now|(?:has|have|had|since|fully) recovered|recovered now|(?:fine|ok|okay|well|home) now|back to normal|(?:was|been|got) resolved)\b/i,
    triggers: 'sort,reco,fine,ok,okay,well,home,back,reso,fully',
  },
  {
    // No `u` flag: with /iu V8 runs this alternation about five times slower. Without it an emoji is matched as
    // its two UTF-16 code units, which finds the same places; only the long s (ſ) and the Kelvin sign (K), which
    // /iu folds to s and k, no longer match.
    name: 'figurative',
    pattern:
      /(?:killing me|finished me off|(?:give|gave|giving) me (?:\w+ )?chest pains?|(?:nerves|heart) (?:are|is) shot|dying (?:of|for|here)|bored to death|(?:be )?the death of|on a plate|(?:nearly|almost) (?:gave|had|died|passed)|murder (?:on|a)|to die for|daylight robbery|bleeding (?:us|me|them|visitors|people) dry|losing the will|\blol\b|\blmao\b|😂|🤣|💀)/i,
    triggers:
      'kill,dyin,bore,deat,plat,near,almo,murd,die,dayl,blee,losi,lol,lmao,😂,🤣,💀,fini,give,gave,givi,nerv,shot',
  },
  {
    name: 'past_period',
    pattern:
      /\b(?:last (?:year|month|summer|winter|spring|autumn|christmas)|(?:months|years) ago|back in|in (?:19|20)\d\d|during (?:my|his|her) (?:stay|admission))\b/i,
    triggers: 'last,mont,year,back,duri',
  },
  {
    name: 'info',
    pattern:
      /\b(?:signs of|symptoms of|know the signs|tips?|awareness|study|research|report|announce\w*|launch\w*|webinar|hiring|recruiting|apply|vacanc\w*|newsletter|unsubscribe|available at|opening times|see our website|read more|register)\b/i,
    triggers:
      'sign,symp,know,tip,tips,awar,stud,rese,repo,anno,laun,webi,hiri,recr,appl,vaca,news,unsu,avai,open,webs,read,regi',
  },
];

function isAllCaps(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

function isQuestionOpener(tokens: readonly Token[]): boolean {
  const first = tokens.find((t) => t.type === 'word');
  return first !== undefined && QUESTION_OPENERS.has(first.norm);
}
