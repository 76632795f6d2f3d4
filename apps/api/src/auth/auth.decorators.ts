import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { AuthUser, Role } from '@auscult/contracts';
import type { Request } from 'express';

export const IS_PUBLIC = 'auscult:isPublic';
export const ALLOW_INGEST_KEY = 'auscult:allowIngestKey';
export const ROLES = 'auscult:roles';

/** No authentication (login, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
/** An ingest API key (`x-api-key`) is accepted here as well as a user's bearer token. */
export const AllowIngestKey = () => SetMetadata(ALLOW_INGEST_KEY, true);
/** Only these roles; without it, any authenticated user. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

export type Principal =
  | { kind: 'user'; user: AuthUser; sessionId: string; expiresAt: Date }
  | { kind: 'ingest_key'; keyId: string; keyName: string };

export interface AuthenticatedRequest extends Request {
  principal?: Principal;
}

/** The authenticated principal; only on routes that are not @Public (the guard has set it). */
export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a route without authentication');
  return principal;
});

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser | undefined => {
  const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  return principal?.kind === 'user' ? principal.user : undefined;
});
