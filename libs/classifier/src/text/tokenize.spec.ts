import { describe, expect, it } from '@jest/globals';
import { markNegation } from './negation.js';
import { keyWordFor } from './spelling.js';
import { tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('keeps offsets into the original text', () => {
    const text = '  Mum’s in PAIN!!  #StillWaiting @CityGeneral';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end).length).toBe(t.end - t.start);
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual([
      'Mum’s',
      'in',
      'PAIN',
      '!',
      '!',
      '#StillWaiting',
      '#StillWaiting',
      '@CityGeneral',
    ]);
  });

  it('normalises case, curly apostrophes and elongations', () => {
    expect(tokenize('Sooooo CAN’T').map((t) => t.norm)).toEqual(['soo', "can't"]);
  });

  it('splits camel-case hashtags into words', () => {
    expect(tokenize('#NoOneCame').map((t) => t.norm)).toEqual(['no', 'one', 'came']);
  });

  it('reads links as one url token and skips HTML tags and entities', () => {
    expect(
      tokenize('<p>see https://x.org/a?b=1 &amp; www.nhs.uk</p>').map((t) => `${t.type}:${t.norm}`),
    ).toEqual(['word:see', 'url:URL', 'url:URL']);
  });

  it('keeps the shape of durations, not the number', () => {
    expect(tokenize('waited 3hrs and 45 mins').map((t) => t.norm)).toEqual([
      'waited',
      '<num>hrs',
      'and',
      '<num>',
      'mins',
    ]);
  });
});

describe('markNegation', () => {
  const negated = (text: string): string[] => {
    const tokens = tokenize(text);
    markNegation(tokens);
    return tokens.filter((t) => t.negated).map((t) => t.norm);
  };

  it('marks the words a negator governs', () => {
    expect(negated('no pain today')).toEqual(['pain', 'today']);
  });

  it('stops at punctuation and conjunctions', () => {
    expect(negated('not rude, but slow')).toEqual(['rude']);
  });

  it('does not treat "no one" as a negation of what follows', () => {
    expect(negated('no one came to help')).toEqual([]);
  });

  it('understands contractions without apostrophes', () => {
    expect(negated('dont need help')).toEqual(['need', 'help']);
  });
});

describe('keyWordFor', () => {
  it('maps a one-edit typo of a safety word to the word', () => {
    expect(keyWordFor('seizurre')).toBe('seizure');
  });

  it('maps an adjacent swap', () => {
    expect(keyWordFor('nobdoy')).toBe('nobody');
  });

  it('leaves correct and unrelated words alone', () => {
    expect([keyWordFor('seizure'), keyWordFor('parking')]).toEqual([null, null]);
  });
});
