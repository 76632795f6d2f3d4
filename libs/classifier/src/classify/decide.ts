// Turns model probabilities and rule outcomes into one decision, applying the precedence rules
// of LABELLING.md: safety first, care over service, and a floor on how confidently we discard a care need.
import {
  CARE_TOPICS,
  ITEM_KINDS,
  TOPICS,
  type ComplaintDomain,
  type ItemKind,
  type RuleHit,
  type Topic,
  type Urgency,
} from '@auscult/contracts';
import type { Scores } from '../model/scorer.js';
import type { RuleOutcome } from '../rules/evaluate-rules.js';

const CARE_INDEX = ITEM_KINDS.indexOf('care_need');
const CARE_SET: ReadonlySet<Topic> = new Set(CARE_TOPICS);
const RELATIONSHIP_TOPICS: ReadonlySet<Topic> = new Set(['staff_attitude', 'communication']);
const TOPIC_THRESHOLD = 0.5;
// A topic word in the text ("parking", "dentures") is evidence the model may not have learnt yet.
const LEXICON_BOOST = 0.2;
const MAX_TOPICS = 4;
const MODEL_CRITICAL = 0.7;

export interface Decision {
  kind: ItemKind;
  kindIndex: number;
  urgency: Urgency;
  topics: Topic[];
  confidence: number;
  complaintDomain: ComplaintDomain | null;
  rules: RuleHit[];
}

export function decide(scores: Scores, rules: RuleOutcome, careThreshold: number): Decision {
  const hits: RuleHit[] = [...rules.hits];
  let kindIndex = argmax(scores.kind);
  if (rules.isCritical) {
    kindIndex = CARE_INDEX;
  } else if (kindIndex !== CARE_INDEX && scores.kind[CARE_INDEX] >= careThreshold) {
    hits.push({
      rule: 'care_precedence',
      effect: `kind:${ITEM_KINDS[kindIndex]}→care_need`,
      weight: scores.kind[CARE_INDEX],
    });
    kindIndex = CARE_INDEX;
  } else if (kindIndex !== CARE_INDEX && rules.isHigh && scores.kind[CARE_INDEX] >= careThreshold / 2) {
    // An urgency rule (unanswered bell, severe pain, missed insulin…) is evidence of a need in itself.
    hits.push({
      rule: 'urgency_rule_precedence',
      effect: `kind:${ITEM_KINDS[kindIndex]}→care_need`,
      weight: scores.kind[CARE_INDEX],
    });
    kindIndex = CARE_INDEX;
  }
  const kind = ITEM_KINDS[kindIndex];
  const urgency = decideUrgency(kind, scores, rules, hits);
  const topics = decideTopics(kind, scores, rules);
  // A rule-decided critical item is certain by design; report at least the rule's confidence.
  const confidence = rules.isCritical ? Math.max(scores.kind[CARE_INDEX], 0.95) : scores.kind[kindIndex];
  return {
    kind,
    kindIndex,
    urgency,
    topics,
    confidence: round(confidence),
    complaintDomain: domainOf(kind, topics),
    rules: hits,
  };
}

function decideUrgency(kind: ItemKind, scores: Scores, rules: RuleOutcome, hits: RuleHit[]): Urgency {
  if (kind === 'praise' || kind === 'other') return 'low';
  const predicted = (['critical', 'high', 'normal', 'low'] as const)[argmax(scores.urgency)];
  if (kind === 'service_complaint') return predicted === 'low' ? 'low' : 'normal';
  if (rules.isCritical) return 'critical';
  // The model alone may call an item critical only when it is sure; rules are the main path.
  if (scores.urgency[0] >= MODEL_CRITICAL && scores.kind[CARE_INDEX] >= 0.5) {
    hits.push({ rule: 'model_critical', effect: 'urgency:critical', weight: scores.urgency[0] });
    return 'critical';
  }
  if (rules.isHigh || predicted === 'critical' || predicted === 'high') return 'high';
  return 'normal';
}

// Scratch for ranking topics: this runs once per item, so no per-topic objects or closures.
const TOPIC_INDEX = new Map<Topic, number>(TOPICS.map((t, i) => [t, i]));
const inLexicon = new Uint8Array(TOPICS.length);
const boosted = new Float64Array(TOPICS.length);
const ranked = new Uint8Array(TOPICS.length);

function decideTopics(kind: ItemKind, scores: Scores, rules: RuleOutcome): Topic[] {
  if (kind === 'other') return [];
  inLexicon.fill(0);
  for (const t of scores.lexiconTopics) inLexicon[TOPIC_INDEX.get(t) ?? 0] = 1;
  for (let i = 0; i < TOPICS.length; i++) {
    const boost = (rules.topics.has(TOPICS[i]) ? 0.5 : 0) + (inLexicon[i] ? LEXICON_BOOST : 0);
    boosted[i] = scores.topic[i] + boost;
  }
  rankByScore();
  const chosen: Topic[] = [];
  for (let r = 0; r < ranked.length && boosted[ranked[r]] >= TOPIC_THRESHOLD; r++)
    chosen.push(TOPICS[ranked[r]]);
  const wantsCare = kind === 'care_need';
  if (kind !== 'praise' && !chosen.some((t) => CARE_SET.has(t) === wantsCare)) {
    for (let r = 0; r < ranked.length; r++) {
      if (CARE_SET.has(TOPICS[ranked[r]]) !== wantsCare) continue;
      chosen.unshift(TOPICS[ranked[r]]);
      break;
    }
  }
  return chosen.slice(0, MAX_TOPICS);
}

/** Topic indices by boosted score, highest first; ties keep TOPICS order (a stable insertion sort). */
function rankByScore(): void {
  for (let i = 0; i < ranked.length; i++) {
    let j = i;
    while (j > 0 && boosted[ranked[j - 1]] < boosted[i]) {
      ranked[j] = ranked[j - 1];
      j--;
    }
    ranked[j] = i;
  }
}

// HCAT: clinical = quality and safety of care; management = environment and institutional processes;
// relationships = listening, communication and respect.
function domainOf(kind: ItemKind, topics: Topic[]): ComplaintDomain | null {
  if (kind === 'care_need') return 'clinical';
  if (kind !== 'service_complaint') return null;
  if (topics.some((t) => CARE_SET.has(t))) return 'clinical';
  const first = topics[0];
  return first !== undefined && RELATIONSHIP_TOPICS.has(first) ? 'relationships' : 'management';
}

function argmax(values: Float64Array): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i] > values[best]) best = i;
  return best;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
