import { type OpenAPIHono, z } from "@hono/zod-openapi";
import { FindingSchema } from "eva-core";
import type { Env } from "../context.js";

/*
 * How a route is declared, so that the OpenAPI document tells the whole truth (issue 24) and every
 * route reads the same. A route is `createRoute({ method, path, ...operation(…), request,
 * responses })` where
 *   - `operation(id, tag, summary, description, options)` gives the stable operationId, the tag,
 *     the one-line summary and description, the security (bearer, or `public: true` for none) and
 *     the header parameters it reads (Accept-Language always; `headers: ["IfMatch"]` and so on);
 *   - a 2xx answer is `json(Schema, "what it is", "ETag", …)` (or `body(...)` for other content
 *     types), naming the response headers it sends; every answer declares X-Request-Id;
 *   - the errors are `...problems(...SIGNED_IN, ...JSON_BODY, 404, 422)`: references to the shared
 *     problem+json responses below (401 with WWW-Authenticate, 429 with Retry-After, …).
 * Domain objects are named once (named-schemas.ts, or `.openapi("Name")` for the API's own).
 * The contract test (test/contract.ts) fails any response a route does not declare.
 */

export const ProblemFieldErrorSchema = z
  .object({
    path: z.string().describe("JSON Pointer (RFC 6901) to the field; '' = the whole body"),
    code: z.string().describe("stable code, e.g. too_small, invalid_type, wrong_organization"),
    message: z.string().describe("what is wrong, in the request's Accept-Language (fi, sv or en)"),
  })
  .strict()
  .openapi("FieldError");

/** A finding with its title and what to do, in the request's language (findingMessage). */
export const LocalizedFindingSchema = FindingSchema.extend({
  title: z.string(),
  action: z.string(),
})
  .strict()
  .openapi("LocalizedFinding");

export const ProblemSchema = z
  .object({
    type: z.string().describe("urn:eva:problem:<name>, e.g. urn:eva:problem:validation-failed"),
    title: z.string().describe("the problem's name in the request's Accept-Language (fi, sv or en)"),
    status: z.int().min(400).max(599),
    detail: z.string().optional().describe("what happened and what to do, in the request's language"),
    instance: z.string().describe("the request's path"),
    requestId: z.string().optional().describe("the X-Request-Id of the request, also in the server's log"),
    errors: z.array(ProblemFieldErrorSchema).optional().describe("the fields that failed validation"),
    findings: z
      .array(LocalizedFindingSchema)
      .optional()
      .describe("a refused submit (not-submittable): the error findings that block it"),
  })
  .strict()
  .openapi("Problem", {
    description: "An error answer, RFC 9457 problem details (application/problem+json).",
  });

// raw components are not converted from zod: they point at the Problem schema component
const problemContent = { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } };

type HeaderName = keyof typeof headers;
const headerRef = (name: HeaderName) => ({ $ref: `#/components/headers/${name}` });

/** The response headers the API sends, as components/headers. */
const headers = {
  "X-Request-Id": {
    description: "the request's id; the server's log names it (send it when you report a problem)",
    required: true,
    schema: { type: "string" },
  },
  ETag: {
    description:
      "the entity tag of what was answered: send it in If-Match to change the resource, in If-None-Match to poll it",
    required: true,
    schema: { type: "string" },
  },
  Location: {
    description: "the path of the created resource",
    required: true,
    schema: { type: "string" },
  },
  "Retry-After": {
    description: "seconds until the rate limit's window ends, or until an evaluation may be asked for again",
    required: true,
    schema: { type: "string", pattern: "^[0-9]+$" },
  },
  "WWW-Authenticate": {
    description: "the authentication scheme to use (Bearer)",
    required: true,
    schema: { type: "string" },
  },
  Vary: {
    description:
      "the request headers that chose the representation (Accept, Accept-Language) when ?format or ?lang did not",
    schema: { type: "string" },
  },
  "Content-Disposition": {
    description: "the file name to save a download under",
    schema: { type: "string" },
  },
  "Cache-Control": {
    description: "how long the answer may be kept",
    required: true,
    schema: { type: "string" },
  },
} as const;

