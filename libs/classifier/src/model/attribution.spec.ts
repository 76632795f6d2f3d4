import { describe, expect, it } from '@jest/globals';
import { classify } from '../index.js';
import { CHALLENGE_FILE, TEST_FILE, readCorpus } from '../../scripts/corpus-io.js';
import { tokenize } from '../text/tokenize.js';
import { LOW_VALUE_WORDS, isLowValue } from './attribution.js';

// The model's deciding phrases (not rule matches) as the inbox highlights them.
const modelPhrases = (text: string) =>
  classify({ text, channel: 'social' }).explanation.phrases.filter((p) => !p.label.startsWith('rule:'));

describe('explanation phrases', () => {
  const texts = [...readCorpus(TEST_FILE), ...readCorpus(CHALLENGE_FILE)].map((i) => i.text);

  it('are character spans of the original text', () => {
    for (const text of texts)
      for (const p of classify({ text }).explanation.phrases) {
        expect(p.start).toBeGreaterThanOrEqual(0);
        expect(p.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(p.start, p.end)).toBe(p.text);
      }
  });

  it('never start or end with a low-value word, so no phrase is only such words', () => {
    for (const text of texts)
      for (const p of modelPhrases(text)) {
        const tokens = tokenize(p.text);
        expect(tokens.length).toBeGreaterThan(0);
        expect([p.text, isLowValue(tokens[0])]).toEqual([p.text, false]);
        expect([p.text, isLowValue(tokens[tokens.length - 1])]).toEqual([p.text, false]);
      }
  });

  it('do not highlight "can", "when", "the" or pronouns in a text full of them', () => {
    const text =
      'Can someone tell me when the nurse will come? My mum is in pain and she can not reach the bell';
    const shown = modelPhrases(text).map((p) => p.text.toLowerCase());
    expect(shown.length).toBeGreaterThan(0);
    for (const word of ['can', 'when', 'the', 'my', 'she', 'me', 'is', 'in', 'and'])
      expect(shown).not.toContain(word);
  });

  it('keep spans in the original text when it has HTML, emoji and curly apostrophes before them', () => {
    const text = '<p>😡😡 Mum’s been <b>screaming</b> in agony &amp; nobody’s come</p>';
    for (const p of classify({ text }).explanation.phrases) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('keep negators out of the low-value list ("no pain" must stay explainable)', () => {
    for (const w of ['no', 'not', 'never', 'nobody', 'pain', 'rude'])
      expect(LOW_VALUE_WORDS.has(w)).toBe(false);
  });
});
