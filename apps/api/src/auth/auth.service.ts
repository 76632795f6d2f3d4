import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuthMethod, AuthUser, LoginResponse, SessionTokens } from '@auscult/contracts';
import { AuditEventEntity, UserEntity, verifyPassword } from '@auscult/persistence';
import type { DataSource } from 'typeorm';
import { DomainError } from '../errors/domain-error.js';
import { LoginLockoutService } from './login-lockout.service.js';
import { SessionService } from './session.service.js';
import { TokenService } from './token.service.js';

// Compared against when the email is unknown, so a wrong email costs as long as a wrong password.
const DUMMY_HASH = '$2b$10$QpMpHq5626CS62Mo8I5wOOEmHsygeIubJYMPC.GttL5ahDDVdXMDe';

export const toAuthUser = (u: UserEntity): AuthUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  units: u.units,
});

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly tokens: TokenService,
    private readonly sessions: SessionService,
    private readonly lockout: LoginLockoutService,
  ) {}

  async login(email: string, password: string, remoteAddress: string | null): Promise<LoginResponse> {
    const address = remoteAddress ?? 'unknown';
    const label = `user:${email.toLowerCase()}`;
    const locked = await this.lockout.lockedForSeconds(email, address);
    if (locked > 0) {
      await this.audit({ actorLabel: label, action: 'auth.login_locked', remoteAddress });
      throw new DomainError('rate_limited', `Too many failed logins; try again in ${locked} s.`, {
        retryAfterSeconds: locked,
      });
    }
    const user = await this.ds.getRepository(UserEntity).findOneBy({ email: email.toLowerCase() });
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok || !user.isActive) {
      const lockedNow = await this.lockout.recordFailure(email, address);
      await this.audit({
        actorLabel: label,
        action: 'auth.login_failed',
        remoteAddress,
        note: lockedNow > 0 ? `locked for ${lockedNow} s` : null,
      });
      throw new DomainError('unauthenticated', 'The email or the password is wrong.');
    }
    await this.lockout.recordSuccess(email);
    return this.startSession(user, 'password', remoteAddress);
  }

  /** Opens a session for a user already authenticated (password or the hospital's identity provider). */
  async startSession(
    user: UserEntity,
    method: AuthMethod,
    remoteAddress: string | null,
  ): Promise<LoginResponse> {
    const { session, refreshToken } = await this.sessions.start(user.id, method, remoteAddress);
    await this.audit({
      actorId: user.id,
      actorLabel: `user:${user.email}`,
      action: 'auth.login',
      remoteAddress,
      note: method === 'oidc' ? 'single sign-on' : null,
    });
    const authUser = toAuthUser(user);
    return { ...(await this.tokensFor(authUser, session.id, refreshToken)), user: authUser };
  }

  /** New access and refresh tokens for the session of a refresh token; the user is read again (role, units, active). */
  async refresh(refreshToken: string, remoteAddress: string | null): Promise<LoginResponse> {
    const rotation = await this.sessions.rotate(refreshToken);
    if (!rotation.ok) {
      if (rotation.reason === 'refresh_reuse' && rotation.endedNow && rotation.session) {
        await this.audit({
          actorId: rotation.session.userId,
          actorLabel: `session:${rotation.session.id}`,
          action: 'auth.refresh_reuse',
          remoteAddress,
          note: 'a refresh token was used twice; the session was ended',
        });
      }
      throw new DomainError('unauthenticated', sessionEndedMessage(rotation.reason));
    }
    const user = await this.ds.getRepository(UserEntity).findOneBy({ id: rotation.session.userId });
    if (!user?.isActive) {
      await this.sessions.end(rotation.session.id, rotation.session.userId, 'deactivated');
      throw new DomainError('unauthenticated', sessionEndedMessage('deactivated'));
    }
    const authUser = toAuthUser(user);
    return {
      ...(await this.tokensFor(authUser, rotation.session.id, rotation.refreshToken)),
      user: authUser,
    };
  }

  async logout(user: AuthUser, sessionId: string, remoteAddress: string | null): Promise<void> {
    await this.sessions.end(sessionId, user.id, 'logout');
    await this.audit({
      actorId: user.id,
      actorLabel: `user:${user.email}`,
      action: 'auth.logout',
      remoteAddress,
    });
  }

  private async tokensFor(user: AuthUser, sessionId: string, refreshToken: string): Promise<SessionTokens> {
    const { accessToken, expiresAt } = await this.tokens.issue(user, sessionId);
    return {
      accessToken,
      accessTokenExpiresAt: expiresAt.toISOString(),
      accessTokenTtlSeconds: Math.max(0, Math.round((expiresAt.getTime() - Date.now()) / 1000)),
      refreshToken,
      sessionIdleSeconds: this.sessions.idleSeconds,
    };
  }

  private async audit(
    event: Partial<AuditEventEntity> & { actorLabel: string; action: string },
  ): Promise<void> {
    await this.ds.getRepository(AuditEventEntity).insert(event);
  }
}

export function sessionEndedMessage(reason: string): string {
  switch (reason) {
    case 'idle':
      return 'You were logged off after a period of inactivity; log in again.';
    case 'refresh_reuse':
      return 'This session was ended because its refresh token was used twice; log in again.';
    case 'deactivated':
      return 'This account has been deactivated.';
    case 'expired':
      return 'Your session has reached its maximum length; log in again.';
    case 'role_changed':
      return 'Your role or units changed; log in again.';
    case 'logout':
      return 'You have logged out; log in again.';
    default:
      return 'The refresh token is not valid; log in again.';
  }
}
