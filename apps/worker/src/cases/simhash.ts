// SimHash (Charikar 2002) over word shingles: near-identical texts get fingerprints a few bits
// apart, so "the same complaint posted on X and e-mailed an hour later" is recognised whatever the
// punctuation, casing or a changed word. 64 bits, kept as two 32-bit halves (no BigInt on the hot path).

const SHINGLE = 3;

/** Lower case, letters and digits only, one space between words. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** FNV-1a, 32 bits, with a seed so two independent halves make 64 bits. */
function fnv1a(text: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  // Final avalanche (murmur3 fmix32): FNV alone leaves the high bits of short inputs correlated.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b) >>> 0;
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35) >>> 0;
  return (hash ^ (hash >>> 16)) >>> 0;
}

/** The 64-bit SimHash of a text as a signed 64-bit decimal string (PostgreSQL bigint). */
export function simhash(text: string): string {
  const tokens = words(text);
  const size = tokens.length < SHINGLE ? 1 : SHINGLE;
  const weights = new Int32Array(64);
  for (let i = 0; i + size <= tokens.length; i++) {
    const shingle = tokens.slice(i, i + size).join(' ');
    const halves = [fnv1a(shingle, 0), fnv1a(shingle, 0x9e3779b9)];
    for (let bit = 0; bit < 64; bit++) {
      weights[bit] += (halves[bit >> 5] >>> (bit & 31)) & 1 ? 1 : -1;
    }
  }
  let value = 0n;
  for (let bit = 63; bit >= 0; bit--) value = (value << 1n) | (weights[bit] > 0 ? 1n : 0n);
  return BigInt.asIntN(64, value).toString();
}

/** Bits that differ between two fingerprints (as returned by simhash). */
export function hammingDistance(a: string, b: string): number {
  let x = BigInt.asUintN(64, BigInt(a) ^ BigInt(b));
  let count = 0;
  while (x) {
    x &= x - 1n;
    count += 1;
  }
  return count;
}
