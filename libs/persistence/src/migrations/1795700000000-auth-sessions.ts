import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions with rotating refresh tokens (only their SHA-256 is stored), and users who sign in through
 * the hospital's OpenID Connect provider (identified by issuer + subject, no local password).
 */
export class AuthSessions1795700000000 implements MigrationInterface {
  name = 'AuthSessions1795700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users ALTER COLUMN password_hash DROP NOT NULL`);
    await q.query(`ALTER TABLE users ADD COLUMN oidc_issuer text, ADD COLUMN oidc_subject text`);
    await q.query(`CREATE UNIQUE INDEX users_oidc_identity_idx ON users (oidc_issuer, oidc_subject)`);
    await q.query(`
      CREATE TABLE auth_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id),
        auth_method text NOT NULL CHECK (auth_method IN ('password','oidc')),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_reason text CHECK (revoked_reason IN ('logout','idle','expired','refresh_reuse','deactivated','role_changed')),
        remote_address text
      )`);
    await q.query(
      `CREATE INDEX auth_sessions_open_user_idx ON auth_sessions (user_id) WHERE revoked_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE refresh_tokens (
        token_hash text PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES auth_sessions(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX refresh_tokens_session_idx ON refresh_tokens (session_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE refresh_tokens`);
    await q.query(`DROP TABLE auth_sessions`);
    await q.query(`DROP INDEX users_oidc_identity_idx`);
    await q.query(`ALTER TABLE users DROP COLUMN oidc_issuer, DROP COLUMN oidc_subject`);
  }
}
