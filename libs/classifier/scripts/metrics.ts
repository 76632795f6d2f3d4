// The figures we hold the classifier to: per-kind precision/recall/F1, macro-F1, care-need recall,
// critical recall, topic micro-F1 and the confusion matrix.
import { ITEM_KINDS, type ItemKind, type Topic, type Urgency } from '@auscult/contracts';

export interface Outcome {
  kind: ItemKind;
  urgency: Urgency;
  topics: readonly Topic[];
}

export interface KindScore {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Metrics {
  items: number;
  perKind: Record<ItemKind, KindScore>;
  macroF1: number;
  careRecall: number;
  criticalRecall: number;
  topicMicroF1: number;
  /** confusion[gold][predicted] */
  confusion: Record<ItemKind, Record<ItemKind, number>>;
}

export function computeMetrics(gold: readonly Outcome[], predicted: readonly Outcome[]): Metrics {
  const confusion = Object.fromEntries(
    ITEM_KINDS.map((g) => [g, Object.fromEntries(ITEM_KINDS.map((p) => [p, 0]))]),
  ) as Metrics['confusion'];
  let critical = 0;
  let criticalFound = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    const p = predicted[i];
    confusion[g.kind][p.kind]++;
    if (g.urgency === 'critical') {
      critical++;
      if (p.urgency === 'critical') criticalFound++;
    }
    for (const t of p.topics) {
      if (g.topics.includes(t)) tp++;
      else fp++;
    }
    for (const t of g.topics) if (!p.topics.includes(t)) fn++;
  });
  const perKind = Object.fromEntries(ITEM_KINDS.map((k) => [k, kindScore(confusion, k)])) as Record<
    ItemKind,
    KindScore
  >;
  const macroF1 = ITEM_KINDS.reduce((s, k) => s + perKind[k].f1, 0) / ITEM_KINDS.length;
  return {
    items: gold.length,
    perKind,
    macroF1,
    careRecall: perKind.care_need.recall,
    criticalRecall: critical ? criticalFound / critical : 1,
    topicMicroF1: tp ? (2 * tp) / (2 * tp + fp + fn) : 0,
    confusion,
  };
}

function kindScore(confusion: Metrics['confusion'], k: ItemKind): KindScore {
  const tp = confusion[k][k];
  const support = ITEM_KINDS.reduce((s, p) => s + confusion[k][p], 0);
  const predictedK = ITEM_KINDS.reduce((s, g) => s + confusion[g][k], 0);
  const precision = predictedK ? tp / predictedK : 0;
  const recall = support ? tp / support : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, support };
}
