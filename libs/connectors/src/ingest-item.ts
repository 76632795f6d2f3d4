// Field validation shared by every connector, mirroring what POST /api/v1/ingest accepts, so a
// bad record is reported at import time with its position instead of failing a whole batch later.
import { CHANNELS, INGEST_LIMITS, isOneOf, type Channel, type IngestItem } from '@auscult/contracts';

/** Values a connector applies where a record does not carry its own. */
export interface ItemDefaults {
  source?: string;
  channel?: Channel;
  facility?: string;
  unit?: string;
}

export type Validated = { ok: true; item: IngestItem } | { ok: false; field: string; reason: string };

const KNOWN_FIELDS = new Set([
  'source',
  'externalId',
  'text',
  'channel',
  'author',
  'postedAt',
  'facility',
  'unit',
  'url',
  'raw',
]);
// The API's limits (apps/api ingest DTO), so an import fails here, row by row, and not in a batch.
const SOURCE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const MAX_FIELD_LENGTH = { author: 256, facility: 64, unit: 64 } as const;
const MAX_URL_LENGTH = 2048;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Checks a record field by field and returns the first problem found. */
export function toIngestItem(record: Record<string, unknown>, defaults: ItemDefaults = {}): Validated {
  const unknown = Object.keys(record).find((key) => !KNOWN_FIELDS.has(key));
  if (unknown !== undefined) return fail(unknown, 'unknown field');

  const source = record.source ?? defaults.source;
  if (!isNonEmptyString(source)) return fail('source', 'required, a non-empty string');
  if (source.length > INGEST_LIMITS.maxSourceLength)
    return fail('source', `longer than ${INGEST_LIMITS.maxSourceLength} characters`);
  if (!SOURCE_PATTERN.test(source)) return fail('source', 'may hold letters, digits, ".", "_" and "-" only');

  const externalId =
    typeof record.externalId === 'number' && Number.isSafeInteger(record.externalId)
      ? String(record.externalId)
      : record.externalId;
  if (!isNonEmptyString(externalId)) return fail('externalId', 'required, a non-empty string');
  if (externalId.length > INGEST_LIMITS.maxExternalIdLength)
    return fail('externalId', `longer than ${INGEST_LIMITS.maxExternalIdLength} characters`);

  if (typeof record.text !== 'string' || record.text.trim() === '')
    return fail('text', 'required, a non-empty string');
  if (record.text.length > INGEST_LIMITS.maxTextLength)
    return fail('text', `longer than ${INGEST_LIMITS.maxTextLength} characters`);

  const item: IngestItem = { source, externalId, text: record.text };
  return addOptionalFields(item, record, defaults);
}

function addOptionalFields(
  item: IngestItem,
  record: Record<string, unknown>,
  defaults: ItemDefaults,
): Validated {
  const channel = record.channel ?? defaults.channel;
  if (channel !== undefined) {
    if (!isOneOf(CHANNELS, channel)) return fail('channel', `must be one of ${CHANNELS.join(', ')}`);
    item.channel = channel;
  }
  for (const field of ['author', 'facility', 'unit'] as const) {
    const value = record[field] ?? (field === 'author' ? undefined : defaults[field]);
    if (value === undefined || value === null || value === '') continue;
    if (typeof value !== 'string') return fail(field, 'must be a string');
    if (value.length > MAX_FIELD_LENGTH[field])
      return fail(field, `longer than ${MAX_FIELD_LENGTH[field]} characters`);
    item[field] = value;
  }
  if (record.postedAt !== undefined && record.postedAt !== null && record.postedAt !== '') {
    const postedAt = toIsoDate(record.postedAt);
    if (postedAt === null) return fail('postedAt', 'must be an ISO 8601 date-time');
    item.postedAt = postedAt;
  }
  if (record.url !== undefined && record.url !== null && record.url !== '') {
    if (typeof record.url !== 'string' || !isHttpUrl(record.url))
      return fail('url', 'must be an http(s) URL');
    if (record.url.length > MAX_URL_LENGTH) return fail('url', `longer than ${MAX_URL_LENGTH} characters`);
    item.url = record.url;
  }
  if (record.raw !== undefined) {
    if (!isPlainObject(record.raw)) return fail('raw', 'must be an object');
    item.raw = record.raw;
  }
  return { ok: true, item };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toIsoDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  // Date.parse accepts loose forms like "3/4/2026" whose day/month order is a guess; require ISO.
  const match = ISO_DATE.exec(value.trim());
  if (match === null || !isCalendarDate(value.trim().slice(0, 10))) return null;
  // A time without an offset is read as UTC, so the result never depends on the server's time zone.
  const hasTimeWithoutZone = match[1] !== undefined && match[2] === undefined;
  const ms = Date.parse(value.trim().replace(' ', 'T') + (hasTimeWithoutZone ? 'Z' : ''));
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

// Date.parse rolls 2026-02-31 over to 3 March instead of refusing it.
function isCalendarDate(isoDay: string): boolean {
  const [year, month, day] = isoDay.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function fail(field: string, reason: string): Validated {
  return { ok: false, field, reason };
}
