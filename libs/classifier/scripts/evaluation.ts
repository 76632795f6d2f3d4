// Held-out evaluation shared by the eval command and the bundled-model test.
import { loadClassifier } from '../src/index.js';
import { TEST_FILE, readCorpus, type CorpusItem } from './corpus-io.js';
import { computeMetrics, type Metrics } from './metrics.js';

export const TARGETS = { macroF1: 0.9, careRecall: 0.97, criticalRecall: 1 } as const;

export interface Evaluation {
  version: string;
  metrics: Metrics;
}

/** Evaluates a model file (default: the bundled one) on corpus/test.jsonl. */
export function evaluateModel(
  modelPath: string | undefined,
  test: readonly CorpusItem[] = readCorpus(TEST_FILE),
): Evaluation {
  const classifier = loadClassifier(modelPath);
  const predictions = test.map((i) => classifier.classify({ text: i.text, channel: i.channel }));
  return { version: classifier.version, metrics: computeMetrics(test, predictions) };
}

export function meetsTargets(m: Metrics): boolean {
  return (
    m.macroF1 >= TARGETS.macroF1 &&
    m.careRecall >= TARGETS.careRecall &&
    m.criticalRecall >= TARGETS.criticalRecall
  );
}
