// The one place that talks HTTP to the API: JSON in and out, the bearer token, and errors with a status.

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The parsed error body, for answers that carry more than a message (a 409 carries the item). */
    readonly body: unknown = undefined,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Nest answers errors as `{ message: string | string[] }`; show that, not a bare status. */
async function errorFrom(response: Response): Promise<ApiError> {
  let message = `${response.status} ${response.statusText}`;
  let body: unknown;
  try {
    body = await response.json();
    const detail =
      typeof body === 'object' && body !== null ? (body as { message?: unknown }).message : undefined;
    if (typeof detail === 'string') message = detail;
    else if (Array.isArray(detail)) message = detail.join('; ');
  } catch {
    // Not JSON (e.g. a proxy's HTML page): the status line is all we have.
  }
  return new ApiError(response.status, message, body);
}

export async function apiRequest<T>(
  path: string,
  options: {
    token?: string;
    method?: 'GET' | 'POST' | 'PATCH' | 'PUT';
    body?: unknown;
    signal?: AbortSignal;
  } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, {
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
    signal: options.signal,
  });
  if (!response.ok) throw await errorFrom(response);
  const data: unknown = await response.json();
  return data as T;
}

/** A file from the API (CSV exports): the bearer token cannot ride on a plain link, so fetch and hand over the blob. */
export async function apiDownload(path: string, token: string): Promise<Blob> {
  const response = await fetch(path, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw await errorFrom(response);
  return response.blob();
}

export function isUnauthorised(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}
