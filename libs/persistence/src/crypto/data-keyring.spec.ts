import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { DataKeyError, DataKeyring } from './data-keyring.js';

const k1 = randomBytes(32);
const k2 = randomBytes(32);

describe('DataKeyring', () => {
  it('round-trips a text under the active key and names that key in the envelope', () => {
    const ring = new DataKeyring({ k1 }, 'k1');
    const envelope = ring.encrypt('call me on 07700 900123', 'item:a');
    expect([
      DataKeyring.keyIdOf(envelope),
      envelope.includes('07700'),
      ring.decrypt(envelope, 'item:a'),
    ]).toEqual(['k1', false, 'call me on 07700 900123']);
  });

  it('uses a fresh IV every time: the same text never gives the same ciphertext', () => {
    const ring = new DataKeyring({ k1 }, 'k1');
    expect(ring.encrypt('same', 'c')).not.toBe(ring.encrypt('same', 'c'));
  });

  it('refuses a ciphertext moved to another row (additional data) or tampered with', () => {
    const ring = new DataKeyring({ k1 }, 'k1');
    const envelope = ring.encrypt('secret', 'item:a');
    const parts = envelope.split('.');
    parts[4] = Buffer.from('tampered').toString('base64url');
    expect(() => ring.decrypt(envelope, 'item:b')).toThrow();
    expect(() => ring.decrypt(parts.join('.'), 'item:a')).toThrow();
  });

  it('reads rows of an older key after rotation, and says which key is missing', () => {
    const old = new DataKeyring({ k1 }, 'k1').encrypt('old row', 'c');
    expect(new DataKeyring({ k1, k2 }, 'k2').decrypt(old, 'c')).toBe('old row');
    expect(() => new DataKeyring({ k2 }, 'k2').decrypt(old, 'c')).toThrow(/"k1" is not configured/);
  });

  it('refuses keys that are not 32 bytes and an active id without a key', () => {
    expect(() => new DataKeyring({ k1: randomBytes(16) }, 'k1')).toThrow(DataKeyError);
    expect(() => new DataKeyring({ k1 }, 'k9')).toThrow(/active data key "k9"/);
  });
});
