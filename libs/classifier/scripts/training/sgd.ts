// Multinomial logistic regression for kinds and urgencies plus one-vs-rest logistic regression for topics,
// sharing one hashed feature space; trained with AdaGrad and L2, deterministic given the seed.
import { COLUMNS, TOPIC_OFFSET, URGENCY_OFFSET } from '../../src/model/model-file.js';
import { softmax } from '../../src/model/linear-scorer.js';
import type { Features } from '../../src/features/extract.js';
import { Rng } from '../corpus/rng.js';

export interface Example {
  features: Pick<Features, 'index' | 'value' | 'topicEnd'>;
  kind: number;
  urgency: number;
  topics: readonly number[];
  /** How much this example counts (class weights, human corrections). */
  weight: number;
}

export interface TrainOptions {
  dimBits: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  topicWeight: number;
}

export const DEFAULT_OPTIONS: TrainOptions = {
  dimBits: 17,
  epochs: 14,
  learningRate: 0.2,
  l2: 1e-5,
  seed: 7,
  topicWeight: 0.5,
};

const KINDS = URGENCY_OFFSET;
const URGENCIES = TOPIC_OFFSET - URGENCY_OFFSET;

export function train(examples: readonly Example[], opts: TrainOptions): Float32Array {
  const size = (1 << opts.dimBits) * COLUMNS;
  const w = new Float32Array(size);
  const g2 = new Float32Array(size).fill(1e-6);
  const rng = new Rng(opts.seed);
  const order = examples.map((_, i) => i);
  const grad = new Float64Array(COLUMNS);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    rng.shuffle(order);
    for (const i of order) {
      gradient(examples[i], w, grad, opts.topicWeight);
      update(examples[i], w, g2, grad, opts);
    }
  }
  return w;
}

/** d(loss)/d(logit) for every column, already multiplied by the example's weight. */
function gradient(ex: Example, w: Float32Array, grad: Float64Array, topicWeight: number): void {
  const z = trainingLogits(ex.features, w);
  const pk = softmax(z, 0, KINDS);
  const pu = softmax(z, URGENCY_OFFSET, URGENCIES);
  for (let c = 0; c < KINDS; c++) grad[c] = (pk[c] - (c === ex.kind ? 1 : 0)) * ex.weight;
  for (let c = 0; c < URGENCIES; c++)
    grad[URGENCY_OFFSET + c] = (pu[c] - (c === ex.urgency ? 1 : 0)) * ex.weight * 0.7;
  for (let c = TOPIC_OFFSET; c < COLUMNS; c++) {
    const p = 1 / (1 + Math.exp(-z[c]));
    grad[c] = (p - (ex.topics.includes(c - TOPIC_OFFSET) ? 1 : 0)) * ex.weight * topicWeight;
  }
}

// Mirrors the runtime: topic columns see only unigrams and cues (before topicEnd).
function trainingLogits(f: Example['features'], w: Float32Array): Float64Array {
  const z = new Float64Array(COLUMNS);
  for (let i = 0; i < f.index.length; i++) {
    const base = f.index[i] * COLUMNS;
    const v = f.value[i];
    const last = i < f.topicEnd ? COLUMNS : TOPIC_OFFSET;
    for (let c = 0; c < last; c++) z[c] += v * w[base + c];
  }
  return z;
}

function update(
  ex: Example,
  w: Float32Array,
  g2: Float32Array,
  grad: Float64Array,
  opts: TrainOptions,
): void {
  const { index, value, topicEnd } = ex.features;
  for (let i = 0; i < index.length; i++) {
    const base = index[i] * COLUMNS;
    const v = value[i];
    const last = i < topicEnd ? COLUMNS : TOPIC_OFFSET;
    for (let c = 0; c < last; c++) {
      const k = base + c;
      const g = v * grad[c] + opts.l2 * w[k];
      g2[k] += g * g;
      w[k] -= (opts.learningRate * g) / Math.sqrt(g2[k]);
    }
  }
}
