// Failures on the comment-card pages answer in HTML a patient can read, never JSON.
import {
  ArgumentsHost,
  Catch,
  HttpException,
  HttpStatus,
  Logger,
  type ExceptionFilter,
} from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '../errors/domain-error.js';
import { problemPage } from './feedback-page.js';

const BACK = 'Your message is not lost: use your browser’s Back button to get it back.';

@Catch()
export class FeedbackPageFilter implements ExceptionFilter {
  private readonly logger = new Logger(FeedbackPageFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const [status, title, message] = this.describe(exception);
    if (exception instanceof DomainError && exception.details.retryAfterSeconds)
      res.setHeader('Retry-After', String(exception.details.retryAfterSeconds));
    res.status(status).type('html').setHeader('Cache-Control', 'no-store').send(problemPage(title, message));
  }

  private describe(exception: unknown): [number, string, string] {
    if (exception instanceof HttpException && exception.getStatus() === HttpStatus.TOO_MANY_REQUESTS)
      return [
        429,
        'Please wait a little',
        `You have sent several messages in a short time. Please try again in a few minutes. ${BACK}`,
      ];
    if (exception instanceof DomainError && exception.code === 'not_found')
      return [
        404,
        'We could not find this ward',
        'This link or QR code does not match a ward or department. Please ask a member of staff for the right one.',
      ];
    if (exception instanceof DomainError && exception.code === 'unavailable')
      return [503, 'Please try again in a minute', `We could not save your message just now. ${BACK}`];
    if (exception instanceof HttpException && exception.getStatus() === HttpStatus.PAYLOAD_TOO_LARGE)
      return [413, 'Your message is too long', `Please shorten it to 2,000 characters or fewer. ${BACK}`];
    this.logger.error({ err: exception }, 'comment card failed');
    return [500, 'Something went wrong', `Your message could not be sent. ${BACK}`];
  }
}
