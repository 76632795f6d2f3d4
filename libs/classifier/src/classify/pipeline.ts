// classify(): guard the input, run the rules and the scorer, decide, explain. Never throws.
import type { ClassificationResult, ClassifierInput, EvidenceSpan, RuleHit } from '@auscult/contracts';
import type { Scorer } from '../model/scorer.js';
import { evaluateRules } from '../rules/evaluate-rules.js';
import { findInputProblem, truncateForClassification } from '../text/input-guard.js';
import { tokenizeMarked } from '../features/extract.js';
import { decide, type Decision } from './decide.js';
import { sentimentOf } from './sentiment.js';

const MAX_PHRASES = 6;

export function createClassify(
  scorer: Scorer,
  extraRules: readonly RuleHit[] = [],
): (input: ClassifierInput) => ClassificationResult {
  return (input) => {
    try {
      return classifyText(scorer, input, extraRules);
    } catch (error) {
      // A defect must not stop the worker's stream; the item still lands, flagged for a human.
      return unclassifiable(
        scorer.version,
        'classifier_error',
        error instanceof Error ? error.message : 'unknown',
      );
    }
  };
}

function classifyText(
  scorer: Scorer,
  input: ClassifierInput,
  extraRules: readonly RuleHit[],
): ClassificationResult {
  const raw: unknown = input?.text;
  const text = typeof raw === 'string' ? raw : '';
  const clipped = truncateForClassification(text);
  const tokens = tokenizeMarked(clipped);
  const problem = findInputProblem(clipped, tokens);
  if (problem) return unclassifiable(scorer.version, problem, undefined);
  const channel = typeof input.channel === 'string' ? input.channel : undefined;
  const rules = evaluateRules(clipped, tokens);
  const scores = scorer.score(clipped, channel, tokens);
  const decision = decide(scores, rules, scorer.careThreshold);
  const phrases = mergePhrases(scores.explain(decision.kindIndex), decision.rules, clipped);
  if (clipped.length < text.length)
    decision.rules.push({
      rule: 'truncated',
      effect: `first ${clipped.length} characters classified`,
      weight: 0,
    });
  return {
    kind: decision.kind,
    urgency: decision.urgency,
    topics: decision.topics,
    sentiment: sentimentOf(tokens),
    confidence: decision.confidence,
    complaintDomain: decision.complaintDomain,
    explanation: { phrases, rules: [...extraRules, ...decision.rules], summary: summarise(decision) },
    modelVersion: scorer.version,
  };
}

function mergePhrases(model: EvidenceSpan[], rules: RuleHit[], text: string): EvidenceSpan[] {
  const fromRules: EvidenceSpan[] = [];
  for (const hit of rules) {
    if (!hit.span || hit.effect === 'suppressed') continue;
    fromRules.push({
      ...hit.span,
      text: text.slice(hit.span.start, hit.span.end),
      label: `rule:${hit.rule}`,
      weight: hit.weight,
    });
  }
  return [...fromRules, ...model].slice(0, MAX_PHRASES);
}

function summarise(d: Decision): string {
  const what = d.kind.replace('_', ' ');
  const lead = d.rules.find((r) => r.effect !== 'suppressed' && r.span)?.rule.replace(/_/g, ' ');
  const about = d.topics.length ? d.topics.join(', ').replace(/_/g, ' ') : 'no specific topic';
  return `${what} (${d.urgency})${lead ? `: ${lead}` : ''} — ${about}`;
}

export function unclassifiable(
  version: string,
  reason: string,
  detail: string | undefined,
): ClassificationResult {
  return {
    kind: 'other',
    urgency: 'low',
    topics: [],
    sentiment: 0,
    confidence: 1,
    complaintDomain: null,
    explanation: {
      phrases: [],
      rules: [{ rule: reason, effect: 'kind:other urgency:low', weight: 1 }],
      summary: `other (low): ${reason.replace(/_/g, ' ')}${detail ? ` (${detail})` : ''}`,
    },
    modelVersion: version,
  };
}
