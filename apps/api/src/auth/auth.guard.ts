import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@auscult/contracts';
import { DomainError } from '../errors/domain-error.js';
import {
  ALLOW_INGEST_KEY,
  IS_PUBLIC,
  ROLES,
  type AuthenticatedRequest,
  type Principal,
} from './auth.decorators.js';
import { IngestKeysService } from './ingest-keys.service.js';
import { SessionService } from './session.service.js';
import { TokenService } from './token.service.js';

/** The one gate of every HTTP route: authentication (bearer token or, where allowed, an ingest key), then roles. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly ingestKeys: IngestKeysService,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    // A socket is authenticated once, at its handshake (LiveGateway), and carries its user.
    if (ctx.getType() === 'ws') return true;
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
    req.principal = await this.authenticate(
      req,
      this.reflector.getAllAndOverride<boolean>(ALLOW_INGEST_KEY, targets) ?? false,
    );
    const roles = this.reflector.getAllAndOverride<Role[]>(ROLES, targets);
    // An ingest key only authenticates where @AllowIngestKey let it; @Roles then limits the people.
    if (roles && req.principal.kind === 'user' && !roles.includes(req.principal.user.role)) {
      throw new DomainError('forbidden', 'Your role may not do this.');
    }
    return true;
  }

  private async authenticate(req: AuthenticatedRequest, allowIngestKey: boolean): Promise<Principal> {
    const apiKey = req.headers['x-api-key'];
    if (allowIngestKey && typeof apiKey === 'string') {
      const key = await this.ingestKeys.verify(apiKey);
      if (!key) throw new DomainError('unauthenticated', 'The x-api-key is not a valid ingest key.');
      return { kind: 'ingest_key', keyId: key.id, keyName: key.name };
    }
    const header = req.headers.authorization;
    const token = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : null;
    if (!token) {
      throw new DomainError(
        'unauthenticated',
        allowIngestKey ? 'Send an x-api-key header or a bearer token.' : 'Log in and send your bearer token.',
      );
    }
    const verified = await this.tokens.verify(token);
    if (!verified)
      throw new DomainError(
        'unauthenticated',
        'The bearer token is invalid or has expired; refresh it or log in again.',
      );
    // Every request checks the session in Redis (and counts as activity): logout, deactivation and idle
    // log-off take effect at once, not when the access token expires.
    if (!(await this.sessions.touch(verified.sessionId)))
      throw new DomainError(
        'unauthenticated',
        'Your session has ended (logged out, inactive or revoked); log in again.',
      );
    return { kind: 'user', ...verified };
  }
}
