import type { Context, Hono, MiddlewareHandler } from "hono";
import { detail, ProblemError } from "./problem.js";

/**
 * The methods each path of the app answers, from the app's own routes (middleware and the
 * wizard's catch-all left out), read once on the first request: every route is mounted by then.
 * HEAD goes with GET (Hono answers it with the GET handler) and OPTIONS with every path.
 */
export class PathMethods {
  // the app's paths by their number of segments, each with its methods (HEAD and OPTIONS added)
  private bySegments?: Map<number, Array<{ re: RegExp; allowed: string[] }>>;

  // biome-ignore lint/suspicious/noExplicitAny: any app's routes (its Env does not matter here)
  constructor(private readonly app: Hono<any>) {}

  private compile() {
    const byPath = new Map<string, Set<string>>();
    for (const r of this.app.routes) {
      if (r.method === "ALL" || r.path.includes("*")) continue;
      let set = byPath.get(r.path);
      if (!set) {
        set = new Set();
        byPath.set(r.path, set);
      }
      set.add(r.method.toUpperCase());
    }
    const bySegments = new Map<number, Array<{ re: RegExp; allowed: string[] }>>();
    for (const [path, methods] of byPath) {
      if (methods.has("GET")) methods.add("HEAD");
      methods.add("OPTIONS");
      // Hono's path syntax: /v1/assessments/:id (one segment per parameter)
      const re = new RegExp(
        `^${path
          .split(/(:[A-Za-z0-9_]+)/)
          .map((part, i) => (i % 2 ? "[^/]+" : part.replace(/[.*+?^$()|[\]\\{}]/g, "\\$&")))
          .join("")}$`,
      );
      const n = segments(path);
      bySegments.set(n, [...(bySegments.get(n) ?? []), { re, allowed: [...methods].sort() }]);
    }
    return bySegments;
  }

  /** The methods `path` answers, sorted, or null for a path the app does not have. */
  of(path: string): string[] | null {
    this.bySegments ??= this.compile();
    let allowed: string[] | null = null;
    for (const p of this.bySegments.get(segments(path)) ?? []) {
      if (!p.re.test(path)) continue;
      allowed = allowed ? [...new Set([...allowed, ...p.allowed])].sort() : p.allowed;
    }
    return allowed;
  }
}

const segments = (path: string) => {
  let n = 0;
  for (let i = 0; i < path.length; i++) if (path.charCodeAt(i) === 47) n++; // "/"
  return n;
};

const isPreflight = (c: Context) =>
  c.req.header("origin") !== undefined && c.req.header("access-control-request-method") !== undefined;

/**
 * OPTIONS, and methods a path does not have, answered before authentication, the body limit and
 * the rate limit (issue 24: OPTIONS without a token reached the rate limiter without a principal
 * and answered 500): a CORS preflight goes to `preflight` when CORS is configured; any other
 * OPTIONS is 204 with Allow; a method the path does not have is 405 with Allow; a path the app does
 * not have is left to the app (404), except OPTIONS, which is answered 404 here.
 */
export function methodGuard(methods: PathMethods, preflight?: MiddlewareHandler): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    const allowed = methods.of(c.req.path);
    if (method === "OPTIONS") {
      if (!allowed) throw new ProblemError(404, "not-found", detail("no-such-path", { path: c.req.path }));
      if (preflight && isPreflight(c)) return preflight(c, next);
      return c.body(null, 204, { Allow: allowed.join(", ") });
    }
    if (allowed && !allowed.includes(method)) {
      throw new ProblemError(
        405,
        "method-not-allowed",
        detail("method-not-allowed", { method, allowed: allowed.join(", ") }),
        undefined,
        {},
        { Allow: allowed.join(", ") },
      );
    }
    await next();
  };
}
