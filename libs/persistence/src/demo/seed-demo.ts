import type { DataSource } from 'typeorm';
import { hashIngestKey, hashPassword } from '../credentials.js';
import { DEMO_FACILITY, DEMO_INGEST_KEY, DEMO_PASSWORD, DEMO_UNITS, DEMO_USERS } from './demo-data.js';

/** Idempotent: re-running it leaves one row per unit, user and key, and resets demo passwords. */
export async function seedDemo(ds: DataSource): Promise<void> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await ds.transaction(async (tx) => {
    for (const unit of DEMO_UNITS) {
      await tx.query(
        `INSERT INTO units (code, facility, name, aliases) VALUES ($1, $2, $3, $4)
         ON CONFLICT (code) DO UPDATE SET facility = EXCLUDED.facility, name = EXCLUDED.name, aliases = EXCLUDED.aliases`,
        [unit.code, DEMO_FACILITY, unit.name, [...unit.aliases]],
      );
    }
    for (const user of DEMO_USERS) {
      await tx.query(
        `INSERT INTO users (email, name, password_hash, role, units) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name, password_hash = EXCLUDED.password_hash,
           role = EXCLUDED.role, units = EXCLUDED.units, is_active = true`,
        [user.email, user.name, passwordHash, user.role, user.units],
      );
    }
    await tx.query(
      `INSERT INTO ingest_keys (name, key_hash) VALUES ('demo', $1) ON CONFLICT (key_hash) DO UPDATE SET revoked_at = NULL`,
      [hashIngestKey(DEMO_INGEST_KEY)],
    );
  });
}
