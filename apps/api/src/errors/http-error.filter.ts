import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { ItemView } from '@auscult/contracts';
import type { Request, Response } from 'express';
import { DomainError, type DomainErrorCode, type FieldProblem } from './domain-error.js';

interface ErrorBody {
  statusCode: number;
  error: string;
  message: string;
  errors?: FieldProblem[];
  item?: ItemView;
}

export function statusOf(code: DomainErrorCode): number {
  switch (code) {
    case 'validation':
      return 400;
    case 'unauthenticated':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
      return 409;
    case 'payload_too_large':
      return 413;
    case 'rate_limited':
      return 429;
    case 'unavailable':
      return 503;
  }
}

/** Errors thrown by express' body parser carry a `type` and an HTTP status. */
function bodyParserError(e: unknown): { status: number; type: string } | null {
  if (typeof e !== 'object' || e === null || !('type' in e) || !('status' in e)) return null;
  const { type, status } = e as { type: unknown; status: unknown };
  return typeof type === 'string' && typeof status === 'number' ? { status, type } : null;
}

function toDomainError(e: unknown): DomainError | null {
  if (e instanceof DomainError) return e;
  // Nest wraps the body parser's errors in an HttpException whose cause is the original.
  const parser = bodyParserError(e) ?? (e instanceof HttpException ? bodyParserError(e.cause) : null);
  if (parser?.type === 'entity.parse.failed')
    return new DomainError('validation', 'The body is not valid JSON.', {
      errors: [{ field: 'body', reason: 'malformed JSON' }],
    });
  if (parser?.type === 'entity.too.large')
    return new DomainError('payload_too_large', 'The body is larger than this endpoint accepts.');
  if (parser && parser.status >= 400 && parser.status < 500)
    return new DomainError('validation', `The body could not be read (${parser.type}).`);
  return null;
}

/** Every error becomes one JSON shape; nothing else (no stack, no internals) leaves the API. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request>();
    const domain = toDomainError(exception);
    let body: ErrorBody;
    if (domain) {
      const statusCode = statusOf(domain.code);
      body = {
        statusCode,
        error: domain.code,
        message: domain.message,
        ...(domain.details.errors ? { errors: domain.details.errors } : {}),
        ...(domain.details.item ? { item: domain.details.item } : {}),
      };
      if (domain.details.retryAfterSeconds)
        res.setHeader('Retry-After', String(domain.details.retryAfterSeconds));
    } else if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'string'
          ? response
          : String((response as { message?: unknown }).message ?? exception.message);
      body = { statusCode, error: exception.name, message };
    } else {
      this.logger.error({ err: exception, path: req.path }, 'unhandled error');
      body = {
        statusCode: 500,
        error: 'internal',
        message: 'Something went wrong on our side; it has been logged.',
      };
    }
    res.status(body.statusCode).json(body);
  }
}
