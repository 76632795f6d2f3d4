// Property test: any text round-trips through the envelope, and opens under no other context.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { DataKeyring } from './data-keyring.js';

const ring = new DataKeyring({ a: randomBytes(32), b: randomBytes(32) }, 'b');

describe('DataKeyring under generated texts', () => {
  it('decrypts exactly what it encrypted, and refuses another context (2,000 runs)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 500 }), fc.string({ unit: 'grapheme', maxLength: 200 })),
        fc.uuid(),
        fc.uuid(),
        (text, id, otherId) => {
          const envelope = ring.encrypt(text, id);
          expect(ring.decrypt(envelope, id)).toBe(text);
          if (otherId !== id) expect(() => ring.decrypt(envelope, otherId)).toThrow();
        },
      ),
      { numRuns: 2000, seed: 6006 },
    );
  });
});
