// One POST of a batch to the ingest API, with every answer of the public contract (DESIGN.md §4)
// turned into what the demo should do next.
import type { IngestItem, IngestResponse } from '@auscult/contracts';

export type SendOutcome =
  | { kind: 'accepted'; accepted: number; duplicates: number }
  /** The API refused the content (400, 413, other 4xx): counted as errors, the stream goes on. */
  | { kind: 'rejected'; message: string }
  /** Busy or down for now (429, 503, other 5xx): send the same batch again later. */
  | { kind: 'retry'; message: string; retryAfterMs: number | null }
  /** Nothing will work until someone acts (401, 403). */
  | { kind: 'fatal'; message: string }
  | { kind: 'unreachable'; message: string };

export interface IngestTarget {
  url: string;
  apiKey: string;
}

const REQUEST_TIMEOUT_MS = 15_000;

export async function sendBatch(target: IngestTarget, items: readonly IngestItem[]): Promise<SendOutcome> {
  let response: Response;
  try {
    response = await fetch(`${target.url}/api/v1/ingest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': target.apiKey },
      body: JSON.stringify(items),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    return { kind: 'unreachable', message: describeNetworkError(error) };
  }
  const body = await response.json().catch((): unknown => null);
  if (response.status === 202) return accepted(body);
  const message = `${response.status} ${describeErrorBody(body) ?? response.statusText}`;
  if (response.status === 401 || response.status === 403) return { kind: 'fatal', message };
  if (response.status === 429 || response.status >= 500)
    return { kind: 'retry', message, retryAfterMs: retryAfterMs(response.headers.get('retry-after')) };
  return { kind: 'rejected', message };
}

function accepted(body: unknown): SendOutcome {
  const items = (body as Partial<IngestResponse> | null)?.items;
  if (!Array.isArray(items))
    return { kind: 'rejected', message: '202 without the items list the contract promises' };
  const duplicates = items.filter((item) => item.duplicate).length;
  return { kind: 'accepted', accepted: items.length - duplicates, duplicates };
}

/** The API's error shape: `{ message, errors?: [{ field, reason }] }`. */
export function describeErrorBody(body: unknown): string | null {
  if (typeof body !== 'object' || body === null) return null;
  const { message, errors } = body as { message?: unknown; errors?: unknown };
  const problems = Array.isArray(errors)
    ? errors
        .slice(0, 3)
        .map(
          (problem: { field?: unknown; reason?: unknown }) =>
            `${String(problem.field)}: ${String(problem.reason)}`,
        )
        .join('; ')
    : '';
  const text = [typeof message === 'string' ? message : '', problems]
    .filter((part) => part !== '')
    .join(' — ');
  return text === '' ? null : text;
}

/** Retry-After is either seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

// Read by shape, not instanceof: fetch's errors may come from another realm (e.g. under Jest's VM).
function describeNetworkError(error: unknown): string {
  const { name, message, cause } = (typeof error === 'object' && error !== null ? error : {}) as {
    name?: unknown;
    message?: unknown;
    cause?: { code?: unknown; message?: unknown };
  };
  if (name === 'TimeoutError') return `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`;
  const detail = cause?.code ?? cause?.message ?? message;
  return typeof detail === 'string' ? detail : String(error);
}
