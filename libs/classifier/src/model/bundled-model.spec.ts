import { describe, expect, it } from '@jest/globals';
import { evaluateModel, TARGETS } from '../../scripts/evaluation.js';

// The shipped model must meet the targets on the held-out split it never trained on.
describe('bundled model on the held-out split', () => {
  const { metrics } = evaluateModel(undefined);

  it(`has macro-F1 ≥ ${TARGETS.macroF1}`, () => {
    expect(metrics.macroF1).toBeGreaterThanOrEqual(TARGETS.macroF1);
  });

  it(`has care-need recall ≥ ${TARGETS.careRecall}`, () => {
    expect(metrics.careRecall).toBeGreaterThanOrEqual(TARGETS.careRecall);
  });

  it('finds every critical item', () => {
    expect(metrics.criticalRecall).toBe(TARGETS.criticalRecall);
  });
});
