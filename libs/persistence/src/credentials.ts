import { createHash } from 'node:crypto';
import bcrypt from 'bcryptjs';

// Cost 10 keeps a login under ~100 ms on this class of machine while staying well above brute-force reach.
const BCRYPT_COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

/** Ingest keys are long random secrets, so a fast hash is enough; only the hash is stored. */
export function hashIngestKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}
