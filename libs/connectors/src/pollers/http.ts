// HTTP for pollers: a timeout on every call, and the source's errors turned into what the worker
// needs to decide: wait until a given time (429, rate-limit headers) or back off (5xx, timeouts).

export class PollError extends Error {
  constructor(
    message: string,
    /** Set when the source said when to come back (Retry-After, rate-limit reset). */
    readonly retryAt?: Date,
  ) {
    super(message);
    this.name = 'PollError';
  }
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: string;
}

export interface RequestOptions {
  headers?: Record<string, string>;
  timeoutMs: number;
  /** Reads the source's own rate-limit reset header (e.g. X's epoch seconds) on a 429. */
  resetAt?: (headers: Headers, now: Date) => Date | undefined;
  /** Statuses that are answers rather than errors, e.g. 304 for a conditional GET. */
  accept?: readonly number[];
}

/** GET with a deadline; non-2xx (outside `accept`) becomes a PollError naming the status. */
export async function httpGet(url: URL, options: RequestOptions): Promise<HttpResponse> {
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, {
      headers: options.headers,
      signal: AbortSignal.timeout(options.timeoutMs),
      redirect: 'follow',
    });
    body = await response.text();
  } catch (error) {
    throw new PollError(`${url.host}: ${describeFailure(error, options.timeoutMs)}`);
  }
  if (response.ok || options.accept?.includes(response.status))
    return { status: response.status, headers: response.headers, body };
  const now = new Date();
  if (response.status === 429) {
    const retryAt = retryAfter(response.headers, now) ?? options.resetAt?.(response.headers, now);
    throw new PollError(`${url.host}: HTTP 429 rate limited`, retryAt);
  }
  const retryAt = response.status === 503 ? retryAfter(response.headers, now) : undefined;
  throw new PollError(`${url.host}: HTTP ${response.status}`, retryAt);
}

/** Retry-After in seconds or as an HTTP date (RFC 9110 §10.2.3). */
export function retryAfter(headers: Headers, now: Date): Date | undefined {
  const value = headers.get('retry-after');
  if (value === null) return undefined;
  if (/^\d+$/.test(value.trim())) return new Date(now.getTime() + Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : new Date(at);
}

export function parseJson(body: string, host: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw new PollError(`${host}: the answer is not JSON`);
  }
}

// fetch fails with a DOMException (timeout) or a TypeError whose cause is the socket error; both may
// come from another realm (test VMs), so they are read by shape rather than by class.
function describeFailure(error: unknown, timeoutMs: number): string {
  const shape = (error ?? {}) as { name?: string; message?: string; cause?: { message?: string } };
  if (shape.name === 'TimeoutError' || shape.name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  return shape.cause?.message ?? shape.message ?? String(error);
}
