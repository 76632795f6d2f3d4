// A small seeded generator, so `--seed` replays the same stream and tests can pin the output.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
}

/** mulberry32: tiny, fast and good enough for picking demo sentences (not for anything secret). */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return {
    next() {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    },
  };
}

export function pick<T>(random: Random, values: readonly T[]): T {
  if (values.length === 0) throw new Error('pick from an empty list');
  return values[Math.floor(random.next() * values.length)];
}

export function chance(random: Random, probability: number): boolean {
  return random.next() < probability;
}

/** An integer in [min, max]. */
export function between(random: Random, min: number, max: number): number {
  return min + Math.floor(random.next() * (max - min + 1));
}

/** Picks by relative weight, e.g. care needs more often than spam. */
export function pickWeighted<T extends { weight: number }>(random: Random, values: readonly T[]): T {
  const total = values.reduce((sum, value) => sum + value.weight, 0);
  let target = random.next() * total;
  for (const value of values) {
    target -= value.weight;
    if (target < 0) return value;
  }
  return values[values.length - 1];
}
