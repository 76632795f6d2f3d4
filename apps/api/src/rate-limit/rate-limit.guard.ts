import { createHash } from 'node:crypto';
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { RATE_LIMIT, type RateLimitName } from './rate-limit.decorator.js';
import { RateLimitService } from './rate-limit.service.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Whose bucket a request counts against. Secrets are hashed: a raw key never becomes a Redis key name. */
function trackerOf(name: RateLimitName, req: Request): string {
  if (name === 'ingest') {
    const key = req.headers['x-api-key'];
    if (typeof key === 'string' && key) return `key:${sha256(key)}`;
    const auth = req.headers.authorization;
    if (typeof auth === 'string' && auth) return `bearer:${sha256(auth)}`;
  }
  return `ip:${req.ip ?? 'unknown'}`;
}

/** Applies the limit a route names with @RateLimit; runs before authentication (registered first). */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: RateLimitService,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (ctx.getType() !== 'http') return true;
    const name = this.reflector.getAllAndOverride<RateLimitName | undefined>(RATE_LIMIT, [
      ctx.getHandler(),
      ctx.getClass(),
    ]);
    if (name) await this.limits.consume(name, trackerOf(name, ctx.switchToHttp().getRequest<Request>()));
    return true;
  }
}
