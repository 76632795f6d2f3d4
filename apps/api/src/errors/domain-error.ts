import type { ItemView } from '@auscult/contracts';

/** The one error type of the domain; a filter turns its code into an HTTP or socket answer. */
export const DOMAIN_ERROR_CODES = [
  'validation',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'rate_limited',
  'unavailable',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

export interface FieldProblem {
  field: string;
  reason: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: {
      errors?: FieldProblem[];
      retryAfterSeconds?: number;
      /** On a conflict about an item: its current state, so the client can show who has it now. */
      item?: ItemView;
    } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
