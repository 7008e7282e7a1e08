// A client for the EVA API that a case system can copy: this file and eva-api.d.ts (the types,
// generated from the API's /openapi.json by openapi-typescript), with openapi-fetch for the
// requests. Every path, parameter, header (If-Match, Idempotency-Key) and body is typed from the
// document, so a call the API does not take does not compile.
import { createHash } from "node:crypto";
import createClient from "openapi-fetch";
import type { components, paths } from "./eva-api.js";

export type AssessmentView = components["schemas"]["AssessmentView"];
export type AssessmentPatch = components["schemas"]["AssessmentPatch"];
export type CaseRef = components["schemas"]["CaseRef"];
export type Attachment = components["schemas"]["Attachment"];
export type Problem = components["schemas"]["Problem"];
export type EvaClient = ReturnType<typeof evaClient>;

/** A non-2xx answer of the API, with its problem details (RFC 9457, in the client's language). */
export class EvaProblem extends Error {
  override readonly name = "EvaProblem";
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(`${status} ${problem.title}${problem.detail ? `: ${problem.detail}` : ""}`);
  }
}

/** The body of a 2xx answer; any other answer throws EvaProblem. */
function ok<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined) throw new EvaProblem(result.response.status, result.error as Problem);
  return result.data;
}

/** An assessment as read, with the ETag the next write must send in If-Match. */
export interface Versioned {
  assessment: AssessmentView;
  etag: string;
}
const versioned = (result: { data?: AssessmentView; error?: unknown; response: Response }): Versioned => ({
  assessment: ok(result),
  etag: result.response.headers.get("etag") ?? "",
});

/**
 * The API at `baseUrl` with a bearer token, problem texts in `language`: openapi-fetch's client
 * (GET, POST, PATCH, … typed by the paths of eva-api.d.ts) and `download` for a file URI the API
 * gives (an attachment's file), with the same token.
 */
export function evaClient(baseUrl: string, token: string, language: "fi" | "sv" | "en" = "fi") {
  const headers = { Authorization: `Bearer ${token}`, "Accept-Language": language };
  return Object.assign(createClient<paths>({ baseUrl, headers }), {
    download: (uri: string) => fetch(uri, { headers }),
  });
}

/**
 * Step 1: the EVA of a case: the one already attached to it, or a new draft. The case id is the
 * Idempotency-Key, so a create retried after a lost answer returns the same assessment.
 */
export async function openEvaForCase(
  eva: EvaClient,
  caseRef: CaseRef,
  strategyId: string,
): Promise<Versioned> {
  const attached = ok(
    await eva.GET("/v1/cases/{system}/{caseId}/assessments", {
      params: { path: { system: caseRef.system, caseId: caseRef.caseId } },
    }),
  ).items[0];
  if (attached) return { assessment: attached, etag: attached.etag };
  return versioned(
    await eva.POST("/v1/assessments", {
      params: { header: { "Idempotency-Key": `${caseRef.system}:${caseRef.caseId}` } },
      body: { caseRef, strategyId },
    }),
  );
}

/**
 * Step 2: autosave a merge patch of the draft with the ETag you read. When someone else saved in
 * between (412), reads the draft again and applies the patch to the newer version: a merge patch
 * names only what it changes, so it is safe to apply again (RFC 7396).
 */
export async function autosave(
  eva: EvaClient,
  current: Versioned,
  patch: AssessmentPatch,
): Promise<Versioned> {
  const id = current.assessment.id;
  const save = (etag: string) =>
    eva.PATCH("/v1/assessments/{id}", {
      params: { path: { id }, header: { "If-Match": etag } },
      body: patch,
    });
  const first = await save(current.etag);
  if (first.response.status !== 412) return versioned(first);
  const fresh = versioned(await eva.GET("/v1/assessments/{id}", { params: { path: { id } } }));
  return versioned(await save(fresh.etag));
}

/** Step 3: submit for approval; a 422 EvaProblem lists in `problem.findings` what still blocks it. */
export async function submit(eva: EvaClient, current: Versioned): Promise<Versioned> {
  return versioned(
    await eva.POST("/v1/assessments/{id}/submit", {
      params: { path: { id: current.assessment.id }, header: { "If-Match": current.etag } },
    }),
  );
}

/** The board summary as Markdown (for a text field of the case). */
export async function summaryMarkdown(
  eva: EvaClient,
  id: string,
  lang: "fi" | "sv" | "en" = "fi",
): Promise<string> {
  const result = await eva.GET("/v1/assessments/{id}/summary", {
    params: { path: { id }, query: { format: "md", lang } },
    parseAs: "text",
  });
  return ok(result);
}

/**
 * Step 4: the approved summary as an attachment of the case: the record (title, publicity, file)
 * and the file itself, checked against the record's SHA-256 before it is attached.
 */
export async function attachment(
  eva: EvaClient,
  id: string,
  lang: "fi" | "sv" | "en" = "fi",
): Promise<{ record: Attachment; file: Uint8Array }> {
  const record = ok(
    await eva.GET("/v1/assessments/{id}/attachment", { params: { path: { id }, query: { lang } } }),
  );
  const res = await eva.download(record.file.uri);
  if (!res.ok) throw new EvaProblem(res.status, (await res.json()) as Problem);
  const file = new Uint8Array(await res.arrayBuffer());
  if (createHash("sha256").update(file).digest("hex") !== record.file.sha256)
    throw new Error(`The file of ${id} does not match its SHA-256`);
  return { record, file };
}
