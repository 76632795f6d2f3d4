// A transparent keyword scorer. It was the first baseline and stays as the fallback when the model
// file cannot be read, so that classify() still answers (with the rule `model_unavailable`).
import { ITEM_KINDS, TOPICS, type EvidenceSpan, type ItemKind } from '@auscult/contracts';
import { lexiconHits } from '../lexicon/topic-lexicon.js';
import type { Token } from '../text/tokenize.js';
import type { Scorer, Scores } from './scorer.js';

const CUES: Record<ItemKind, RegExp> = {
  care_need:
    /\b(?:help|please come|in pain|still waiting for (?:pain|meds|a nurse|someone)|no one (?:came|has come|answered)|nobody (?:came|answered)|can['’]?t (?:breathe|get up|reach|walk)|worse|scared|urgent(?:ly)?|right now|hasn['’]?t (?:eaten|had)|needs? (?:help|a nurse|changing|the toilet))\b/giu,
  service_complaint:
    /\b(?:rude|terrible|awful|disgusting|ridiculous|joke|worst|unacceptable|appalling|shocking|waste|parking|bill|cold food|dirty|noisy|waited|queue|cancel+ed|lost|complain\w*|not good enough|poor)\b/giu,
  praise:
    /(?:\b(?:thank(?:s| you)?|amazing|brilliant|wonderful|fantastic|excellent|outstanding|grateful|lovely|superb|great care|best|kindness|angels?|heroes|credit to)\b|❤️?|🙏|👏|💙)/giu,
  other:
    /\b(?:hiring|vacanc\w*|apply|webinar|study|research|announce\w*|tips|click|free|offer|win|follow us|news|how do i|what are|does anyone know)\b/giu,
};

export function createHeuristicScorer(): Scorer {
  return { version: 'heuristic-0', careThreshold: 0.34, score };
}

function score(text: string, _channel: string | undefined, tokens: Token[]): Scores {
  const raw = ITEM_KINDS.map((k) => countMatches(CUES[k], text));
  raw[3] += 0.5; // with no cue at all, an item is most likely noise
  const kind = normalise(raw.map((r) => Math.exp(r)));
  const lexiconTopics = lexiconHits(tokens).map((h) => h.topic);
  const found = new Set(lexiconTopics);
  const topic = new Float64Array(TOPICS.map((t) => (found.has(t) ? 0.6 : 0.05)));
  const urgency = new Float64Array([0.02, 0.18, 0.5, 0.3]);
  return { kind, urgency, topic, lexiconTopics, explain: (k) => cueSpans(text, ITEM_KINDS[k]) };
}

function countMatches(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  return (text.match(pattern) ?? []).length;
}

function normalise(values: number[]): Float64Array {
  const total = values.reduce((a, b) => a + b, 0);
  return new Float64Array(values.map((v) => v / total));
}

function cueSpans(text: string, kind: ItemKind): EvidenceSpan[] {
  const spans: EvidenceSpan[] = [];
  const pattern = CUES[kind];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null && spans.length < 6; m = pattern.exec(text)) {
    spans.push({ start: m.index, end: m.index + m[0].length, text: m[0], label: kind, weight: 1 });
  }
  return spans;
}
