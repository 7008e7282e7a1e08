import type {
  AssessmentDraft,
  AssessmentDraftInput,
  CaseRef,
  CaseSystem,
  Evaluation,
  Summary,
} from "eva-core";

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

export interface AssessmentView {
  id: string;
  organization: string;
  status: "draft" | "submitted" | "approved";
  version: number;
  etag: string;
  strategyId: string;
  strategyVersion: number;
  createdAt: string;
  updatedAt: string;
  returnComment?: string;
  approvedAt?: string;
  /** the newest follow-up record's date, when there is one */
  lastFollowUpAt?: string;
  assessment: AssessmentDraft;
}

export interface Attachment {
  title: string;
  caseId: string;
  caseSystem: CaseSystem;
  language: "fi" | "sv" | "en";
  version: number;
  approvedAt: string;
  publicityClass: "public" | "confidential";
  confidentialityReason?: string;
  personalData: boolean;
  file: { uri: string; mediaType: string; name: string; sha256: string; size: number };
}

/**
 * A typed client for eva-api, for case systems and scripts: one method per API.md row that a case
 * system needs; every non-2xx answer throws EvaApiError with the problem details.
 * @example const eva = createEvaClient("http://127.0.0.1:8080", token); await eva.caseAssessments("dynasty", "657/02.02.00/2023");
 */
export function createEvaClient(
  baseUrl: string,
  token: string,
  options: { language?: "fi" | "sv" | "en"; fetch?: typeof fetch } = {},
) {
  const doFetch = options.fetch ?? fetch;
  const base = baseUrl.replace(/\/$/, "");
  async function call<T>(
    method: string,
    path: string,
    init: { body?: unknown; headers?: Record<string, string>; raw?: boolean } = {},
  ): Promise<{ data: T; etag: string | null }> {
    const headers: Record<string, string> = {
      authorization: `Bearer ${token}`,
      "accept-language": options.language ?? "fi",
      ...(init.body !== undefined ? { "content-type": "application/json" } : {}),
      ...init.headers,
    };
    const res = await doFetch(`${base}${path}`, {
      method,
      headers,
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
    if (!res.ok) {
      let problem: Problem;
      try {
        problem = (await res.json()) as Problem;
      } catch {
        problem = { type: "about:blank", title: res.statusText, status: res.status };
      }
      throw new EvaApiError(res.status, problem);
    }
    const data = (init.raw ? await res.text() : await res.json()) as T;
    return { data, etag: res.headers.get("etag") };
  }
  const id = (x: string) => encodeURIComponent(x);
  const action = (name: string) => async (assessmentId: string, etag: string, body?: unknown) =>
    (
      await call<AssessmentView>("POST", `/v1/assessments/${id(assessmentId)}/${name}`, {
        headers: { "if-match": etag },
        ...(body ? { body } : {}),
      })
    ).data;

  return {
    me: async () =>
      (await call<{ organization: string; roles: string[]; name: string }>("GET", "/v1/me")).data,
    createAssessment: async (
      input: { caseRef: CaseRef; strategyId: string; assessment?: AssessmentDraftInput },
      idempotencyKey?: string,
    ) =>
      (
        await call<AssessmentView>("POST", "/v1/assessments", {
          body: input,
          ...(idempotencyKey ? { headers: { "idempotency-key": idempotencyKey } } : {}),
        })
      ).data,
    getAssessment: async (assessmentId: string) =>
      (await call<AssessmentView>("GET", `/v1/assessments/${id(assessmentId)}`)).data,
    patchAssessment: async (assessmentId: string, patch: Record<string, unknown>, etag: string) =>
      (
        await call<AssessmentView>("PATCH", `/v1/assessments/${id(assessmentId)}`, {
          body: patch,
          headers: { "if-match": etag, "content-type": "application/merge-patch+json" },
        })
      ).data,
    submit: action("submit"),
    approve: action("approve"),
    returnToPreparer: (assessmentId: string, etag: string, comment: string) =>
      action("return")(assessmentId, etag, { comment }),
    reopen: action("reopen"),
    caseAssessments: async (system: CaseSystem, caseId: string) =>
      (await call<{ items: AssessmentView[] }>("GET", `/v1/cases/${system}/${id(caseId)}/assessments`)).data
        .items,
    evaluation: async (assessmentId: string) =>
      (await call<Evaluation>("GET", `/v1/assessments/${id(assessmentId)}/evaluation`)).data,
    summary: async (assessmentId: string, lang: "fi" | "sv" | "en" = "fi") =>
      (await call<Summary>("GET", `/v1/assessments/${id(assessmentId)}/summary?format=json&lang=${lang}`))
        .data,
    summaryDocument: async (assessmentId: string, format: "md" | "html", lang: "fi" | "sv" | "en" = "fi") =>
      (
        await call<string>(
          "GET",
          `/v1/assessments/${id(assessmentId)}/summary?format=${format}&lang=${lang}`,
          { raw: true },
        )
      ).data,
    attachment: async (assessmentId: string, lang: "fi" | "sv" | "en" = "fi") =>
      (await call<Attachment>("GET", `/v1/assessments/${id(assessmentId)}/attachment?lang=${lang}`)).data,
  };
}

export type EvaClient = ReturnType<typeof createEvaClient>;