/** The request headers the API reads (besides Authorization and Content-Type), as components/parameters. */
const parameters = {
  AcceptLanguage: {
    name: "Accept-Language",
    in: "header",
    required: false,
    description:
      "the language of error messages, titles and (without ?lang) summaries: fi (default), sv or en; q-values are honoured",
    schema: { type: "string", example: "sv, en;q=0.8" },
  },
  IfMatch: {
    name: "If-Match",
    in: "header",
    required: true,
    description:
      "the ETag you read: the change is made only if the resource is still that version (428 without it, 412 when it has changed)",
    schema: { type: "string" },
  },
  IfNoneMatch: {
    name: "If-None-Match",
    in: "header",
    required: false,
    description: "an ETag you have (or a list, or *): 304 without a body while it is still current",
    schema: { type: "string" },
  },
  IdempotencyKey: {
    name: "Idempotency-Key",
    in: "header",
    required: false,
    description:
      "your key for this create (e.g. the case id): a retry with the same key returns the assessment made the first time",
    schema: { type: "string", maxLength: 200 },
  },
} as const;
type ParameterName = keyof typeof parameters;

/** The problem+json answers, as components/responses: status → name, description, headers. */
const problemResponses = {
  400: ["MalformedJson", "the body is not valid JSON, or the URL's percent-encoding is malformed", []],
  401: ["Unauthorized", "no valid bearer token", ["WWW-Authenticate"]],
  403: ["Forbidden", "the caller's role may not do this", []],
  404: ["NotFound", "no such resource (also another organization's: never revealed)", []],
  409: ["Conflict", "not possible in the resource's current state (e.g. only a draft can be edited)", []],
  412: ["PreconditionFailed", "If-Match names an older version: reload and apply the change again", []],
  413: ["PayloadTooLarge", "the body is over 1 MiB", []],
  415: ["UnsupportedMediaType", "the body is not application/json (or application/merge-patch+json)", []],
  422: [
    "ValidationFailed",
    "the request is well-formed JSON but not valid: errors[] has each field's JSON Pointer, code and message",
    [],
  ],
  428: ["PreconditionRequired", "If-Match is missing: send the ETag you read", []],
  429: ["TooManyRequests", "over the rate limit: try again after Retry-After seconds", ["Retry-After"]],
  500: ["InternalError", "an error on the server's side; requestId identifies it in the log", []],
  503: [
    "ServiceBusy",
    "too many evaluations are waiting for a worker thread: try again after Retry-After seconds",
    ["Retry-After"],
  ],
} as const satisfies Record<number, readonly [string, string, readonly HeaderName[]]>;
export type ProblemStatus = keyof typeof problemResponses;

// any request with a body over 1 MiB is 413, and any with malformed percent-encoding in its URL
// 400 malformed-uri, whatever its method (app.ts)
/** What every operation under /v1 can answer: no token, a body over 1 MiB, the rate limit, an error of ours. */
export const SIGNED_IN = [400, 401, 413, 429, 500] as const;
/** What every public operation (no token; rate-limited per client address) can answer. */
export const PUBLIC = [400, 413, 429, 500] as const;
/** What the service's own operations (health, readiness, this document; no rate limit) can answer. */
export const SERVICE = [400, 413, 500] as const;
/** What an operation that reads a JSON body can answer. */
export const JSON_BODY = [400, 415, 422] as const;
/** What a POST without a body of its own (a workflow action) can answer about one it was sent. */
export const ANY_BODY = [415] as const;
/** What an operation that evaluates an assessment can answer when the evaluation queue is full. */
export const EVALUATES = [503] as const;
/** What a conditional write (If-Match) can answer. */
export const CONDITIONAL = [409, 412, 428] as const;

type ProblemRefs<S extends ProblemStatus> = { [K in S]: { $ref: string } };

/** References to the shared problem+json answers of these statuses. */
export function problems<S extends ProblemStatus>(...statuses: S[]): ProblemRefs<S> {
  return Object.fromEntries(
    statuses.map((s) => [s, { $ref: `#/components/responses/${problemResponses[s][0]}` }]),
  ) as ProblemRefs<S>;
}

/** 304 Not Modified of a conditional GET: the ETag again, no body. */
export const notModifiedResponse = { 304: { $ref: "#/components/responses/NotModified" } };
/** 304 of a resource that never changes (an approved version's frozen file): also its Cache-Control. */
export const notModifiedImmutableResponse = { 304: { $ref: "#/components/responses/NotModifiedImmutable" } };

