/** A response as tests look at it. */
export interface ApiResponse<T = any> {
  status: number;
  body: T;
  text: string;
  headers: Headers;
}

/**
 * A small HTTP client that behaves like the web app: keeps the session cookie, sends the CSRF token
 * on writes, or uses a Bearer token.
 */
export class ApiClient {
  cookie: string | null = null;
  csrfToken: string | null = null;
  bearer: string | null = null;

  constructor(readonly baseUrl: string) {}

  /** Sends a request; `body` is JSON-encoded unless `raw` is given. */
  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    options: { raw?: string | Buffer; headers?: Record<string, string>; noCsrf?: boolean } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (body !== undefined || options.raw !== undefined) headers['content-type'] ??= 'application/json';
    if (this.cookie) headers.cookie = this.cookie;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    if (this.csrfToken && !options.noCsrf && method !== 'GET') headers['x-csrf-token'] ??= this.csrfToken;
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: options.raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const match = /nr_session=([^;]*)/.exec(setCookie);
      if (match) this.cookie = match[1] ? `nr_session=${match[1]}` : null;
    }
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as T, text, headers: response.headers };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
  patch<T = any>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }

  /** Signs in and keeps the cookie and CSRF token; returns the raw response. */
  async signIn(username: string, password: string, totpCode?: string): Promise<ApiResponse> {
    const res = await this.request('POST', '/api/v1/auth/sign-in', {
      username,
      password,
      ...(totpCode ? { totpCode } : {}),
    });
    if (res.status === 200) this.csrfToken = (res.body as { csrfToken: string }).csrfToken;
    return res;
  }
}

/** Signs a new client in, failing loudly if that does not work. */
export async function signedIn(baseUrl: string, username: string, password: string): Promise<ApiClient> {
  const client = new ApiClient(baseUrl);
  const res = await client.signIn(username, password);
  if (res.status !== 200) throw new Error(`sign-in of ${username} failed: ${res.status} ${res.text}`);
  return client;
}
