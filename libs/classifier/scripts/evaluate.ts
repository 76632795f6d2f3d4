// Evaluates on the held-out split and on the challenge set: `npm run eval:classifier [-- --model <file>] [-- --compare <old model file>]`.
// Prints per-kind precision/recall/F1, macro-F1, care-need and critical recall and the confusion matrix;
// the last line is one-line JSON. Exits non-zero when the bundled targets are not met.
import { ITEM_KINDS } from '@auscult/contracts';
import { loadClassifier } from '../src/index.js';
import { CHALLENGE_FILE, TEST_FILE, readCorpus, type CorpusItem } from './corpus-io.js';
import { TARGETS, evaluateModel, meetsTargets, type Evaluation } from './evaluation.js';

function main(): void {
  const modelPath = argValue('--model');
  const comparePath = argValue('--compare');
  const test = readCorpus(TEST_FILE);
  const current = evaluateModel(modelPath, test);
  const old = comparePath ? evaluateModel(comparePath, test) : undefined;
  print('held-out split', current, old);
  const challenge = readCorpus(CHALLENGE_FILE);
  const hard = evaluateModel(modelPath, challenge);
  const hardOld = comparePath ? evaluateModel(comparePath, challenge) : undefined;
  console.log('');
  print('challenge set (hand-written new phrasings, never trained on)', hard, hardOld);
  if (process.argv.includes('--show-errors')) {
    console.log('\nheld-out errors');
    showErrors(test, modelPath);
    console.log('\nchallenge errors');
    showErrors(challenge, modelPath);
  }
  const meets = meetsTargets(current.metrics);
  console.log(
    JSON.stringify({
      model: current.version,
      items: test.length,
      macroF1: r(current.metrics.macroF1),
      careRecall: r(current.metrics.careRecall),
      criticalRecall: r(current.metrics.criticalRecall),
      topicMicroF1: r(current.metrics.topicMicroF1),
      meetsTargets: meets,
      challenge: {
        items: challenge.length,
        macroF1: r(hard.metrics.macroF1),
        careRecall: r(hard.metrics.careRecall),
        criticalRecall: r(hard.metrics.criticalRecall),
        topicMicroF1: r(hard.metrics.topicMicroF1),
      },
      ...(old
        ? {
            compare: {
              model: old.version,
              macroF1: r(old.metrics.macroF1),
              careRecall: r(old.metrics.careRecall),
              criticalRecall: r(old.metrics.criticalRecall),
            },
          }
        : {}),
    }),
  );
  if (!meets) process.exitCode = 1;
}

function print(title: string, current: Evaluation, old: Evaluation | undefined): void {
  const m = current.metrics;
  console.log(
    `${title}: ${m.items} items, model ${current.version}${old ? ` (compared with ${old.version})` : ''}\n`,
  );
  console.log(
    pad('kind', 20) +
      pad('precision', 11) +
      pad('recall', 9) +
      pad('F1', 8) +
      pad('support', 8) +
      (old ? '  | old P / R / F1' : ''),
  );
  for (const k of ITEM_KINDS) {
    const s = m.perKind[k];
    const o = old?.metrics.perKind[k];
    console.log(
      pad(k, 20) +
        pad(f(s.precision), 11) +
        pad(f(s.recall), 9) +
        pad(f(s.f1), 8) +
        pad(String(s.support), 8) +
        (o ? `  | ${f(o.precision)} / ${f(o.recall)} / ${f(o.f1)}` : ''),
    );
  }
  const line = (name: string, value: number, target: string, was?: number): void =>
    console.log(
      pad(name, 20) + pad(f(value), 11) + pad(target, 12) + (was !== undefined ? `| old ${f(was)}` : ''),
    );
  console.log('');
  line('macro-F1', m.macroF1, `≥ ${TARGETS.macroF1}`, old?.metrics.macroF1);
  line('care-need recall', m.careRecall, `≥ ${TARGETS.careRecall}`, old?.metrics.careRecall);
  line('critical recall', m.criticalRecall, `= ${TARGETS.criticalRecall}`, old?.metrics.criticalRecall);
  line('topic micro-F1', m.topicMicroF1, '', old?.metrics.topicMicroF1);
  console.log('\nconfusion (rows gold, columns predicted)');
  console.log(pad('', 20) + ITEM_KINDS.map((k) => pad(k, 19)).join(''));
  for (const g of ITEM_KINDS)
    console.log(pad(g, 20) + ITEM_KINDS.map((p) => pad(String(m.confusion[g][p]), 19)).join(''));
}

function showErrors(test: readonly CorpusItem[], modelPath: string | undefined): void {
  const classifier = loadClassifier(modelPath);
  for (const item of test) {
    const p = classifier.classify({ text: item.text, channel: item.channel });
    const criticalMiss = item.urgency === 'critical' && p.urgency !== 'critical';
    if (p.kind !== item.kind || criticalMiss)
      console.log(
        `  [${item.kind}/${item.urgency} → ${p.kind}/${p.urgency}] ${item.text.replace(/\n/g, ' ').slice(0, 160)}`,
      );
  }
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const f = (x: number): string => x.toFixed(3);
const r = (x: number): number => Math.round(x * 1000) / 1000;
const pad = (s: string, n: number): string => s.padEnd(n);

main();
