import type { AssessmentDraftInput, CaseRef, CaseSystem, Evaluation, Summary } from "eva-core";
import { type ClientResponse, hc } from "hono/client";
import type { ResponseFormat } from "hono/types";
import type { SuccessStatusCode } from "hono/utils/http-status";
import type { z } from "zod";
import type { EvaRoutes } from "./routes/index.js";
import type { AssessmentViewSchema, AttachmentSchema } from "./routes/schemas.js";
import type { WebhookEventType } from "./webhooks/events.js";

/** A problem+json answer of the API (RFC 9457). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: Array<{ path: string; code: string; message: string }>;
  findings?: Array<{ code: string; severity: string; path: string; title: string; action: string }>;
}

/** Thrown by the client for every non-2xx answer; carries the problem details. */
export class EvaApiError extends Error {
  override readonly name = "EvaApiError";
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(`${status} ${problem.title}${problem.detail ? `: ${problem.detail}` : ""}`);
  }
}

/** An assessment as the API returns it (the route's AssessmentViewSchema). */
export type AssessmentView = z.infer<typeof AssessmentViewSchema>;

/** The approved summary as a case-system attachment record (the route's AttachmentSchema). */
export type Attachment = z.infer<typeof AttachmentSchema>;

// the client's responses are a union of one ClientResponse per documented status
type AnyResponse = ClientResponse<unknown, number, ResponseFormat>;
type OkBody<R> =
  R extends ClientResponse<infer T, infer S, infer _F> ? (S extends SuccessStatusCode ? T : never) : never;

async function problemOf(res: AnyResponse): Promise<EvaApiError> {
  let problem: Problem;
  try {
    problem = (await res.json()) as Problem;
  } catch {
    problem = { type: "about:blank", title: res.statusText, status: res.status };
  }
  return new EvaApiError(res.status, problem);
}

/** The body of a 2xx answer, typed by the route's schema; any other status throws EvaApiError. */
async function json<R extends AnyResponse>(res: R): Promise<OkBody<R>> {
  if (!res.ok) throw await problemOf(res);
  return (await res.json()) as OkBody<R>;
}

async function text(res: AnyResponse): Promise<string> {
  if (!res.ok) throw await problemOf(res);
  return res.text();
}

/**
 * A typed client for eva-api, for case systems and scripts, built on hono/client over the API's
 * own route definitions (`EvaRoutes`), so a request or response that drifts from the server's
 * schemas fails to compile. One method per API.md row that a case system needs; every non-2xx
 * answer throws EvaApiError with the problem details.
 * @example const eva = createEvaClient("http://127.0.0.1:8080", token); await eva.caseAssessments("dynasty", "657/02.02.00/2023");
 */
