import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isOneOf, ROLES, type AuthUser } from '@auscult/contracts';

interface AccessTokenClaims {
  sub: string;
  email: string;
  name: string;
  role: string;
  units: string[];
}

/** Issues and checks access tokens; shared by HTTP routes and the socket handshake. */
@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  issue(user: AuthUser): Promise<string> {
    const claims: AccessTokenClaims = {
      sub: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      units: user.units,
    };
    return this.jwt.signAsync(claims);
  }

  /** The user a token speaks for, or null when it is missing, expired, forged or malformed. */
  async verify(token: unknown): Promise<AuthUser | null> {
    if (typeof token !== 'string' || token.length === 0 || token.length > 4096) return null;
    try {
      const c = await this.jwt.verifyAsync<AccessTokenClaims>(token);
      if (!isOneOf(ROLES, c.role) || !Array.isArray(c.units)) return null;
      return {
        id: c.sub,
        email: c.email,
        name: c.name,
        role: c.role,
        units: c.units.filter((u) => typeof u === 'string'),
      };
    } catch {
      return null;
    }
  }
}
