import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError, type FieldProblem } from './domain-error.js';

/** Flattens class-validator's nested errors into `field: reason` pairs, e.g. `[3].text: text must be a string`. */
export function toFieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = parent
      ? /^\d+$/.test(e.property)
        ? `${parent}[${e.property}]`
        : `${parent}.${e.property}`
      : e.property;
    const own = Object.values(e.constraints ?? {}).map((reason) => ({ field, reason }));
    return [...own, ...toFieldProblems(e.children ?? [], field)];
  });
}

export function invalid(errors: FieldProblem[]): DomainError {
  const first = errors[0];
  const summary = first ? `${first.field}: ${first.reason}` : 'invalid request';
  return new DomainError(
    'validation',
    `Invalid request: ${summary}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}.`,
    { errors },
  );
}

/** The global pipe: unknown fields are refused, types are converted, failures name the field and the reason. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: true,
    exceptionFactory: (errors) => invalid(toFieldProblems(errors)),
  });
}
