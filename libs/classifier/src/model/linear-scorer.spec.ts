import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { ITEM_KINDS, URGENCIES } from '@auscult/contracts';
import { TEST_FILE, readCorpus } from '../../scripts/corpus-io.js';
import { extractFeatures, tokenizeMarked } from '../features/extract.js';
import { defaultModelPath } from '../model-location.js';
import { createLinearScorer, logits, softmax } from './linear-scorer.js';
import { decodeModel, type ModelFile } from './model-file.js';

// The runtime scorer takes shortcuts (per-word character n-gram sums); it must agree with scoring
// every feature row by row, which is what training optimised.
describe('runtime linear scorer', () => {
  const model = decodeModel(JSON.parse(readFileSync(defaultModelPath(), 'utf8')) as ModelFile);
  const scorer = createLinearScorer(model);
  const texts = readCorpus(TEST_FILE)
    .map((i) => i.text)
    .slice(0, 200);

  it('gives the same kind and urgency probabilities as the row-by-row reference', () => {
    let worst = 0;
    for (const text of texts) {
      const tokens = tokenizeMarked(text);
      const fast = scorer.score(text, 'social', tokens);
      const z = logits(extractFeatures(text, 'social', model.header.dimBits, tokens), model);
      const kind = softmax(z, 0, ITEM_KINDS.length);
      const urgency = softmax(z, ITEM_KINDS.length, URGENCIES.length);
      for (let c = 0; c < ITEM_KINDS.length; c++) worst = Math.max(worst, Math.abs(fast.kind[c] - kind[c]));
      for (let c = 0; c < URGENCIES.length; c++)
        worst = Math.max(worst, Math.abs(fast.urgency[c] - urgency[c]));
    }
    expect(worst).toBeLessThan(1e-6);
  });
});
