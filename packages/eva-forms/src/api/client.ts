/** A problem+json answer of eva-api. */
export interface Problem {
  status: number;
  title: string;
  detail?: string;
  errors?: Array<{ path: string; code: string; message: string }>;
  findings?: Array<{ code: string; title: string; action: string; severity: string }>;
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
    options?: { body?: unknown; etag?: string; mergePatch?: boolean },
  ): Promise<{ data: T; etag: string | null }>;
}

/** The wizard talks to eva-api over HTTP only (never imports it). */
export function createApiClient(token: string, language: () => string, baseUrl = ""): ApiClient {
  return {
    async request<T>(
      method: string,
      path: string,
      options: { body?: unknown; etag?: string; mergePatch?: boolean } = {},
    ) {
      const headers: Record<string, string> = {
        authorization: `Bearer ${token}`,
        "accept-language": language(),
      };
      if (options.body !== undefined)
        headers["content-type"] = options.mergePatch ? "application/merge-patch+json" : "application/json";
      if (options.etag) headers["if-match"] = options.etag;
      const res = await fetch(`${baseUrl}${path}`, {
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
      return { data: (await res.json()) as T, etag: res.headers.get("etag") };
    },
  };
}
