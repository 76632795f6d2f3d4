import { describe, expect, it } from '@jest/globals';
import { Batcher } from './ingest-batcher.js';

/** A runner that doubles numbers and refuses any batch holding a negative one, recording what it was given. */
function doubling() {
  const batches: number[][] = [];
  return {
    batches,
    runner: {
      runBatch: async (items: number[]) => {
        batches.push(items);
        await new Promise((r) => setImmediate(r));
        if (items.some((n) => n < 0)) throw new Error(`refused ${items.join(',')}`);
        return items.map((n) => n * 2);
      },
    },
  };
}

describe('Batcher', () => {
  it('runs a lone item at once, without waiting for company', async () => {
    const { runner, batches } = doubling();
    await expect(new Batcher(runner, 100).submit(21)).resolves.toBe(42);
    expect(batches).toEqual([[21]]);
  });

  it('gathers items submitted while a batch runs into the next batches, at most maxBatch each', async () => {
    const { runner, batches } = doubling();
    const batcher = new Batcher(runner, 4, 1);
    const results = await Promise.all(Array.from({ length: 9 }, (_, i) => batcher.submit(i)));
    expect(results).toEqual([0, 2, 4, 6, 8, 10, 12, 14, 16]);
    expect(batches).toEqual([[0], [1, 2, 3, 4], [5, 6, 7, 8]]);
  });

  it('retries a failed batch item by item, so only the poison item fails', async () => {
    const { runner } = doubling();
    const batcher = new Batcher(runner, 10, 1);
    const first = batcher.submit(0);
    const rest = [1, -1, 3].map((n) => batcher.submit(n).then(String, (e: Error) => e.message));
    await first;
    expect(await Promise.all(rest)).toEqual(['2', 'refused -1', '6']);
  });
});
