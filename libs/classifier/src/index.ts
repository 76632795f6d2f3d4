import type { ClassificationResult, ClassifierInput } from '@auscult/contracts';
import { createClassify } from './classify/pipeline.js';
import { createHeuristicScorer } from './model/heuristic-scorer.js';
import { loadScorer } from './model/load-model.js';
import { defaultModelPath } from './model-location.js';

export interface Classifier {
  version: string;
  classify(input: ClassifierInput): ClassificationResult;
}

/** Loads a model file (default: the bundled one). A missing or broken file falls back to keywords, never throws. */
export function loadClassifier(modelPath: string = defaultModelPath()): Classifier {
  const loaded = loadScorer(modelPath);
  if (loaded.ok) return { version: loaded.scorer.version, classify: createClassify(loaded.scorer) };
  const fallback = createHeuristicScorer();
  const rule = { rule: 'model_unavailable', effect: loaded.reason, weight: 0 };
  return { version: fallback.version, classify: createClassify(fallback, [rule]) };
}

let bundled: Classifier | undefined;

/** Classifies one item with the bundled model, loaded once on first use. */
export function classify(input: ClassifierInput): ClassificationResult {
  bundled ??= loadClassifier();
  return bundled.classify(input);
}
