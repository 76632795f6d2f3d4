// Trains the bundled model: `npm run train:classifier [-- --with-corrections] [-- --out <file>]`
// (--out writes the model there instead of replacing the bundled one).
// Deterministic: the same corpus, corrections and options give the same weights and the same version.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { ITEM_KINDS, TOPICS, URGENCIES } from '@auscult/contracts';
import { createClassify } from '../src/classify/pipeline.js';
import { createLinearScorer } from '../src/model/linear-scorer.js';
import { decodeModel, encodeModel, type ModelFile, type ModelHeader } from '../src/model/model-file.js';
import { DEFAULT_MODEL_FILE } from '../src/model-location.js';
import { MODEL_DIR, TRAIN_FILE, readCorpus, type CorpusItem } from './corpus-io.js';
import { readCorrections } from './training/corrections.js';
import { toExample } from './training/examples.js';
import { DEFAULT_OPTIONS, train, type TrainOptions } from './training/sgd.js';
import { computeMetrics } from './metrics.js';

const CORRECTION_WEIGHT = 2;
const THRESHOLDS = [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];
const MIN_DEV_CARE_RECALL = 0.985;

async function main(): Promise<void> {
  const withCorrections = process.argv.includes('--with-corrections');
  const outIndex = process.argv.indexOf('--out');
  const out = outIndex >= 0 ? process.argv[outIndex + 1] : undefined;
  const corpus = readCorpus(TRAIN_FILE);
  const corrections = withCorrections ? await readCorrections() : [];
  const opts = DEFAULT_OPTIONS;
  const careThreshold = tuneCareThreshold(corpus, opts);
  const examples = [
    ...corpus.map((i) => toExample(i, opts.dimBits)),
    ...corrections.map((i) => toExample(i, opts.dimBits, CORRECTION_WEIGHT)),
  ];
  const started = Date.now();
  const weights = train(examples, opts);
  const version = versionOf(weights, corrections.length > 0);
  const header: Omit<ModelHeader, 'scales' | 'format'> = {
    version,
    dimBits: opts.dimBits,
    columns: { kind: [...ITEM_KINDS], urgency: [...URGENCIES], topic: [...TOPICS] },
    careThreshold,
    training: { items: corpus.length, corrections: corrections.length, ...opts },
  };
  const file = encodeModel(header, weights);
  if (out) writeFileSync(out, JSON.stringify(file));
  else writeModel(file);
  console.log(
    `trained ${version} on ${examples.length} items (${corrections.length} corrections) in ${Date.now() - started} ms (care threshold ${careThreshold})${out ? `, written to ${out}` : ''}`,
  );
}

// Pick the lowest-regret care threshold on a dev slice of the training groups (never the test split).
function tuneCareThreshold(corpus: CorpusItem[], opts: TrainOptions): number {
  const isDev = (i: CorpusItem): boolean =>
    parseInt(createHash('sha1').update(i.group).digest('hex').slice(0, 6), 16) % 6 === 0;
  const fit = corpus.filter((i) => !isDev(i));
  const dev = corpus.filter(isDev);
  const weights = train(
    fit.map((i) => toExample(i, opts.dimBits)),
    opts,
  );
  // Through the same quantised runtime path as the shipped model.
  const devModel = decodeModel(
    encodeModel(
      {
        version: 'dev',
        dimBits: opts.dimBits,
        careThreshold: 0.5,
        columns: { kind: [], urgency: [], topic: [] },
        training: {},
      },
      weights,
    ),
  );
  let best = { threshold: 0.5, score: -1 };
  for (const threshold of THRESHOLDS) {
    devModel.header.careThreshold = threshold;
    const classify = createClassify(createLinearScorer(devModel));
    const m = computeMetrics(
      dev,
      dev.map((i) => classify({ text: i.text, channel: i.channel })),
    );
    const score = m.careRecall >= MIN_DEV_CARE_RECALL ? 1 + m.macroF1 : m.careRecall;
    console.log(
      `  dev threshold ${threshold}: macro-F1 ${m.macroF1.toFixed(3)} care recall ${m.careRecall.toFixed(3)}`,
    );
    if (score > best.score) best = { threshold, score };
  }
  return best.threshold;
}

// Named after the weights themselves: same data, code and options give the same version.
function versionOf(weights: Float32Array, withCorrections: boolean): string {
  const h = createHash('sha256').update(new Uint8Array(weights.buffer)).digest('hex').slice(0, 8);
  return `auscult-clf-1.${withCorrections ? 'c' : 'b'}-${h}`;
}

// The previous default is archived so `npm run eval:classifier -- --compare <file>` can show old vs new.
function writeModel(file: ModelFile): void {
  const target = `${MODEL_DIR}${DEFAULT_MODEL_FILE}`;
  if (existsSync(target)) {
    const old = JSON.parse(readFileSync(target, 'utf8')) as ModelFile;
    if (old.version !== file.version) {
      mkdirSync(`${MODEL_DIR}archive`, { recursive: true });
      copyFileSync(target, `${MODEL_DIR}archive/${old.version}.json`);
      console.log(`previous model archived: libs/classifier/model/archive/${old.version}.json`);
      console.log(
        `compare: npm run eval:classifier -- --compare libs/classifier/model/archive/${old.version}.json`,
      );
    }
  }
  writeFileSync(target, JSON.stringify(file));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