const responseHeaders = (names: readonly HeaderName[]) =>
  Object.fromEntries(["X-Request-Id" as const, ...names].map((h) => [h, headerRef(h)]));

/** A JSON answer of `schema`, with the headers it sends (X-Request-Id always). */
export function json<T extends z.ZodType>(schema: T, description: string, ...sends: HeaderName[]) {
  return {
    description,
    headers: responseHeaders(sends),
    content: { "application/json": { schema } },
  };
}

/** An answer without a body (204), with the headers it sends. */
export function noContent(description: string, ...sends: HeaderName[]) {
  return { description, headers: responseHeaders(sends) };
}

/** An answer with several content types (`content` as in OpenAPI), with the headers it sends. */
export function body<C extends Record<string, { schema: z.ZodType }>>(
  content: C,
  description: string,
  ...sends: HeaderName[]
) {
  return { description, headers: responseHeaders(sends), content };
}

/** A request body of `schema` (application/json). */
export function jsonBody<T extends z.ZodType>(schema: T, description?: string) {
  return {
    ...(description ? { description } : {}),
    content: { "application/json": { schema } },
    required: true,
  };
}

export const bearer = [{ bearer: [] as string[] }];

/**
 * The operation's identity and documentation: stable operationId (generated SDKs name their
 * methods after it; never rename one), tag, one-line summary, description, security (bearer unless
 * `public`), and the header parameters it reads.
 */
export function operation(
  operationId: string,
  tag: Tag,
  summary: string,
  description: string,
  options: { public?: boolean; headers?: ParameterName[] } = {},
) {
  return {
    operationId,
    tags: [tag],
    summary,
    description,
    security: options.public ? [] : bearer,
    parameters: [...(options.headers ?? []), "AcceptLanguage" as const].map((p) => ({
      $ref: `#/components/parameters/${p}`,
    })),
  };
}

/** The document's tags, in the order the docs show them. */
export const tags = {
  Service: "Health, readiness, this document, the app's sign-in configuration and the caller",
  Strategies: "The municipality's strategy (strategia), versioned: vision, values, goals, indicators",
  Framework: "The impact framework (vaikutusalueet) and the default weights",
  Assessments: "Ex-ante impact assessments (EVA): create, read, list and autosave drafts",
  Workflow: "Submit, approve, return and reopen; the history and the audit trail",
  Results: "Evaluation, the board summary (tiivistelmä) and the case-system attachment",
  Cases: "The assessments of a case in the case-management system (diaarinumero)",
  "Follow-up": "Realised impacts after the decision, and the strategy report of a period",
  Portfolio: "Which proposals to fund within a budget (salkku): Robust Portfolio Modeling",
  Public: "The resident view: approved assessments marked public (no sign-in)",
  Webhooks:
    "Signed webhooks (Standard Webhooks) to a case system when an assessment is submitted, approved, returned or reopened, or a follow-up falls due",
} as const;
export type Tag = keyof typeof tags;

/** Registers the shared headers, parameters, responses and the bearer scheme on the app's registry. */
export function registerComponents(app: OpenAPIHono<Env>) {
  const registry = app.openAPIRegistry;
  registry.register("Problem", ProblemSchema);
  registry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    description:
      "a static token of the embedded default (printed at start) or an OIDC access token (JWT) of the configured identity provider",
  });
  for (const [name, header] of Object.entries(headers)) registry.registerComponent("headers", name, header);
  for (const [name, parameter] of Object.entries(parameters))
    registry.registerComponent("parameters", name, parameter);
  for (const [, [name, description, sends]] of Object.entries(problemResponses)) {
    registry.registerComponent("responses", name, {
      description,
      headers: responseHeaders(sends),
      content: problemContent,
    });
  }
  registry.registerComponent("responses", "NotModified", {
    description: "not modified: If-None-Match names the current ETag (no body)",
    headers: responseHeaders(["ETag", "Vary"]),
  });
  registry.registerComponent("responses", "NotModifiedImmutable", {
    description: "not modified: If-None-Match names the file's ETag, which never changes (no body)",
    headers: responseHeaders(["ETag", "Vary", "Cache-Control"]),
  });
}
