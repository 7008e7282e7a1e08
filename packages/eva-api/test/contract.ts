import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

// The contract test (issue 24): every response the API test suite receives is checked against
// the OpenAPI document the API itself serves. The status must be declared for the operation (or,
// for a method the path does not have, be 405 with an Allow that names exactly the documented
// methods; OPTIONS 204 with that Allow, or a CORS preflight), the content type must be one the
// response declares, the body must validate against its schema (JSON Schema 2020-12, ajv), the
// required headers must be there, the declared ones must match their schema, and the headers a
// client acts on (ETag, Location, Retry-After, …) must not be sent where they are not declared.
// harness.ts (app.fetch of every test app) and contract-setup.ts (global fetch to 127.0.0.1)
// feed it; contract-setup.ts fails the test that received an undocumented response.

// the headers a client acts on: sending one that the response does not declare is a violation
const policed = [
  "etag",
  "location",
  "retry-after",
  "www-authenticate",
  "content-disposition",
  "vary",
  "allow",
  "cache-control",
];

type Json = Record<string, unknown>;
interface Operation {
  responses: Record<string, Json>;
}

export interface Violation {
  method: string;
  path: string;
  status: number;
  message: string;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

class Contract {
  private readonly ajv: Ajv2020;
  private readonly validators = new Map<string, ValidateFunction>();
  // a body already found valid for a schema (the fuzz tests get the same summary thousands of times)
  private readonly valid = new Map<string, Set<string>>();
  private readonly templates: Array<{ re: RegExp; template: string }>;

  constructor(private readonly doc: Json) {
    this.ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addSchema(doc, "openapi.json");
    const paths = Object.keys(doc.paths as Json);
    this.templates = paths.map((template) => ({
      template,
      re: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+")}$`),
    }));
  }

