/** A problem+json answer of eva-api. */
export interface Problem {
  status: number;
  title: string;
  detail?: string;
  errors?: Array<{ path: string; code: string; message: string }>;
  findings?: Array<{ code: string; title: string; action: string; severity: string; path?: string }>;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.title);
  }
}

export interface ApiClient {
  request<T>(
    method: string,
    path: string,
    options?: RequestOptions,
  ): Promise<{ data: T; etag: string | null }>;
}

export interface RequestOptions {
  body?: unknown;
  etag?: string;
  mergePatch?: boolean;
  /** the body as text (CSV and the like) instead of parsed JSON */
  text?: boolean;
}

/**
 * The wizard talks to eva-api over HTTP only (never imports it). `token` null = no sign-in (the
 * public resident view); `fetchImpl` lets the tests answer through the real app in process.
 */
export function createApiClient(
  token: string | null,
  language: () => string,
  baseUrl = "",
  fetchImpl: typeof fetch = (input, init) => fetch(input, init),
): ApiClient {
  return {
    async request<T>(method: string, path: string, options: RequestOptions = {}) {
      const headers: Record<string, string> = { "accept-language": language() };
      if (token) headers.authorization = `Bearer ${token}`;
      if (options.body !== undefined)
        headers["content-type"] = options.mergePatch ? "application/merge-patch+json" : "application/json";
      if (options.etag) headers["if-match"] = options.etag;
      const res = await fetchImpl(`${baseUrl}${path}`, {
        method,
        headers,
        ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      });
      if (!res.ok) {
        const problem = (await res
          .json()
          .catch(() => ({ status: res.status, title: res.statusText }))) as Problem;
        throw new ApiError(res.status, problem);
      }
      const data = options.text ? await res.text() : await res.json();
      return { data: data as T, etag: res.headers.get("etag") };
    },
  };
}
