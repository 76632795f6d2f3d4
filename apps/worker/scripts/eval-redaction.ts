/** `npm run eval:redaction`: per-type recall and precision of the PHI redactor on the synthetic test set. */
import { PHI_TYPES } from '@auscult/contracts';
import { findIdentifiers } from '../src/ingest/redact.js';
import { generateRedactionCorpus, scoreRedaction } from './redaction-corpus.js';

const size = Number(process.argv[2] ?? 2000);
const ratio = (a: number, b: number) => (b === 0 ? '   -  ' : (a / b).toFixed(3).padStart(6));

function report(name: string, heldOut: boolean) {
  const corpus = generateRedactionCorpus(size, { heldOut });
  const scores = scoreRedaction(corpus, findIdentifiers);
  console.log(`\n${name}: ${corpus.length} synthetic sentences (seeded)`);
  console.log('type        planted  recall  redactions  precision');
  for (const type of [...PHI_TYPES, 'ALL'] as const) {
    const s = scores[type];
    if (!s) continue;
    console.log(
      `${type.padEnd(10)} ${String(s.planted).padStart(8)}  ${ratio(s.caught, s.planted)}  ${String(s.redacted).padStart(10)}  ${ratio(s.correct, s.redacted)}`,
    );
  }
  return {
    recall: scores.ALL.caught / scores.ALL.planted,
    precision: scores.ALL.correct / scores.ALL.redacted,
  };
}

const tuning = report('Tuning set (templates the redactor was developed against)', false);
const heldOut = report('Held-out set (templates written afterwards, never tuned against)', true);
console.log(JSON.stringify({ sentencesPerSet: size, tuning, heldOut }));
