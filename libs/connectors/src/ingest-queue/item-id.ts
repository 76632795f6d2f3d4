import { createHash } from 'node:crypto';

/**
 * The item id derived from (source, externalId): the API answers with it before the worker has stored
 * anything, and whatever path an item takes (API, webhook, poller, import), every delivery maps to one
 * row. An RFC 9562 version-8 UUID from the first 128 bits of a SHA-256.
 */
export function itemIdFor(source: string, externalId: string): string {
  const h = createHash('sha256').update(source).update('\u0000').update(externalId).digest();
  h[6] = (h[6] & 0x0f) | 0x80;
  h[8] = (h[8] & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
