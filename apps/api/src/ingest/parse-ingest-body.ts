import { INGEST_LIMITS, type IngestItem } from '@auscult/contracts';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { FieldProblem } from '../errors/domain-error.js';
import { invalid, toFieldProblems } from '../errors/validation.js';
import { IngestItemDto } from './dto/ingest-item.dto.js';

/**
 * The ingest body is one item or an array of items. A batch is all or nothing: if any item is
 * invalid, none is accepted and every problem is named with its index, so no batch is half-accepted.
 */
export function parseIngestBody(body: unknown): IngestItem[] {
  const isBatch = Array.isArray(body);
  const raw: unknown[] = isBatch ? body : [body];
  if (!isBatch && (typeof body !== 'object' || body === null)) {
    throw invalid([{ field: 'body', reason: 'must be an item object or an array of items' }]);
  }
  if (raw.length === 0)
    throw invalid([{ field: 'body', reason: 'the array is empty; send at least one item' }]);
  if (raw.length > INGEST_LIMITS.maxItemsPerRequest) {
    throw invalid([
      {
        field: 'body',
        reason: `at most ${INGEST_LIMITS.maxItemsPerRequest} items per request (got ${raw.length})`,
      },
    ]);
  }
  const problems: FieldProblem[] = [];
  const items = raw.map((value, index) => {
    const prefix = isBatch ? `[${index}]` : '';
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({ field: prefix || 'body', reason: 'must be an object' });
      return null;
    }
    const dto = plainToInstance(IngestItemDto, value);
    const errors = validateSync(dto, { whitelist: true, forbidNonWhitelisted: true, stopAtFirstError: true });
    problems.push(...toFieldProblems(errors, prefix));
    if (errors.length === 0) problems.push(...nulProblems(value, prefix));
    return dto;
  });
  if (problems.length > 0) throw invalid(problems.slice(0, 100));
  return items.filter((i): i is IngestItemDto => i !== null).map((dto) => ({ ...dto }));
}

/**
 * PostgreSQL cannot store U+0000 in text or jsonb: an item carrying it would be accepted and then fail
 * every retry. A lone UTF-16 surrogate (JSON `"\ud800"`) is no text either: it cannot be encoded
 * (the job id of such an externalId threw, a 503). Refuse both here, naming the field (keys of `raw` included).
 */
const LONE_SURROGATE = /\p{Surrogate}/u;
function nulProblems(value: unknown, field: string): FieldProblem[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000'))
      return [{ field: field || 'body', reason: 'must not contain the NUL character (\\u0000)' }];
    return LONE_SURROGATE.test(value)
      ? [{ field: field || 'body', reason: 'must be valid Unicode text (it contains a lone surrogate)' }]
      : [];
  }
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const childField = Array.isArray(value) ? `${field}[${key}]` : field ? `${field}.${key}` : key;
    if (key.includes('\u0000'))
      return [{ field: childField, reason: 'the key must not contain the NUL character (\\u0000)' }];
    return LONE_SURROGATE.test(key)
      ? [{ field: childField, reason: 'the key must be valid Unicode text (it contains a lone surrogate)' }]
      : nulProblems(child, childField);
  });
}
