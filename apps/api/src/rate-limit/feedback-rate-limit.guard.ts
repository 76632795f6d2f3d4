import {
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { DomainError } from '../errors/domain-error.js';
import { FEEDBACK_RATE_LIMITER } from './rate-limit.tokens.js';

/** One point per comment card per client IP (behind a proxy, `trust proxy` decides what req.ip is). */
@Injectable()
export class FeedbackRateLimitGuard implements CanActivate {
  constructor(@Inject(FEEDBACK_RATE_LIMITER) private readonly limiter: RateLimiterRedis) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const req = http.getRequest<Request>();
    try {
      await this.limiter.consume(req.ip ?? 'unknown');
      return true;
    } catch (outcome) {
      if (!(outcome instanceof RateLimiterRes))
        throw new DomainError('unavailable', 'The rate limiter cannot reach Redis.', {
          retryAfterSeconds: 30,
        });
      http.getResponse<Response>().setHeader('Retry-After', String(Math.ceil(outcome.msBeforeNext / 1000)));
      throw new HttpException(
        'Too many comment cards from this address; try again later.',
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
  }
}
