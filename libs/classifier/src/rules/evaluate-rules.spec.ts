import { describe, expect, it } from '@jest/globals';
import { tokenizeMarked } from '../features/extract.js';
import { evaluateRules } from './evaluate-rules.js';

const rulesOf = (text: string): string[] => evaluateRules(text, tokenizeMarked(text)).hits.map((h) => h.rule);
const isCritical = (text: string): boolean => evaluateRules(text, tokenizeMarked(text)).isCritical;

describe('safety rules', () => {
  it.each([
    ['my dad has chest pain and nobody has come', 'chest_pain'],
    ["mum can't breathe, ward 5", 'cannot_breathe'],
    ["my nan can't get her breath", 'cannot_breathe'],
    ['dad is lying on the floor and cant get up', 'fall_with_injury'],
    ['i took all my antidepressants an hour ago', 'overdose'],
    ['her face is drooping and her speech is slurred', 'stroke_signs'],
    ['he fell out of bed and hit his head', 'fall_with_injury'],
    ['the wound is bleeding heavily', 'heavy_bleeding'],
    ['I want to end it all tonight', 'self_harm'],
    ['my son took a whole box of paracetamol', 'overdose'],
    ['a carer slapped my nan', 'abuse_or_violence'],
    ['my dad has gone missing from the ward', 'missing_patient'],
    ['she is unresponsive', 'collapse_or_unresponsive'],
  ])('"%s" fires %s', (text, rule) => {
    expect(rulesOf(text)).toContain(rule);
    expect(isCritical(text)).toBe(true);
  });

  it('reports the span of the original text that fired', () => {
    const text = 'Please help, my Dad has CHEST PAIN now';
    const hit = evaluateRules(text, tokenizeMarked(text)).hits.find((h) => h.rule === 'chest_pain');
    expect(hit?.span && text.slice(hit.span.start, hit.span.end)).toBe('CHEST PAIN');
  });

  it('maps spans back through typo correction', () => {
    const text = 'our husband is having a seizurre on ward 7';
    const hit = evaluateRules(text, tokenizeMarked(text)).hits.find(
      (h) => h.rule === 'collapse_or_unresponsive',
    );
    expect(hit?.span && text.slice(hit.span.start, hit.span.end)).toBe('seizurre');
  });
});

describe('safety rule guards', () => {
  it.each([
    'no chest pain today, thank you',
    "he doesn't have any chest pain now",
    'the chest pain has settled',
  ])('negated or resolved: "%s" is not critical', (text) => {
    expect(isCritical(text)).toBe(false);
  });

  it.each([
    'this wait nearly gave me a heart attack',
    'the parking price almost gave me a heart attack',
    'stroke of luck, found a space',
    'they are bleeding us dry with these charges',
    'I could kill myself laughing at this queue',
  ])('figurative: "%s" is not critical', (text) => {
    expect(isCritical(text)).toBe(false);
  });

  it('names the figurative suppression', () => {
    expect(rulesOf('I nearly had a heart attack in the car park when I saw the price')).toEqual([
      'figurative:chest_pain',
    ]);
  });

  it('does not fire for an event long past', () => {
    expect(rulesOf('Last year my mum fell and broke her wrist on your ward')).toContain(
      'past_event:fall_with_injury',
    );
  });

  it('does not fire for gratitude about a past emergency', () => {
    expect(isCritical('So grateful to the team who saved my dad after his seizure')).toBe(false);
  });

  it('does not fire for health information that names no one', () => {
    expect(isCritical('Know the signs of a stroke: face drooping, arm weakness, speech problems')).toBe(
      false,
    );
  });

  it('fires when a person is having the emergency now', () => {
    expect(isCritical('my dad had a heart attack on the ward and no one came')).toBe(true);
  });

  it('treats a fall without an injury as high, not critical', () => {
    const outcome = evaluateRules(
      'dad fell in the bathroom earlier',
      tokenizeMarked('dad fell in the bathroom earlier'),
    );
    expect([outcome.isCritical, outcome.isHigh]).toEqual([false, true]);
  });

  it('does not read "hit her head" as violence', () => {
    expect(rulesOf('mum fell and hit her head')).not.toContain('abuse_or_violence');
  });
});
