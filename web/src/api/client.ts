// The one place the app talks to the server: adds the token, sends JSON, turns the API's error
// envelope into ApiError so pages can show the message and the field it names.

const TOKEN_KEY = 'threefold.token';
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** A team server's session answers a CSRF token to send with every change (the cookie alone is not enough). */
let csrfToken: string | undefined;

export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Told of every 401, so a team server's expired session leads back to the sign-in. */
let unauthorized: (() => void) | undefined;

export function onUnauthorized(listener: (() => void) | undefined): void {
  unauthorized = listener;
}

/** Whether the app runs with the single-user server's access token (then there is no team sign-in). */
export function hasAccessToken(): boolean {
  return sessionStorage.getItem(TOKEN_KEY) !== null;
}

/** Reads `#token=` once (the link `threefold serve` prints), keeps it for the tab, cleans the URL. */
export function takeTokenFromUrl(): void {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', location.pathname + location.search);
  }
}

export interface ErrorDetail {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
  }
}

function headers(method: string, extra?: Record<string, string>): Record<string, string> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return {
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...(csrfToken && STATE_CHANGING.has(method) ? { 'x-csrf-token': csrfToken } : {}),
    ...extra,
  };
}

async function failure(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as {
      error?: { code?: string; message?: string; details?: ErrorDetail[] };
    };
    const e = body.error ?? {};
    return new ApiError(res.status, e.code ?? 'internal', e.message ?? res.statusText, e.details ?? []);
  } catch {
    return new ApiError(res.status, 'internal', res.statusText || `HTTP ${res.status}`);
  }
}

export type Query = Record<string, string | number | boolean | undefined | null>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

async function send(
  method: string,
  path: string,
  body?: unknown,
  query?: Query,
  ifMatch?: string,
): Promise<Response> {
  const extra: Record<string, string> = {};
  if (body !== undefined) extra['content-type'] = 'application/json';
  if (ifMatch) extra['if-match'] = ifMatch;
  const res = await fetch(withQuery(`/api${path}`, query), {
    method,
    credentials: 'same-origin',
    headers: headers(method, extra),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 401) unauthorized?.();
  if (!res.ok) throw await failure(res);
  return res;
}

async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  query?: Query,
  ifMatch?: string,
): Promise<T> {
  const res = await send(method, path, body, query, ifMatch);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

/** A record with the version the server gave it (its ETag), to send back as If-Match. */
export interface Versioned<T> {
  data: T;
  etag: string | undefined;
}

/** Someone else changed the record since it was read (412 on an If-Match write). */
export const isStale = (e: unknown) => e instanceof ApiError && e.status === 412;

/** The message a 412 shows: plain words, and what to do. */
export const STALE_MESSAGE =
  'Someone else changed this since you opened it. Reload the page to see their change.';

/** What a failed write shows: a 412 in plain words, an API error as it came, anything else as internal. */
export function writeFailure(err: unknown): ApiError {
  if (isStale(err)) return new ApiError(412, 'precondition_failed', STALE_MESSAGE);
  return err instanceof ApiError ? err : new ApiError(0, 'internal', String(err));
}

export const api = {
  get: <T>(path: string, query?: Query) => request<T>('GET', path, undefined, query),
  post: <T>(path: string, body?: unknown, query?: Query) => request<T>('POST', path, body ?? {}, query),
  /** GET with the record's ETag. */
  async getVersioned<T>(path: string): Promise<Versioned<T>> {
    const res = await send('GET', path);
    return { data: (await res.json()) as T, etag: res.headers.get('etag') ?? undefined };
  },
  patch: <T>(path: string, body: unknown, ifMatch?: string) =>
    request<T>('PATCH', path, body, undefined, ifMatch),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  delete: (path: string, ifMatch?: string) => request<void>('DELETE', path, undefined, undefined, ifMatch),
  /** Uploads a file as the raw body, reporting upload progress (fetch cannot). */
  upload<T>(path: string, file: Blob, query: Query, onProgress?: (fraction: number) => void): Promise<T> {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', withQuery(`/api${path}`, query));
      for (const [k, v] of Object.entries(headers('POST', { 'content-type': 'application/octet-stream' }))) {
        xhr.setRequestHeader(k, v);
      }
      xhr.upload.onprogress = (e) => {
        if (e.lengthComputable && onProgress) onProgress(e.loaded / e.total);
      };
      xhr.onload = () => {
        const res = new Response(xhr.responseText, { status: xhr.status });
        if (xhr.status >= 200 && xhr.status < 300) resolve(JSON.parse(xhr.responseText) as T);
        else failure(res).then(reject, reject);
      };
      xhr.onerror = () =>
        reject(new ApiError(0, 'network', 'The server did not answer. Is `threefold serve` running?'));
      xhr.send(file);
    });
  },
  /** A download link with the token, for exports (a plain <a href> cannot send a header). */
  async download(path: string, query: Query): Promise<{ blob: Blob; filename: string }> {
    const res = await fetch(withQuery(`/api${path}`, query), {
      credentials: 'same-origin',
      headers: headers('GET'),
    });
    if (!res.ok) throw await failure(res);
    const disposition = res.headers.get('content-disposition') ?? '';
    const filename = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? 'threefold-export';
    return { blob: await res.blob(), filename };
  },
};

/** encodeURIComponent for ids in paths (ids may contain `:`, which is fine, and `/`, which is not). */
export const idPath = (id: string) => encodeURIComponent(id);
