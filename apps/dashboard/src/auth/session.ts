// The signed-in session lives in sessionStorage: it survives a reload but not closing the tab,
// which suits shared ward computers.
import { ROLES, isOneOf, type AuthUser, type LoginResponse } from '@auscult/contracts';

const STORAGE_KEY = 'auscult.session';

/** The login answer plus when it arrived on this screen's clock (token renewal counts from there). */
export type Session = LoginResponse & { receivedAt: number };

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false;
  const { accessToken, refreshToken, accessTokenTtlSeconds, receivedAt, sessionIdleSeconds, user } =
    value as Partial<Record<keyof Session, unknown>> & { user?: Partial<AuthUser> };
  return (
    typeof accessToken === 'string' &&
    typeof refreshToken === 'string' &&
    typeof accessTokenTtlSeconds === 'number' &&
    typeof receivedAt === 'number' &&
    typeof sessionIdleSeconds === 'number' &&
    typeof user === 'object' &&
    user !== null &&
    typeof user.email === 'string' &&
    isOneOf(ROLES, user.role) &&
    Array.isArray(user.units)
  );
}

export function loadSession(): Session | null {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null');
    return isSession(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}
