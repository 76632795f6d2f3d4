// Signature checks shared by the push sources. Every comparison is constant-time over equal-length
// digests, so neither the content nor the length of a guessed signature leaks through timing.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export function hmac(algorithm: 'sha1' | 'sha256', key: string, data: Buffer | string): Buffer {
  return createHmac(algorithm, key).update(data).digest();
}

/** True when the two strings are equal, in time independent of where they differ. */
export function safeEqual(a: string | Buffer, b: string | Buffer): boolean {
  const digest = (value: string | Buffer) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(a), digest(b));
}

/** A keyed hash of an address or phone number: the same sender gives the same reference, never the address. */
export function senderReference(prefix: string, address: string, key: string): string {
  return `${prefix}:${hmac('sha256', key, address.trim().toLowerCase()).toString('hex').slice(0, 24)}`;
}