  private resolve(node: Json | undefined): Json | undefined {
    let n = node;
    for (let i = 0; n && typeof n.$ref === "string" && i < 5; i++) {
      const pointer = (n.$ref as string).replace(/^#\//, "").split("/");
      let at: unknown = this.doc;
      for (const key of pointer) at = (at as Json | undefined)?.[key.replace(/~1/g, "/").replace(/~0/g, "~")];
      n = at as Json | undefined;
    }
    return n;
  }

  private validator(pointer: string): ValidateFunction {
    let v = this.validators.get(pointer);
    if (!v) {
      v = this.ajv.getSchema(`openapi.json#${pointer}`);
      if (!v) throw new Error(`no schema at ${pointer}`);
      this.validators.set(pointer, v);
    }
    return v;
  }

  /** The document's path template of a request path, or undefined. */
  template(path: string): string | undefined {
    return this.templates.find((t) => t.re.test(path))?.template;
  }

  /** The methods a documented path answers: its operations, HEAD with GET, and OPTIONS. */
  allowed(template: string): string[] {
    const item = (this.doc.paths as Json)[template] as Json;
    const methods = Object.keys(item)
      .filter((m) => ["get", "put", "post", "delete", "patch"].includes(m))
      .map((m) => m.toUpperCase());
    if (methods.includes("GET")) methods.push("HEAD");
    methods.push("OPTIONS");
    return methods.sort();
  }

  async check(method: string, url: string, res: Response): Promise<string[]> {
    const path = new URL(url, "http://localhost").pathname;
    const template = this.template(path);
    const out: string[] = [];
    const contentType = (res.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    const text =
      method === "HEAD" || res.status === 204 || res.status === 304 ? "" : await res.clone().text();
    if (!template) {
      // an API path the document does not have: only a problem is a right answer
      if (/^\/(v1|public)(\/|$)/.test(path)) {
        if (res.status < 400) out.push(`undocumented path answered ${res.status}`);
        else if (method !== "HEAD")
          this.body(out, "/components/schemas/Problem", contentType, text, "application/problem+json");
      }
      return out;
    }
    const item = (this.doc.paths as Json)[template] as Json;
    const op = item[(method === "HEAD" ? "GET" : method).toLowerCase()] as Operation | undefined;
    if (!op) {
      const allow = this.allowed(template).join(", ");
      const got = (res.headers.get("allow") ?? "")
        .split(",")
        .map((s) => s.trim())
        .sort()
        .join(", ");
      if (method === "OPTIONS") {
        const preflight = res.headers.get("access-control-allow-origin") !== null;
        if (res.status !== 204) out.push(`OPTIONS answered ${res.status}, not 204`);
        else if (!preflight && got !== allow) out.push(`OPTIONS Allow "${got}", documented "${allow}"`);
        return out;
      }
      if (res.status !== 405) out.push(`${method} is not documented, answered ${res.status} (not 405)`);
      else {
        if (got !== allow) out.push(`405 Allow "${got}", documented "${allow}"`);
        if (method !== "HEAD")
          this.body(out, "/components/schemas/Problem", contentType, text, "application/problem+json");
      }
      return out;
    }
    const status = String(res.status);
    const key = op.responses[status] ? status : op.responses[`${status[0]}XX`] ? `${status[0]}XX` : "default";
    const declared = this.resolve(op.responses[key]);
    if (!declared) {
      out.push(`status ${status} is not declared`);
      return out;
    }
    // headers
    const headers = (declared.headers ?? {}) as Record<string, Json>;
    const names = new Map(Object.keys(headers).map((h) => [h.toLowerCase(), h]));
    for (const [lower, name] of names) {
      const h = this.resolve(headers[name]);
      const value = res.headers.get(lower);
      if (value === null) {
        if (h?.required === true) out.push(`required header ${name} is missing`);
        continue;
      }
      const schema = h?.schema as Json | undefined;
      if (schema && typeof schema.pattern === "string" && !new RegExp(schema.pattern as string).test(value))
        out.push(`header ${name}: "${value}" does not match ${schema.pattern}`);
    }
    for (const lower of policed) {
      if (res.headers.get(lower) !== null && !names.has(lower))
        out.push(`header ${lower} is sent but not declared for ${status}`);
    }
    // content
    const content = declared.content as Record<string, Json> | undefined;
    if (method === "HEAD" || res.status === 304 || res.status === 204) {
      if (content && contentType && !content[contentType] && method === "HEAD")
        out.push(`content type ${contentType} is not declared for ${status}`);
      return out;
    }
    if (!content) {
      if (text.length > 0) out.push(`a body (${contentType}) where ${status} declares none`);
      return out;
    }
    if (!content[contentType]) {
      out.push(
        `content type "${contentType}" is not declared for ${status} (${Object.keys(content).join(", ")})`,
      );
      return out;
    }
    const esc = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");
    const pointer = `/paths/${esc(template)}/${method === "HEAD" ? "get" : method.toLowerCase()}/responses/${key}/content/${esc(contentType)}/schema`;
    const responseRef = (op.responses[key] as Json).$ref as string | undefined;
    const schemaPointer = responseRef
      ? `${responseRef.replace(/^#/, "")}/content/${esc(contentType)}/schema`
      : pointer;
    this.body(out, schemaPointer, contentType, text, contentType);
    return out;
  }

  private body(out: string[], pointer: string, contentType: string, text: string, expectedType: string) {
    if (contentType !== expectedType) {
      out.push(`content type "${contentType}", expected ${expectedType}`);
      return;
    }
    if (!/[/+]json$/.test(contentType)) return; // text/markdown, text/html, text/csv: strings
    let seen = this.valid.get(pointer);
    if (seen?.has(text)) return;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      out.push(`the ${contentType} body is not JSON`);
      return;
    }
    const validate = this.validator(pointer);
    if (!validate(data)) {
      out.push(
        `body does not match ${pointer}: ${(validate.errors ?? [])
          .slice(0, 3)
          .map((e) => `${e.instancePath} ${e.message}`)
          .join("; ")}`,
      );
      return;
    }
    if (!seen) {
      seen = new Set();
      this.valid.set(pointer, seen);
    }
    if (seen.size < 1000) seen.add(text);
  }
}

let contract: Promise<Contract> | undefined;

/** The contract of the API as it serves it (one document per test process; the routes are static). */
function theContract(): Promise<Contract> {
  contract ??= (async () => {
    // imported here, not at the top: contract-setup.ts loads this module in every test file, and a
    // file that never receives a response from the API (a store's or a parser's unit test) need
    // not load the whole API (3–7 s a file on the 2-core machine)
    const { createApp } = await import("../src/app.js");
    const app = createApp({
      store: null as never,
      auth: null as never,
      clock: () => new Date(0),
    });
    const res = await app.request("/openapi.json");
    return new Contract((await res.json()) as Json);
  })();
  return contract;
}

const violations: Violation[] = [];

/** Checks one response against the document; what does not match is recorded for contract-setup.ts. */
export async function checkResponse(method: string, url: string, res: Response): Promise<void> {
  const c = await theContract();
  const path = new URL(url, "http://localhost").pathname;
  for (const message of await c.check(method.toUpperCase(), url, res)) {
    violations.push({ method: method.toUpperCase(), path, status: res.status, message });
  }
}

/** The violations recorded since the last call. */
export function takeViolations(): Violation[] {
  return violations.splice(0);
}

/** Wraps a fetch-like function (app.fetch, globalThis.fetch) so that every response is checked. */
export function checkedFetch<F extends (input: never, ...rest: never[]) => Response | Promise<Response>>(
  fetchFn: F,
  only: (url: URL) => boolean = () => true,
): F {
  return (async (input: RequestInfo | URL, ...rest: unknown[]) => {
    const res = await (fetchFn as unknown as (...a: unknown[]) => Promise<Response>)(input, ...rest);
    const url = input instanceof Request ? input.url : String(input);
    const method =
      input instanceof Request ? input.method : ((rest[0] as RequestInit | undefined)?.method ?? "GET");
    const parsed = new URL(url, "http://localhost");
    if (only(parsed)) await checkResponse(method, parsed.href, res);
    return res;
  }) as unknown as F;
}
