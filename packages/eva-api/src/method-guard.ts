import type { Context, Hono, MiddlewareHandler } from "hono";
import { detail, ProblemError } from "./problem.js";

/**
 * The methods each path of the app answers, from the app's own routes (middleware and the
 * wizard's catch-all left out), read once on the first request: every route is mounted by then.
 * HEAD goes with GET (Hono answers it with the GET handler) and OPTIONS with every path.
 */
export class PathMethods {
  private patterns?: Array<{ re: RegExp; methods: Set<string> }>;

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
    return [...byPath].map(([path, methods]) => ({
      // Hono's path syntax: /v1/assessments/:id (one segment per parameter)
      re: new RegExp(
        `^${path
          .split(/(:[A-Za-z0-9_]+)/)
          .map((part, i) => (i % 2 ? "[^/]+" : part.replace(/[.*+?^$()|[\]\\{}]/g, "\\$&")))
          .join("")}$`,
      ),
      methods,
    }));
  }

  /** The methods `path` answers, sorted, or null for a path the app does not have. */
  of(path: string): string[] | null {
    this.patterns ??= this.compile();
    const all = new Set<string>();
    for (const p of this.patterns) if (p.re.test(path)) for (const m of p.methods) all.add(m);
    if (all.size === 0) return null;
    if (all.has("GET")) all.add("HEAD");
    all.add("OPTIONS");
    return [...all].sort();
  }
}

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
