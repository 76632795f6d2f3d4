// FNV-1a over UTF-16 code units, computed on slices in place so feature extraction allocates no strings.

export const SEED_WORD = 0x811c9dc5;
export const SEED_NEG = 0x01000193;
export const SEED_CHAR = 0x5bd1e995;
export const SEED_BIGRAM = 0x27d4eb2f;
export const SEED_CUE = 0x165667b1;

export function hashRange(seed: number, s: string, from: number, to: number): number {
  let h = seed >>> 0;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

export function hashString(seed: number, s: string): number {
  return hashRange(seed, s, 0, s.length);
}

/** Order-sensitive combination of two hashes (for bigrams). */
export function combine(a: number, b: number): number {
  return Math.imul(Math.imul(a ^ SEED_BIGRAM, 0x85ebca6b) ^ b, 0xc2b2ae35) >>> 0;
}
