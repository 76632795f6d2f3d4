// The seam between the pipeline and whatever produces probabilities (the trained model or the fallback).
import type { EvidenceSpan, Topic } from '@auscult/contracts';
import type { Token } from '../text/tokenize.js';

export interface Scores {
  /** Probabilities in ITEM_KINDS order. */
  kind: Float64Array;
  /** Probabilities in URGENCIES order. */
  urgency: Float64Array;
  /** Independent probabilities in TOPICS order. */
  topic: Float64Array;
  /** Topics named outright by the hand-written lexicon. */
  lexiconTopics: readonly Topic[];
  /**
   * Phrases of the original text that pushed towards (or away from) the kind at `kindIndex`.
   * Valid until the scorer's next `score` call (it reads reused scratch memory).
   */
  explain(kindIndex: number): EvidenceSpan[];
}

export interface Scorer {
  version: string;
  /** Probability of care_need above which we call it a care need (tuned so care needs are rarely missed). */
  careThreshold: number;
  /** `tokens` are the text's tokens, already negation-marked. */
  score(text: string, channel: string | undefined, tokens: Token[]): Scores;
}
