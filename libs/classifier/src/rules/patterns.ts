// Shared phrase fragments for the safety and urgency rules. Kept in one place so the rules read as sentences.

export const PERSON =
  '(?:dad|daddy|mum|mom|mummy|mother|father|husband|wife|son|daughter|grandad|granddad|grandpa|grandma|gran|nan|nana|' +
  'brother|sister|partner|boyfriend|girlfriend|baby|child|kid|aunt|auntie|uncle|friend|patient|neighbour|fiance|fiancee)';
// "my dad", "our poor little boy", "my 84 year old mum"
export const WHO = `(?:my|our|the|his|her)\\s+(?:(?:poor|elderly|old|little|frail|disabled|\\d+\\s?(?:yo|year old|yr old))\\s+){0,2}${PERSON}`;
export const SUBJECT = `(?:${WHO}|he|she|they|i|we)`;
export const CANT = "(?:can['’]?t|cannot|can not|couldn['’]?t|could not|unable to)";

// What may stand between a negator and the finding: "no chest pain", "doesn't have any chest pain".
export const NEGATION_BEFORE = new RegExp(
  "(?:\\b(?:no|not|never|without|denies|denied|free of|nothing like|isnt|doesnt|didnt|hasnt|havent|wasnt)|n['’]t)" +
    '(?:\\s+(?:have|has|had|any|more|further|a|an|signs? of|complaints? of|experiencing|feel|feeling|been|got|get|getting|with|having|in|of|real|actual|longer))*\\s+$',
  'i',
);
// "chest pain has settled", "the bleeding stopped": the finding is over.
export const RESOLVED_AFTER =
  /^\s*(?:has|had|is|was|have)?\s*(?:now\s+)?(?:gone|resolved|settled|eased|stopped|went away|cleared|passed|under control|ruled out)\b/i;
// An event long over is a complaint about care, not a need now (LABELLING.md, "past events").
export const LONG_AGO =
  /\b(?:last year|(?:months|years) ago|last (?:month|summer|winter|spring|autumn|christmas)|back in (?:19|20)\d\d|in (?:19|20)\d\d|a while (?:back|ago))\b/i;
export const STILL_ONGOING =
  /\b(?:still (?:in|bleeding|hasn['’]?t|has not|not|can['’]?t|cannot|struggling|suffering|unwell|waiting|having|getting|feels?|feeling)|ever since|to this day|right now|at the moment|currently|tonight)\b/i;
// "saved my dad after his heart attack": gratitude for a past event, not a present emergency.
export const PAST_REFERENCE_BEFORE =
  /\b(?:after|following|recover(?:ed|ing)? from|survived|since)\s+(?:(?:his|her|my|their|a|the|our)\s+)?(?:\w+\s+)?$/i;
export const RESOLVED_CONTEXT =
  /\b(?:back to normal|(?:is|are|was|now|we're|he's|she's) (?:home|back home|fine|well|doing (?:well|great|fine|ok))|(?:fully |has |have )recovered|all (?:fine|ok|good|sorted) now|on the mend|walking again|back at work)\b/i;
export const GRATITUDE =
  /\b(?:thank|thanks|grateful|saved|amazing|brilliant|wonderful|fantastic|incredible|heroes|angels)\b/i;
// Health news, campaigns and tips mention the same words without anyone needing help.
export const INFORMATIONAL =
  /\b(?:signs of|symptoms of|know the signs|warning signs|learn|awareness|study|research|researchers|report(?:s|ed)? that|according to|tips?|campaign|webinar|seminar|statistics|stats|per cent|percent|new service|launch(?:es|ed)?|hiring|vacanc(?:y|ies)|join our|call 999 if|(?:when|why) to call 999|never ignore|(?:read|watch|see) our|our (?:new |free )?(?:guide|video|leaflet|blog|podcast|workshop)|can cause|is a sign of|if you (?:or|have|are|notice|experience))\b/i;
export const PERSONAL =
  /\b(?:i|i'm|im|i've|me|my|mine|we're|we've|us|he|she|him|her|his|hers|they|them|their|mum|dad|mom|husband|wife|son|daughter|patient|gran|nan|grandad|grandma|baby|partner|brother|sister|friend)\b/i;
