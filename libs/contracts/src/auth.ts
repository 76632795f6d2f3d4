// Sessions: a login starts one; short access tokens are renewed with a rotating refresh token.
import type { Role } from './domain.js';

export const AUTH_METHODS = ['password', 'oidc'] as const;
export type AuthMethod = (typeof AUTH_METHODS)[number];

/** Why a session ended; the dashboard and the socket show it, the audit trail records it. */
export const SESSION_END_REASONS = [
  'logout',
  'idle',
  'expired',
  'refresh_reuse',
  'deactivated',
  'role_changed',
] as const;
export type SessionEndReason = (typeof SESSION_END_REASONS)[number];

export interface SessionTokens {
  /** Bearer token for REST and the socket handshake; short-lived. */
  accessToken: string;
  accessTokenExpiresAt: string;
  /** The same as a lifetime, for clients whose clock differs from the server's. */
  accessTokenTtlSeconds: number;
  /** Opaque, single use: each refresh answers a new one; reusing an old one ends the session. */
  refreshToken: string;
  /** The session ends after this long without use; the dashboard logs off after this long without input. */
  sessionIdleSeconds: number;
}

export interface RefreshRequest {
  refreshToken: string;
}

/** A person as the admin screens show them (never the password hash). */
export interface AdminUserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  units: string[];
  isActive: boolean;
  /** `oidc` when the person signs in through the hospital's identity provider only. */
  signIn: 'password' | 'oidc';
  createdAt: string;
}

/** An ingest key as listed: the key itself is shown once, when it is created, and never again. */
export interface IngestKeyView {
  id: string;
  name: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface CreatedIngestKey extends IngestKeyView {
  /** The secret, shown this once; only its SHA-256 is stored. */
  key: string;
}
