/** Minimal fetch wrapper for the Northroute API: JSON, same-origin cookies, CSRF and error parsing. */

export const API_BASE = '/api/v1';

/** Error answered by the API (or raised locally for network faults), with its closed-set code. */
export class ApiError extends Error {
  readonly code: string;
  readonly field: string | null;
  readonly status: number;
  readonly requestId: string | null;

  constructor(
    code: string,
    message: string,
    status: number,
    field: string | null = null,
    requestId: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.field = field;
    this.status = status;
    this.requestId = requestId;
  }
}

/** Whether a value is an ApiError carrying the given code. */
export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

let csrfToken: string | null = null;
const unauthenticatedListeners = new Set<() => void>();

/** Remembers the CSRF token of the current session (null after sign-out). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Registers a callback run whenever an API call answers 401 UNAUTHENTICATED; returns an unsubscribe. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  query?: Query;
  signal?: AbortSignal;
  /** Do not notify unauthenticated listeners (used by the session probe itself). */
  quiet401?: boolean;
}

/** Builds `/api/v1/<path>?query`, dropping empty query values. */
export function apiUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') {
      params.set(key, String(value));
    }
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

function readErrorBody(body: unknown): { code: string; message: string; field: string | null } | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) {
    return null;
  }
  const error = body.error;
  if (typeof error !== 'object' || error === null) {
    return null;
  }
  const { code, message, field } = error as { code?: unknown; message?: unknown; field?: unknown };
  if (typeof code !== 'string') {
    return null;
  }
  return {
    code,
    message: typeof message === 'string' ? message : code,
    field: typeof field === 'string' && field !== '' ? field : null,
  };
}

/** Sends one API request and returns the parsed JSON body (undefined for 204). Throws ApiError. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json' };
  // Every non-GET request carries a JSON body (at least `{}`): the server validates bodies strictly.
  const payload = method === 'GET' ? undefined : JSON.stringify(options.body ?? {});
  if (payload !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET' && csrfToken) {
    headers['X-CSRF-Token'] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: payload,
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') {
      throw cause;
    }
    throw new ApiError('NETWORK', 'Network error', 0);
  }
  const requestId = response.headers.get('X-Request-Id');
  if (response.status === 204) {
    return undefined as T;
  }
  const text = await response.text();
  let body: unknown = undefined;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  if (!response.ok) {
    const parsed = readErrorBody(body);
    const error = parsed
      ? new ApiError(parsed.code, parsed.message, response.status, parsed.field, requestId)
      : new ApiError(
          response.status >= 500 ? 'INTERNAL' : 'UNKNOWN',
          response.statusText,
          response.status,
          null,
          requestId,
        );
    if (error.code === 'UNAUTHENTICATED' && !options.quiet401) {
      unauthenticatedListeners.forEach((listener) => listener());
    }
    throw error;
  }
  return body as T;
}
