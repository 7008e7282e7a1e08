import { createRoute, z } from "@hono/zod-openapi";
import {
  AssessmentSchema,
  canSubmit,
  comparePredictions,
  EvaluationSchema,
  FollowUpRecordSchema,
  findingMessage,
  findings,
  followUpFindings,
  SummarySchema,
  safeParseLocalized,
} from "eva-core";
import type { Context } from "hono";
import {
  allow,
  type Env,
  ifNoneMatchHits,
  notModified,
  now,
  requireIfMatch,
  requireRole,
  router,
} from "../context.js";
import { localeOf } from "../locale.js";
import {
  ANY_BODY,
  body,
  CONDITIONAL,
  JSON_BODY,
  json,
  jsonBody,
  notModifiedResponse,
  operation,
  problems,
  SIGNED_IN,
} from "../openapi/operation.js";
import { detail, ProblemError } from "../problem.js";
import {
  evaluateRecord,
  negotiateSummary,
  renderSummary,
  sha256,
  strategyOf,
  summaryLocale,
  summaryOf,
} from "../services/summary-service.js";
import {
  assessmentView,
  auditEvent,
  loadAssessment,
  loadAssessmentContent,
  withEtag,
} from "../services/views.js";
import { type AssessmentRecord, type AuditEvent, makeEtag } from "../store/store.js";
import {
  AssessmentViewSchema,
  AttachmentSchema,
  FollowUpsSchema,
  HistorySchema,
  IdParam,
  LanguageQuery,
  ReturnRequestSchema,
  SummaryFormatQuery,
} from "./schemas.js";

async function transition(
  c: Context<Env>,
  r: AssessmentRecord,
  expected: string,
  action: AuditEvent["action"],
  change: Partial<AssessmentRecord>,
  comment?: string,
) {
  if (r.etag !== expected) throw new ProblemError(412, "precondition-failed", detail("precondition-failed"));
  const next: AssessmentRecord = {
    ...r,
    ...change,
    revision: r.revision + 1,
    etag: makeEtag("assessment", r.id, r.revision + 1),
    updatedAt: now(c),
  };
  next.audit = [
    ...r.audit,
    auditEvent(
      c,
      action,
      { status: r.status, version: r.version },
      { status: next.status, version: next.version },
      next.version,
      comment,
    ),
  ];
  const saved = await c.get("deps").store.putAssessment(next, expected);
  return withEtag(c, saved, assessmentView(saved));
}

function mustBe(r: AssessmentRecord, status: AssessmentRecord["status"]) {
  if (r.status !== status)
    throw new ProblemError(
      409,
      "invalid-state",
      detail("wrong-status", { status: r.status, expected: status }),
    );
}

// generic in the path so that each route keeps its literal path (the typed client needs it)
const action = <P extends string>(path: P, operationId: string, summary: string, description: string) =>
  createRoute({
    method: "post",
    path,
    ...operation(operationId, "Workflow", summary, description, { headers: ["IfMatch"] }),
    request: { params: IdParam },
    responses: {
      200: json(AssessmentViewSchema, "the assessment in its new state", "ETag"),
      ...problems(...SIGNED_IN, ...ANY_BODY, ...CONDITIONAL, 403, 404, 422),
    },
  });

const SummaryQuery = z.object({ lang: LanguageQuery, format: SummaryFormatQuery });

