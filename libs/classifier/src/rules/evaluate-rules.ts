// Runs the safety and urgency rules over the original text with the guards that keep them honest:
// negation, figurative idiom, a long-past event, and health information that names no one.
import type { RuleHit, Topic } from '@auscult/contracts';
import {
  GRATITUDE,
  INFORMATIONAL,
  LONG_AGO,
  NEGATION_BEFORE,
  PAST_REFERENCE_BEFORE,
  PERSONAL,
  RESOLVED_AFTER,
  RESOLVED_CONTEXT,
  STILL_ONGOING,
} from './patterns.js';
import { correctKeyWords } from '../text/spelling.js';
import { TriggerIndex } from '../text/triggers.js';
import type { Token } from '../text/tokenize.js';
import { SAFETY_RULES, type SafetyRule } from './safety-rules.js';
import { HIGH_URGENCY_RULES, type UrgencyRule } from './urgency-rules.js';

export interface RuleOutcome {
  isCritical: boolean;
  isHigh: boolean;
  topics: Set<Topic>;
  hits: RuleHit[];
}

const NEARBY_CHARS = 90;

/** Rules whose trigger words occur in the tokens (typos of key words count as the word). */
export function evaluateRules(original: string, tokens: readonly Token[]): RuleOutcome {
  const safety = SAFETY_INDEX.triggered(tokens);
  const urgency = URGENCY_INDEX.triggered(tokens);
  const hasTypo = tokens.some((t) => t.meant !== undefined);
  if (safety.length === 0 && urgency.length === 0)
    return { isCritical: false, isHigh: false, topics: new Set(), hits: [] };
  const corrected = hasTypo ? correctKeyWords(original) : null;
  const outcome = evaluateOn(corrected ? corrected.text : original, safety, urgency);
  if (corrected && corrected.text !== original) {
    for (const hit of outcome.hits) {
      if (hit.span)
        hit.span = { start: corrected.toOriginal(hit.span.start), end: corrected.toOriginal(hit.span.end) };
    }
  }
  return outcome;
}

function evaluateOn(
  text: string,
  safety: readonly SafetyRule[],
  urgency: readonly UrgencyRule[],
): RuleOutcome {
  const outcome: RuleOutcome = { isCritical: false, isHigh: false, topics: new Set(), hits: [] };
  const context = lazyContext(text);
  for (const rule of safety) applySafetyRule(rule, text, context, outcome);
  for (const rule of urgency) {
    const match = firstLiveMatch(rule.pattern, text, undefined).live;
    if (!match) continue;
    outcome.topics.add(rule.topic);
    if (context.isLongAgo() || context.isInformational()) continue;
    outcome.isHigh = true;
    outcome.hits.push({ rule: rule.name, effect: 'urgency:high', weight: 1, span: match });
  }
  return outcome;
}

interface Context {
  isLongAgo(): boolean;
  isInformational(): boolean;
}

// The guards' regexes only run once a rule has matched: most texts never need them.
function lazyContext(text: string): Context {
  let longAgo: boolean | undefined;
  let informational: boolean | undefined;
  return {
    isLongAgo: () => (longAgo ??= LONG_AGO.test(text) && !STILL_ONGOING.test(text)),
    isInformational: () => (informational ??= INFORMATIONAL.test(text) && !PERSONAL.test(text)),
  };
}

const SAFETY_INDEX = new TriggerIndex(SAFETY_RULES);
const URGENCY_INDEX = new TriggerIndex(HIGH_URGENCY_RULES);

function applySafetyRule(rule: SafetyRule, text: string, context: Context, outcome: RuleOutcome): void {
  const { live: match, seen } = firstLiveMatch(rule.pattern, text, rule.figurative);
  if (!match) {
    // Only a phrase that did occur can have been suppressed as an idiom.
    const figurative = seen && rule.figurative ? firstMatch(rule.figurative, text) : null;
    if (figurative) {
      outcome.hits.push({
        rule: `figurative:${rule.name}`,
        effect: 'suppressed',
        weight: 0,
        span: figurative,
      });
    }
    return;
  }
  if (rule.requiresNearby && !hasNearby(rule.requiresNearby, text, match)) return;
  for (const t of rule.topics) outcome.topics.add(t);
  if (context.isInformational()) {
    outcome.hits.push({ rule: `informational:${rule.name}`, effect: 'suppressed', weight: 0, span: match });
    return;
  }
  if (context.isLongAgo()) {
    outcome.hits.push({ rule: `past_event:${rule.name}`, effect: 'suppressed', weight: 0, span: match });
    return;
  }
  if (isGratefulPast(text, match)) {
    outcome.hits.push({
      rule: `gratitude_past_event:${rule.name}`,
      effect: 'suppressed',
      weight: 0,
      span: match,
    });
    return;
  }
  outcome.isCritical = true;
  outcome.hits.push({ rule: rule.name, effect: 'kind:care_need urgency:critical', weight: 1, span: match });
}

type Span = { start: number; end: number };

/**
 * The first match that is neither negated, resolved, nor inside an idiom (`live`), and whether the
 * pattern matched at all (`seen`).
 */
function firstLiveMatch(
  pattern: RegExp,
  text: string,
  figurative: RegExp | undefined,
): { live: Span | null; seen: boolean } {
  // The idiom scan is a second pass over the text: only pay for it once there is a match to check.
  let idioms: Span[] | undefined;
  let seen = false;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    seen = true;
    if (isNegated(text, span)) continue;
    idioms ??= figurative ? allMatches(figurative, text) : [];
    if (idioms.some((i) => i.start < span.end + 20 && span.start < i.end + 20)) continue;
    return { live: span, seen };
  }
  return { live: null, seen };
}

function isGratefulPast(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 40), span.start);
  return (
    (PAST_REFERENCE_BEFORE.test(before) || RESOLVED_CONTEXT.test(text)) &&
    GRATITUDE.test(text) &&
    !STILL_ONGOING.test(text)
  );
}

function isNegated(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 60), span.start);
  return NEGATION_BEFORE.test(before) || RESOLVED_AFTER.test(text.slice(span.end, span.end + 40));
}

function hasNearby(pattern: RegExp, text: string, span: Span): boolean {
  const window = text.slice(Math.max(0, span.start - NEARBY_CHARS), span.end + NEARBY_CHARS);
  pattern.lastIndex = 0;
  const found = pattern.test(window);
  pattern.lastIndex = 0;
  return found;
}

function firstMatch(pattern: RegExp, text: string): Span | null {
  return allMatches(pattern, text)[0] ?? null;
}

function allMatches(pattern: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (m[0].length === 0) pattern.lastIndex++;
    else spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}
