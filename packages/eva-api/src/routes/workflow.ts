import { createRoute, z } from "@hono/zod-openapi";
import {
  AssessmentSchema,
  canSubmit,
  comparePredictions,
  EvaluationSchema,
  FindingSchema,
  FollowUpRecordSchema,
  findingMessage,
  findingNames,
  findings,
  followUpFindings,
  isScreenedOut,
  ScreenedOutAssessmentSchema,
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
import { ProblemError } from "../problem.js";
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
  bearer,
  commonErrors,
  IdParam,
  jsonBody,
  jsonResponse,
  notModifiedResponse,
  problem,
  writeErrors,
} from "./schemas.js";

async function transition(
  c: Context<Env>,
  r: AssessmentRecord,
  expected: string,
  action: AuditEvent["action"],
  change: Partial<AssessmentRecord>,
  comment?: string,
) {
  if (r.etag !== expected)
    throw new ProblemError(412, "precondition-failed", "Reload the assessment and try again.");
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
    throw new ProblemError(409, "invalid-state", `The assessment is ${r.status}, not ${status}.`);
}

// generic in the path so that each route keeps its literal path (the typed client needs it)
const action = <P extends string>(path: P, summary: string) =>
  createRoute({
    method: "post",
    path,
    summary,
    security: bearer,
    request: { params: IdParam },
    responses: { 200: jsonResponse(AssessmentViewSchema, "the assessment in its new state"), ...writeErrors },
  });

const CommentBody = z.object({ comment: z.string().trim().min(1).max(3000) }).strict();
const SummaryQuery = z.object({
  lang: z.enum(["fi", "sv", "en"]).optional(),
  format: z.enum(["json", "md", "html"]).optional(),
});

export const workflowApp = router()
  .openapi(
    action(
      "/v1/assessments/{id}/submit",
      "Submit for approval (preparer); 422 with the error findings while any remain",
    ),
    async (c) => {
      requireRole(c, "preparer");
      const expected = requireIfMatch(c);
      const r = await loadAssessment(c, c.req.valid("param").id);
      mustBe(r, "draft");
      const locale = localeOf(c);
      const strategy = await strategyOf(c, r);
      // a case that screening closed without an EVA is submitted with its basics and reason only
      const closed = isScreenedOut(r.data);
      const parsed = safeParseLocalized(
        closed ? ScreenedOutAssessmentSchema : AssessmentSchema,
        r.data,
        locale,
      );
      const evaluation = parsed.success && !closed ? await evaluateRecord(c, r) : undefined;
      const list = evaluation ? evaluation.findings : findings(r.data, strategy);
      const names = findingNames(r.data, strategy, locale);
      if (!parsed.success || !canSubmit(list)) {
        const errors = list.filter((f) => f.severity === "error");
        throw new ProblemError(
          422,
          "not-submittable",
          "Fix the errors before submitting.",
          parsed.success ? undefined : parsed.errors,
          {
            findings: errors.map((f) => ({ ...f, ...findingMessage(f, locale, names) })),
          },
        );
      }
      return transition(c, r, expected, "submit", { status: "submitted" });
    },
  )
  .openapi(
    action("/v1/assessments/{id}/approve", "Approve (approver); an approved assessment is locked"),
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
      summary: "Return to the preparer with a comment (approver)",
      middleware: [allow("approver")] as const,
      security: bearer,
      request: { params: IdParam, body: jsonBody(CommentBody) },
      responses: { 200: jsonResponse(AssessmentViewSchema, "the assessment, back in draft"), ...writeErrors },
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
    action("/v1/assessments/{id}/reopen", "Reopen an approved assessment as a new draft version (approver)"),
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
      summary: "evaluate() of the stored assessment (422 while it is incomplete)",
      security: bearer,
      request: { params: IdParam },
      responses: { 200: jsonResponse(EvaluationSchema, "the evaluation"), ...commonErrors },
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
      summary: "The board summary: ?lang=fi|sv|en, ?format=json|md|html (or by Accept)",
      security: bearer,
      request: { params: IdParam, query: SummaryQuery },
      responses: {
        200: {
          description: "the summary",
          content: {
            "application/json": { schema: z.object({}).passthrough() },
            "text/markdown": { schema: z.string() },
            "text/html": { schema: z.string() },
          },
        },
        ...notModifiedResponse,
        ...commonErrors,
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
      summary: "Versions and the append-only audit trail (who, when, what changed as JSON Patch)",
      security: bearer,
      request: { params: IdParam },
      responses: { 200: jsonResponse(z.object({}).passthrough(), "history"), ...commonErrors },
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
      summary: "The approved summary as a case-system attachment record (Ahjo / 6Aika shape)",
      security: bearer,
      request: { params: IdParam, query: z.object({ lang: z.enum(["fi", "sv", "en"]).optional() }) },
      responses: {
        200: jsonResponse(AttachmentSchema, "the attachment record"),
        ...commonErrors,
        409: problem("not approved"),
      },
    }),
    async (c) => {
      const r = await loadAssessment(c, c.req.valid("param").id);
      const approved = r.approvedVersions[r.approvedVersions.length - 1];
      if (!approved)
        throw new ProblemError(409, "invalid-state", "Only an approved assessment has an attachment.");
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
      summary: "Record realised impacts after the decision (preparer, approved only, If-Match)",
      middleware: [allow("preparer")] as const,
      security: bearer,
      request: { params: IdParam, body: jsonBody(FollowUpRecordSchema) },
      responses: { 200: jsonResponse(AssessmentViewSchema, "recorded"), ...writeErrors },
    }),
    async (c) => {
      requireRole(c, "preparer");
      const expected = requireIfMatch(c);
      const r = await loadAssessment(c, c.req.valid("param").id);
      if (r.approvedVersions.length === 0)
        throw new ProblemError(409, "invalid-state", "Follow-ups are recorded for approved assessments.");
      const record = c.req.valid("json");
      return transition(c, r, expected, "follow-up", { followUps: [...r.followUps, record] });
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/v1/assessments/{id}/follow-ups",
      summary: "Follow-up records, predicted vs realised, and whether the follow-up is overdue",
      security: bearer,
      request: { params: IdParam },
      responses: { 200: jsonResponse(z.object({}).passthrough(), "follow-ups"), ...commonErrors },
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

export const FindingWithMessage = FindingSchema;