export function createEvaClient(
  baseUrl: string,
  token: string,
  options: { language?: "fi" | "sv" | "en"; fetch?: typeof fetch } = {},
) {
  const api = hc<EvaRoutes>(baseUrl.replace(/\/$/, ""), {
    ...(options.fetch ? { fetch: options.fetch } : {}),
    headers: { authorization: `Bearer ${token}`, "accept-language": options.language ?? "fi" },
  });
  // hono/client puts path parameters into the URL as they are: case ids such as 657/02.02.00/2023 must be encoded
  const enc = encodeURIComponent;
  const assessment = api.v1.assessments[":id"];
  const ifMatch = (etag: string) => ({ headers: { "if-match": etag } });

  return {
    me: async () => json(await api.v1.me.$get()),
    createAssessment: async (
      input: { caseRef: CaseRef; strategyId: string; assessment?: AssessmentDraftInput },
      idempotencyKey?: string,
    ) =>
      json(
        await api.v1.assessments.$post(
          { json: input as never },
          idempotencyKey ? { headers: { "idempotency-key": idempotencyKey } } : {},
        ),
      ),
    getAssessment: async (assessmentId: string) =>
      json(await assessment.$get({ param: { id: enc(assessmentId) } })),
    /** The assessment when its ETag is no longer `etag`, or null while it is (a 304): for polling. */
    getAssessmentIfChanged: async (assessmentId: string, etag: string) => {
      const res = await assessment.$get(
        { param: { id: enc(assessmentId) } },
        { headers: { "if-none-match": etag } },
      );
      return res.status === 304 ? null : json(res);
    },
    // JSON Merge Patch (RFC 7396); the API takes it as application/json too
    patchAssessment: async (assessmentId: string, patch: Record<string, unknown>, etag: string) =>
      json(await assessment.$patch({ param: { id: enc(assessmentId) }, json: patch }, ifMatch(etag))),
    submit: async (assessmentId: string, etag: string) =>
      json(await assessment.submit.$post({ param: { id: enc(assessmentId) } }, ifMatch(etag))),
    approve: async (assessmentId: string, etag: string) =>
      json(await assessment.approve.$post({ param: { id: enc(assessmentId) } }, ifMatch(etag))),
    returnToPreparer: async (assessmentId: string, etag: string, comment: string) =>
      json(
        await assessment.return.$post({ param: { id: enc(assessmentId) }, json: { comment } }, ifMatch(etag)),
      ),
    reopen: async (assessmentId: string, etag: string) =>
      json(await assessment.reopen.$post({ param: { id: enc(assessmentId) } }, ifMatch(etag))),
    caseAssessments: async (system: CaseSystem, caseId: string) =>
      (
        await json(
          await api.v1.cases[":system"][":caseId"].assessments.$get({
            param: { system, caseId: enc(caseId) },
          }),
        )
      ).items,
    evaluation: async (assessmentId: string) =>
      json(await assessment.evaluation.$get({ param: { id: enc(assessmentId) } })) as Promise<Evaluation>,
    summary: async (assessmentId: string, lang: "fi" | "sv" | "en" = "fi") =>
      json(
        await assessment.summary.$get({ param: { id: enc(assessmentId) }, query: { format: "json", lang } }),
      ) as Promise<Summary>,
    summaryDocument: async (assessmentId: string, format: "md" | "html", lang: "fi" | "sv" | "en" = "fi") =>
      text(await assessment.summary.$get({ param: { id: enc(assessmentId) }, query: { format, lang } })),
    attachment: async (assessmentId: string, lang: "fi" | "sv" | "en" = "fi") =>
      json(await assessment.attachment.$get({ param: { id: enc(assessmentId) }, query: { lang } })),
    /** The organization's webhook endpoints (admin). */
    webhooks: async () => (await json(await api.v1.webhooks.$get())).items,
    /** Registers an endpoint (admin); the answer's `secret` (whsec_…) is shown only now. */
    createWebhook: async (input: { url: string; events: WebhookEventType[]; description?: string }) =>
      json(await api.v1.webhooks.$post({ json: input })),
    deleteWebhook: async (webhookId: string, etag: string) => {
      const res = await api.v1.webhooks[":id"].$delete({ param: { id: enc(webhookId) } }, ifMatch(etag));
      if (!res.ok) throw await problemOf(res);
    },
    /** A new secret; the old one keeps verifying for 24 h (both signatures are sent). */
    rotateWebhookSecret: async (webhookId: string, etag: string) =>
      json(
        await api.v1.webhooks[":id"]["rotate-secret"].$post({ param: { id: enc(webhookId) } }, ifMatch(etag)),
      ),
    webhookDeliveries: async (webhookId: string, limit = 100) =>
      (
        await json(
          await api.v1.webhooks[":id"].deliveries.$get({
            param: { id: enc(webhookId) },
            query: { limit: String(limit) as never },
          }),
        )
      ).items,
    retryWebhookDelivery: async (webhookId: string, deliveryId: string) =>
      json(
        await api.v1.webhooks[":id"].deliveries[":deliveryId"].retry.$post({
          param: { id: enc(webhookId), deliveryId: enc(deliveryId) },
        }),
      ),
    /**
     * The frozen summary of approved version `version` as bytes (the attachment's file is its PDF,
     * its alternative the HTML), with the SHA-256 its strong ETag names: the same bytes forever.
     */
    approvedSummaryFile: async (
      assessmentId: string,
      version: number,
      format: "pdf" | "html" | "md" | "json" = "pdf",
      lang: "fi" | "sv" | "en" = "fi",
    ) => {
      const res = await assessment.versions[":v"].summary.$get({
        param: { id: enc(assessmentId), v: String(version) as never },
        query: { format, lang },
      });
      if (!res.ok) throw await problemOf(res);
      const sha256 = (res.headers.get("etag") ?? "").replace(/^"sha256-|"$/g, "");
      return {
        bytes: new Uint8Array(await res.arrayBuffer()),
        sha256,
        contentType: res.headers.get("content-type") ?? "",
      };
    },
  };
}

export type EvaClient = ReturnType<typeof createEvaClient>;
