import { describe, expect, it } from '@jest/globals';
import type { ClassificationResult } from '@auscult/contracts';
import { classify, loadClassifier } from '../index.js';
import { CHALLENGE_FILE, TEST_FILE, readCorpus } from '../../scripts/corpus-io.js';

const ruleNames = (r: ClassificationResult): string[] => r.explanation.rules.map((h) => h.rule);

describe('classify: bad input never throws', () => {
  it.each([
    ['', 'empty'],
    ['   \n\t ', 'empty'],
    ['\u0000\u0001\u0002\u0003garbage\u0004\u0005\u0006\u0007\u0008', 'binary'],
    ['😡😡😡', 'emoji_only'],
    ['https://example.org/a https://t.co/xyz', 'url_only'],
    ['12345 !!! ???', 'no_words'],
    ['El hospital es muy bueno y la comida también', 'unsupported_language'],
    ["Je ne suis pas content, c'est le pire hôpital de la ville", 'unsupported_language'],
    ['Das Essen ist nicht gut und die Station ist sehr laut', 'unsupported_language'],
    ['病院の食事はとても美味しかったです', 'unsupported_language'],
    ['<div><br/><img src="x.png"/></div>&nbsp;&amp;', 'no_words'],
    ['🙏🏽 https://t.co/abc', 'url_only'],
  ])('%j → other, low, rule %s', (text, rule) => {
    const r = classify({ text });
    expect([r.kind, r.urgency, r.topics]).toEqual(['other', 'low', []]);
    expect(ruleNames(r)).toEqual([rule]);
  });

  it('answers for a non-string text', () => {
    expect(classify({ text: undefined as unknown as string }).kind).toBe('other');
  });

  it('classifies the start of a 100 KB text and says it was truncated', () => {
    const text = 'my dad is in agony on ward 4 and nobody has come. '.repeat(2100);
    const r = classify({ text });
    expect(r.kind).toBe('care_need');
    expect(ruleNames(r)).toContain('truncated');
  });

  it('answers 100 KB of binary garbage with a reason, quickly and without throwing', () => {
    let s = 1;
    const garbage = Array.from({ length: 100_000 }, () =>
      String.fromCharCode((s = (Math.imul(s, 1103515245) + 12345) >>> 0) % 32),
    ).join('');
    const r = classify({ text: garbage });
    expect([r.kind, r.urgency, ruleNames(r)[0]]).toEqual(['other', 'low', 'binary']);
  });

  it('answers 100 KB of HTML markup without words', () => {
    const r = classify({ text: '<td class="x"></td>'.repeat(6000) });
    expect([r.kind, r.urgency, ruleNames(r)[0]]).toEqual(['other', 'low', 'no_words']);
  });

  it('reads the words inside HTML', () => {
    expect(classify({ text: '<p>My mum <b>can&#39;t breathe</b> and nobody is coming</p>' }).urgency).toBe(
      'critical',
    );
  });

  it('classifies a mixed-language message that carries English', () => {
    expect(
      classify({ text: 'mi mamá is in so much pain, nadie viene, nobody is coming, please help' }).kind,
    ).toBe('care_need');
  });
});

describe('classify: care, figurative speech and precedence', () => {
  it.each([
    'this wait nearly gave me a heart attack',
    'the food is killing me',
    "I'm dying of boredom in here",
  ])('figurative "%s" is not a care need', (text) => {
    expect(classify({ text }).kind).not.toBe('care_need');
  });

  it('a heart attack on the ward with no one coming is a critical care need', () => {
    const r = classify({ text: 'my dad had a heart attack on the ward and no one came' });
    expect([r.kind, r.urgency]).toEqual(['care_need', 'critical']);
  });

  it('a critical rule always makes a care need, whatever the model says', () => {
    const r = classify({ text: 'Great parking, lovely food, and my wife is bleeding heavily in bay 3' });
    expect([r.kind, r.urgency, ruleNames(r).includes('heavy_bleeding')]).toEqual([
      'care_need',
      'critical',
      true,
    ]);
  });

  it('waiting in pain is a care need', () => {
    expect(classify({ text: 'waited 6 hours in A&E in agony and still nobody has seen me' }).kind).toBe(
      'care_need',
    );
  });

  it('a rude nurse alone is a service complaint about relationships', () => {
    const r = classify({
      text: 'The nurse was rude to me when I asked a question.',
      channel: 'comment_card',
    });
    expect([r.kind, r.complaintDomain]).toEqual(['service_complaint', 'relationships']);
  });

  it('a general health question is other', () => {
    expect(classify({ text: 'Can you take ibuprofen with antibiotics? asking for a friend' }).kind).toBe(
      'other',
    );
  });

  it('praise has no complaint domain', () => {
    const r = classify({ text: 'Huge thanks to the nurses on ward 4B, you were amazing ❤️' });
    expect([r.kind, r.urgency, r.complaintDomain]).toEqual(['praise', 'low', null]);
  });
});

