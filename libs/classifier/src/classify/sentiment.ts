// A small negation-aware polarity lexicon: enough to sort praise from anger on the dashboard,
// not a sentiment model.
import { WordSlot } from '../text/lexeme.js';
import type { Token } from '../text/tokenize.js';

const POSITIVE = new Set(
  'thank thanks thankyou grateful amazing brilliant wonderful fantastic excellent outstanding lovely superb great good kind caring friendly helpful professional best love loved perfect happy pleased impressed clean quick efficient compassionate attentive reassuring angels heroes star stars recommend'.split(
    ' ',
  ),
);
const NEGATIVE = new Set(
  'rude terrible awful disgusting ridiculous joke worst unacceptable appalling shocking waste dirty filthy cold late pain agony scared worried angry furious upset disappointed poor bad horrible useless ignored hungry thirsty crying lost cancelled canceled wrong sick worse dreadful neglected broken smelly noisy slow expensive never complaint complain'.split(
    ' ',
  ),
);
const POSITIVE_EMOJI = /[❤💙🙏👏😊🥰😍👍⭐🌟]/u;
const NEGATIVE_EMOJI = /[😡🤬😤😢😭😠👎💔😩😞]/u;

const POS = 1;
const NEG = 2;
// Kept on each word's lexeme: one read per token instead of two set probes.
const POLARITY = new WordSlot((w): number => (POSITIVE.has(w) ? POS : 0) | (NEGATIVE.has(w) ? NEG : 0));

export function sentimentOf(tokens: readonly Token[]): number {
  let pos = 0;
  let neg = 0;
  for (const t of tokens) {
    const polarity = POLARITY.of(t.lex);
    const isPos = (polarity & POS) !== 0 || (t.type === 'emoji' && POSITIVE_EMOJI.test(t.norm));
    const isNeg = (polarity & NEG) !== 0 || (t.type === 'emoji' && NEGATIVE_EMOJI.test(t.norm));
    // A negated word counts for the other side ("not good", "not rude").
    if ((isPos && !t.negated) || (isNeg && t.negated)) pos++;
    if ((isNeg && !t.negated) || (isPos && t.negated)) neg++;
  }
  const raw = (pos - neg) / (pos + neg + 2);
  return Math.round(Math.max(-1, Math.min(1, raw * 1.5)) * 100) / 100;
}
