import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isOneOf, ROLES, type AuthUser } from '@auscult/contracts';

interface AccessTokenClaims {
  sub: string;
  sid: string;
  email: string;
  name: string;
  role: string;
  units: string[];
  exp?: number;
}

/** What a valid access token speaks for: the user, the session it belongs to, and when it expires. */
export interface VerifiedToken {
  user: AuthUser;
  sessionId: string;
  expiresAt: Date;
}

/** Issues and checks access tokens; shared by HTTP routes and the socket handshake. */
@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  async issue(user: AuthUser, sessionId: string): Promise<{ accessToken: string; expiresAt: Date }> {
    const claims: AccessTokenClaims = {
      sub: user.id,
      sid: sessionId,
      email: user.email,
      name: user.name,
      role: user.role,
      units: user.units,
    };
    const accessToken = await this.jwt.signAsync(claims);
    const { exp } = this.jwt.decode<{ exp: number }>(accessToken);
    return { accessToken, expiresAt: new Date(exp * 1000) };
  }

  /** The token's user and session, or null when it is missing, expired, forged or malformed. */
  async verify(token: unknown): Promise<VerifiedToken | null> {
    if (typeof token !== 'string' || token.length === 0 || token.length > 4096) return null;
    try {
      const c = await this.jwt.verifyAsync<AccessTokenClaims>(token);
      if (!isOneOf(ROLES, c.role) || !Array.isArray(c.units) || typeof c.sid !== 'string') return null;
      if (typeof c.exp !== 'number') return null;
      return {
        user: {
          id: c.sub,
          email: c.email,
          name: c.name,
          role: c.role,
          units: c.units.filter((u) => typeof u === 'string'),
        },
        sessionId: c.sid,
        expiresAt: new Date(c.exp * 1000),
      };
    } catch {
      return null;
    }
  }
}