describe('classify: explanation', () => {
  const texts = [
    '@StMarysNHS my dad has been in agony on ward 6 since 4am, pressed the buzzer 3 times. nobody.',
    'The food was stone cold 😡 and the toilets FILTHY #NHS',
    'Thank you Nurse Aisha for holding my hand before my operation.',
    'Dad cant breath and noone is coming!!',
  ];

  it.each(texts)('every phrase span points at its own text in the original: %s', (text) => {
    const r = classify({ text });
    expect(r.explanation.phrases.length).toBeGreaterThan(0);
    for (const p of r.explanation.phrases) {
      expect(p.start).toBeGreaterThanOrEqual(0);
      expect(p.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(p.start, p.end)).toBe(p.text);
    }
  });

  it('names the safety rule and points at its phrase', () => {
    const text = 'Dad cant breath and noone is coming!!';
    const phrase = classify({ text }).explanation.phrases.find((p) => p.label === 'rule:cannot_breathe');
    expect(phrase?.text).toBe('cant breath');
  });

  it('carries a one-line summary', () => {
    expect(classify({ text: 'my mum has chest pain now' }).explanation.summary).toMatch(
      /^care need \(critical\): chest pain — /,
    );
  });
});

describe('classify: HCAT domain and topics', () => {
  const items = [...readCorpus(TEST_FILE), ...readCorpus(CHALLENGE_FILE)];

  it('gives every complaint and care need an HCAT domain, and praise and noise none', () => {
    for (const item of items) {
      const r = classify({ text: item.text, channel: item.channel });
      const expected = r.kind === 'care_need' || r.kind === 'service_complaint';
      expect([item.text, r.complaintDomain !== null]).toEqual([item.text, expected]);
      if (r.kind === 'care_need') expect(r.complaintDomain).toBe('clinical');
    }
  });

  it('reads food and cleanliness complaints as management, staff attitude as relationships', () => {
    const food = classify({
      text: 'The dinner was cold and the sandwiches were stale again, awful catering',
    });
    const dirty = classify({ text: 'The ward toilets were filthy and the bins overflowing all week' });
    const rude = classify({
      text: 'The receptionist was rude and dismissive when I asked a simple question',
    });
    expect([food.kind, food.complaintDomain, food.topics[0]]).toEqual([
      'service_complaint',
      'management',
      'food',
    ]);
    expect([dirty.kind, dirty.complaintDomain, dirty.topics[0]]).toEqual([
      'service_complaint',
      'management',
      'cleanliness',
    ]);
    expect([rude.kind, rude.complaintDomain]).toEqual(['service_complaint', 'relationships']);
  });

  it('gives several topics when a text names several', () => {
    const r = classify({
      text: 'my mum is in pain and has not had her medication, and the call bell is ignored',
    });
    expect(r.topics.length).toBeGreaterThanOrEqual(2);
  });
});

describe('loadClassifier', () => {
  it('stamps every result with the loaded model version', () => {
    const c = loadClassifier();
    expect(c.classify({ text: 'parking is a joke' }).modelVersion).toBe(c.version);
  });

  it('falls back to the keyword scorer, with a named rule, when the model file is missing', () => {
    const c = loadClassifier('/nonexistent/model.json');
    const r = c.classify({ text: 'my dad cannot breathe' });
    expect([r.urgency, ruleNames(r)[0]]).toEqual(['critical', 'model_unavailable']);
  });
});