export const workflowApp = router()
  .openapi(
    action(
      "/v1/assessments/{id}/submit",
      "submitAssessment",
      "Submit a draft for approval (preparer)",
      "Refused with 422 not-submittable, listing the error findings (findings[]) and the fields that are still missing (errors[]), while any remain.",
    ),
    async (c) => {
      requireRole(c, "preparer");
      const expected = requireIfMatch(c);
      const r = await loadAssessment(c, c.req.valid("param").id);
      mustBe(r, "draft");
      const locale = localeOf(c);
      const strategy = await strategyOf(c, r);
      const parsed = safeParseLocalized(AssessmentSchema, r.data, locale);
      const evaluation = parsed.success ? await evaluateRecord(c, r) : undefined;
      const list = parsed.success && evaluation ? evaluation.findings : findings(r.data, strategy);
      if (!parsed.success || !canSubmit(list)) {
        const errors = list.filter((f) => f.severity === "error");
        throw new ProblemError(
          422,
          "not-submittable",
          detail("fix-errors-first"),
          parsed.success ? undefined : parsed.errors,
          {
            findings: errors.map((f) => ({ ...f, ...findingMessage(f, locale) })),
          },
        );
      }
      return transition(c, r, expected, "submit", { status: "submitted" });
    },
  )
  .openapi(
    action(
      "/v1/assessments/{id}/approve",
      "approveAssessment",
      "Approve a submitted assessment (approver)",
      "An approved assessment is locked; its summary and attachment describe this version until a newer one is approved.",
    ),
    async (c) => {
      const p = requireRole(c, "approver");
      const expected = requireIfMatch(c);
      const r = await loadAssessment(c, c.req.valid("param").id);
      mustBe(r, "submitted");
      const at = now(c);
      return transition(c, r, expected, "approve", {
        status: "approved",
        approvedAt: at,
        approvedBy: p.name,
        approvedVersions: [
          ...r.approvedVersions,
          { version: r.version, approvedAt: at, approvedBy: p.name, data: r.data },
        ],
      });
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/v1/assessments/{id}/return",
      ...operation(
        "returnAssessment",
        "Workflow",
        "Return a submitted assessment to the preparer (approver)",
        "Sends it back to draft with a comment, which the preparer sees (returnComment).",
        { headers: ["IfMatch"] },
      ),
      middleware: [allow("approver")] as const,
      request: { params: IdParam, body: jsonBody(ReturnRequestSchema) },
      responses: {
        200: json(AssessmentViewSchema, "the assessment, back in draft", "ETag"),
        ...problems(...SIGNED_IN, ...JSON_BODY, ...CONDITIONAL, 403, 404),
      },
    }),
    async (c) => {
      requireRole(c, "approver");
      const expected = requireIfMatch(c);
      const r = await loadAssessment(c, c.req.valid("param").id);
      mustBe(r, "submitted");
      const { comment } = c.req.valid("json");
      return transition(c, r, expected, "return", { status: "draft", returnComment: comment }, comment);
    },
  )
  .openapi(
    action(
      "/v1/assessments/{id}/reopen",
      "reopenAssessment",
      "Reopen an approved assessment as a new draft version (approver)",
      "The approved version stays in the history; the new draft's version is one higher.",
    ),
    async (c) => {
      requireRole(c, "approver");
      const expected = requireIfMatch(c);
      const r = await loadAssessment(c, c.req.valid("param").id);
      mustBe(r, "approved");
      const { approvedAt: _a, approvedBy: _b, returnComment: _c, ...rest } = r;
      const next: AssessmentRecord = { ...rest, status: "draft", version: r.version + 1 } as AssessmentRecord;
      return transition(c, next, expected, "reopen", {});
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/v1/assessments/{id}/evaluation",
      ...operation(
        "getAssessmentEvaluation",
        "Results",
        "The evaluation of the stored assessment",
        "eva-core's evaluate() of the draft or the approved assessment (SMAA seed 1): scores, ranks, contributions, robustness, findings. 422 not-submittable while it is incomplete.",
      ),
      request: { params: IdParam },
      responses: { 200: json(EvaluationSchema, "the evaluation"), ...problems(...SIGNED_IN, 404, 409, 422) },
    }),
    async (c) => {
      const r = await loadAssessmentContent(c, c.req.valid("param").id);
      return c.json(await evaluateRecord(c, r), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/v1/assessments/{id}/summary",
      ...operation(
        "getAssessmentSummary",
        "Results",
        "The board summary (tiivistelmä)",
        "The one-page summary for the board in fi, sv or en (?lang, else Accept-Language) as data, Markdown or a self-contained HTML page (?format, else Accept). Its ETag names the language and format; If-None-Match gives 304.",
        { headers: ["IfNoneMatch"] },
      ),
      request: { params: IdParam, query: SummaryQuery },
      responses: {
        200: body(
          {
            "application/json": { schema: SummarySchema },
            "text/markdown": { schema: z.string().openapi({ description: "the summary as Markdown" }) },
            "text/html": {
              schema: z.string().openapi({ description: "one self-contained HTML page, A4 print CSS" }),
            },
          },
          "the summary",
          "ETag",
          "Vary",
        ),
        ...notModifiedResponse,
        ...problems(...SIGNED_IN, 404, 409, 422),
      },
    }),
    async (c) => {
      const r = await loadAssessmentContent(c, c.req.valid("param").id);
      const q = c.req.valid("query");
      const { lang, format, etag } = negotiateSummary(c, q, r.etag);
      if (ifNoneMatchHits(c, etag)) return notModified(c, etag);
      const out = await renderSummary(summaryOf(await evaluateRecord(c, r), lang, r.updatedAt), format);
      c.header("Content-Type", out.contentType);
      c.header("ETag", etag);
      return c.body(out.body, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/v1/assessments/{id}/history",
      ...operation(
        "getAssessmentHistory",
        "Workflow",
        "The versions and the audit trail",
        "The approved versions and the current one, and the append-only audit trail: who, when, what action, and what changed as a JSON Patch.",
      ),
      request: { params: IdParam },
      responses: { 200: json(HistorySchema, "the history"), ...problems(...SIGNED_IN, 404, 422) },
    }),
    async (c) => {
      const r = await loadAssessment(c, c.req.valid("param").id);
      return c.json(
        {
          id: r.id,
          currentVersion: r.version,
          status: r.status,
          versions: [
            ...r.approvedVersions.map((v) => ({
              version: v.version,
              status: "approved",
              approvedAt: v.approvedAt,
              approvedBy: v.approvedBy,
            })),
            ...(r.status === "approved" ? [] : [{ version: r.version, status: r.status }]),
          ],
          events: r.audit,
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/v1/assessments/{id}/attachment",
      ...operation(
        "getAssessmentAttachment",
        "Results",
        "The approved summary as a case-system attachment record",
        "Title, case id, language, publicity class (Julkisuuslaki 24 §), personal-data flag, and the file's URI, SHA-256 and size: the shape of Ahjo and 6Aika attachments. 409 until the assessment is approved.",
      ),
      request: { params: IdParam, query: z.object({ lang: LanguageQuery }) },
      responses: {
        200: json(AttachmentSchema, "the attachment record"),
        ...problems(...SIGNED_IN, 404, 409, 422),
      },
    }),
    async (c) => {
      const r = await loadAssessment(c, c.req.valid("param").id);
      const approved = r.approvedVersions[r.approvedVersions.length - 1];
      if (!approved) throw new ProblemError(409, "invalid-state", detail("attachment-needs-approval"));
      const lang = summaryLocale(c, c.req.valid("query").lang);
      const html = (
        await renderSummary(
          summaryOf(await evaluateRecord(c, r, approved.data), lang, approved.approvedAt),
          "html",
        )
      ).body;
      const basics = approved.data.basics;
      const publicity = basics?.publicity;
      const base = c.get("deps").publicUrl ?? new URL(c.req.url).origin;
      return c.json(
        {
          title: basics?.title ?? "",
          caseId: basics?.caseRef?.caseId ?? "",
          caseSystem: basics?.caseRef?.system ?? "other",
          language: lang,
          version: approved.version,
          approvedAt: approved.approvedAt,
          publicityClass: publicity?.class ?? "public",
          ...(publicity?.class === "confidential" ? { confidentialityReason: publicity.reason ?? "" } : {}),
          personalData: publicity?.containsPersonalData ?? false,
          file: {
            uri: `${base}/v1/assessments/${encodeURIComponent(r.id)}/summary?format=html&lang=${lang}`,
            mediaType: "text/html",
            name: `EVA-${(basics?.caseRef?.caseId ?? r.id).replace(/[^A-Za-z0-9.-]+/g, "_")}-${lang}.html`,
            sha256: sha256(html),
            size: Buffer.byteLength(html, "utf8"),
          },
        },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/v1/assessments/{id}/follow-ups",
      ...operation(
        "recordFollowUp",
        "Follow-up",
        "Record the realised impacts after the decision (preparer)",
        "A follow-up record (jälkiarviointi) of an approved assessment: the realised ratings and indicator values.",
        { headers: ["IfMatch"] },
      ),
      middleware: [allow("preparer")] as const,
      request: { params: IdParam, body: jsonBody(FollowUpRecordSchema) },
      responses: {
        200: json(AssessmentViewSchema, "recorded", "ETag"),
        ...problems(...SIGNED_IN, ...JSON_BODY, ...CONDITIONAL, 403, 404),
      },
    }),
    async (c) => {
      requireRole(c, "preparer");
      const expected = requireIfMatch(c);
      const r = await loadAssessment(c, c.req.valid("param").id);
      if (r.approvedVersions.length === 0)
        throw new ProblemError(409, "invalid-state", detail("follow-up-needs-approval"));
      const record = c.req.valid("json");
      return transition(c, r, expected, "follow-up", { followUps: [...r.followUps, record] });
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/v1/assessments/{id}/follow-ups",
      ...operation(
        "listFollowUps",
        "Follow-up",
        "The follow-up records, predicted against realised",
        "The records, the latest one compared with the approved prediction, and a finding when the follow-up is overdue.",
      ),
      request: { params: IdParam },
      responses: { 200: json(FollowUpsSchema, "the follow-ups"), ...problems(...SIGNED_IN, 404, 422) },
    }),
    async (c) => {
      const r = await loadAssessment(c, c.req.valid("param").id);
      const approved = r.approvedVersions[r.approvedVersions.length - 1];
      const parsed = approved ? AssessmentSchema.safeParse(approved.data) : null;
      const latest = [...r.followUps].sort((a, b) => (a.recordedAt < b.recordedAt ? 1 : -1))[0];
      const today = now(c).slice(0, 10);
      const overdue = parsed?.success ? followUpFindings(parsed.data, r.followUps, today) : [];
      return c.json(
        {
          records: r.followUps,
          comparison: parsed?.success && latest ? comparePredictions(parsed.data, latest) : null,
          findings: overdue.map((f) => ({ ...f, ...findingMessage(f, localeOf(c)) })),
        },
        200,
      );
    },
  );
