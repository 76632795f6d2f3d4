/**
 * Field encryption at rest: AES-256-GCM with a fresh 96-bit IV per value, the key id written into every
 * envelope (so keys can rotate while old rows stay readable) and the row's id as additional data
 * (so a ciphertext copied onto another row fails to open).
 * Envelope: `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url parts).
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export class DataKeyError extends Error {
  override name = 'DataKeyError';
}

export class DataKeyring {
  private readonly keys: Map<string, Buffer>;

  constructor(
    keys: Record<string, Buffer>,
    readonly activeKeyId: string,
  ) {
    this.keys = new Map(Object.entries(keys));
    for (const [id, key] of this.keys) {
      if (key.length !== 32) throw new DataKeyError(`data key "${id}" must be 32 bytes (AES-256)`);
      if (!/^[A-Za-z0-9_-]+$/.test(id))
        throw new DataKeyError(`data key id "${id}": letters, digits, - and _ only`);
    }
    if (!this.keys.has(activeKeyId))
      throw new DataKeyError(`the active data key "${activeKeyId}" is not configured`);
  }

  encrypt(plaintext: string, context: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.get(this.activeKeyId)!, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return ['v1', this.activeKeyId, iv, cipher.getAuthTag(), ciphertext]
      .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
      .join('.');
  }

  decrypt(envelope: string, context: string): string {
    const [version, keyId, iv, tag, ciphertext] = envelope.split('.');
    if (version !== 'v1' || !keyId || iv === undefined || tag === undefined || ciphertext === undefined)
      throw new DataKeyError('not an Auscult v1 envelope');
    const key = this.keys.get(keyId);
    if (!key) throw new DataKeyError(`data key "${keyId}" is not configured (needed to read this row)`);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  }

  static keyIdOf(envelope: string): string | null {
    const [version, keyId] = envelope.split('.');
    return version === 'v1' && keyId ? keyId : null;
  }
}
