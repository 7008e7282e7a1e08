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
  blobStoreOf,
  contentTypes,
  fileKey,
  freezeSummaries,
  frozenFiles,
  summaryContext,
} from "../services/frozen-summaries.js";
import {
  evaluateRecord,
  negotiateSummary,
  renderSummary,
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
import { type ApprovedVersion, type AssessmentRecord, type AuditEvent, makeEtag } from "../store/store.js";
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
  summaryResponses,
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
  lang: z.enum(["fi", "sv", "en"]).optional().describe("language; default from Accept-Language"),
  format: z
    .enum(["json", "md", "html", "pdf"])
    .optional()
    .describe(
      "json (data), md (CommonMark), html (self-contained, print CSS) or pdf (PDF/A-2b, tagged); default from Accept",
    ),
});
const VersionParams = z.object({
  id: z.string().min(1).max(200),
  v: z.coerce.number().int().min(1).max(100_000).describe("an approved version of the assessment"),
});

/** The body of a route answer from bytes (Hono types a body as an ArrayBuffer view). */
const bytes = (b: Buffer) => b as unknown as Uint8Array<ArrayBuffer>;

/** A file name for the case system: EVA-<case id>-v<version>-<lang>.<format>. */
function fileName(
  r: Pick<AssessmentRecord, "id">,
  data: AssessmentRecord["data"],
  v: number,
  lang: string,
  format: string,
) {
  const caseId = (data.basics?.caseRef?.caseId ?? r.id).replace(/[^A-Za-z0-9.-]+/g, "_");
  return `EVA-${caseId}-v${v}-${lang}.${format}`;
}

/**
 * The frozen files of approved version `v` (404 when it was never approved). A version approved
 * before EVA kept its files gets them on first request, rendered from the stored version.
 */
function versionFiles(c: Context<Env>, id: string, v: number) {
  return frozenFiles(
    c,
    () => loadAssessment(c, id),
    v,
    async (r: AssessmentRecord, approved: ApprovedVersion) => {
      const strategy = await strategyOf(c, r);
      const evaluation = await evaluateRecord(c, r, approved.data);
      return freezeSummaries(
        blobStoreOf(c),
        evaluation,
        summaryContext(r, strategy, approved),
        approved.approvedAt,
      );
    },
  );
}

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
      if (r.etag !== expected)
        throw new ProblemError(412, "precondition-failed", "Reload the assessment and try again.");
      const at = now(c);
      // the approved summary's bytes are made and stored now, before the record that names them:
      // an acknowledged approval always has its files, and no later change of code alters them
      const approval = { approvedAt: at, approvedBy: p.name };
      // a case that screening closed without an EVA has no board summary to freeze
      const files = isScreenedOut(r.data)
        ? undefined
        : await freezeSummaries(
            blobStoreOf(c),
            await evaluateRecord(c, r),
            summaryContext(r, await strategyOf(c, r), approval),
            at,
          );
      return transition(c, r, expected, "approve", {
        status: "approved",
        approvedAt: at,
        approvedBy: p.name,
        approvedVersions: [
          ...r.approvedVersions,
          { version: r.version, ...approval, data: r.data, ...(files ? { files } : {}) },
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
      operationId: "getSummary",
      tags: ["summaries"],
      summary: "The board summary: ?lang=fi|sv|en, ?format=json|md|html|pdf (or by Accept)",
      description:
        "The current summary. While the assessment is approved it is the approved version's frozen summary (the same bytes as /versions/{v}/summary); a draft's is made from the draft.",
      security: bearer,
      request: { params: IdParam, query: SummaryQuery },
      responses: summaryResponses("the summary", false),
    }),
    async (c) => {
      const id = c.req.valid("param").id;
      const r = await loadAssessmentContent(c, id);
      const q = c.req.valid("query");
      const { lang, format, etag } = negotiateSummary(c, q, r.etag);
      if (ifNoneMatchHits(c, etag)) return notModified(c, etag);
      const approved =
        r.status === "approved" ? r.approvedVersions.find((v) => v.version === r.version) : undefined;
      let body: Buffer;
      if (approved) {
        const frozen = await versionFiles(c, id, approved.version);
        body = await blobFor(c, frozen.files, lang, format);
      } else {
        const strategy = await strategyOf(c, r);
        const summary = summaryOf(await evaluateRecord(c, r), lang, summaryContext(r, strategy));
        body = (await renderSummary(summary, format, r.updatedAt)).body;
      }
      c.header("Content-Type", contentTypes[format]);
      if (format === "pdf")
        c.header("Content-Disposition", `inline; filename="${fileName(r, r.data, r.version, lang, "pdf")}"`);
      c.header("ETag", etag);
      return c.body(bytes(body), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/v1/assessments/{id}/versions/{v}/summary",
      operationId: "getApprovedVersionSummary",
      tags: ["summaries"],
      summary: "The frozen board summary of approved version v: ?lang=fi|sv|en, ?format=json|md|html|pdf",
      description:
        'Made and stored when version v was approved: the same bytes forever (strong ETag "sha256-<hex>", immutable caching), whatever happens to the assessment later. 404 for a version that was never approved.',
      security: bearer,
      request: { params: VersionParams, query: SummaryQuery },
      responses: summaryResponses("the approved version's summary, frozen", true),
    }),
    async (c) => {
      const { id, v } = c.req.valid("param");
      const q = c.req.valid("query");
      const { lang, format } = negotiateSummary(c, q, '"frozen"');
      const { record, approved, files } = await versionFiles(c, id, v);
      const ref = files[fileKey(lang, format)];
      const etag = ref ? `"sha256-${ref.sha256}"` : "";
      c.header("Cache-Control", "private, max-age=31536000, immutable");
      if (ref && ifNoneMatchHits(c, etag)) return notModified(c, etag);
      const body = await blobFor(c, files, lang, format);
      c.header("Content-Type", contentTypes[format]);
      if (format === "pdf") {
        c.header(
          "Content-Disposition",
          `inline; filename="${fileName(record, approved.data, v, lang, "pdf")}"`,
        );
      }
      c.header("ETag", etag);
      return c.body(bytes(body), 200);
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
      operationId: "getAttachment",
      tags: ["summaries"],
      summary: "The approved summary as a case-system attachment record (Ahjo / 6Aika shape)",
      description:
        "Pinned to the latest approved version: `file` is its PDF at the versioned URI, `alternatives` its HTML; after a reopen it still describes that version until a newer one is approved.",
      security: bearer,
      request: { params: IdParam, query: z.object({ lang: z.enum(["fi", "sv", "en"]).optional() }) },
      responses: {
        200: jsonResponse(AttachmentSchema, "the attachment record"),
        ...commonErrors,
        409: problem("not approved"),
      },
    }),
    async (c) => {
      const id = c.req.valid("param").id;
      const latest = (await loadAssessmentContent(c, id)).approvedVersions.at(-1);
      if (!latest)
        throw new ProblemError(409, "invalid-state", "Only an approved assessment has an attachment.");
      // pinned: the latest approved version's frozen files, also while a reopened draft is edited
      const { record: r, approved, files } = await versionFiles(c, id, latest.version);
      const lang = summaryLocale(c, c.req.valid("query").lang);
      const basics = approved.data.basics;
      const publicity = basics?.publicity;
      const base = c.get("deps").publicUrl ?? new URL(c.req.url).origin;
      const uri = (format: "pdf" | "html") =>
        `${base}/v1/assessments/${encodeURIComponent(r.id)}/versions/${approved.version}/summary?lang=${lang}&format=${format}`;
      const pdf = files[fileKey(lang, "pdf")];
      const html = files[fileKey(lang, "html")];
      if (!pdf || !html)
        throw new Error(`approved version ${approved.version} of ${r.id} lacks its ${lang} files`);
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
            uri: uri("pdf"),
            mediaType: "application/pdf",
            name: fileName(r, approved.data, approved.version, lang, "pdf"),
            sha256: pdf.sha256,
            size: pdf.size,
          },
          alternatives: [
            {
              mediaType: "text/html",
              uri: uri("html"),
              name: fileName(r, approved.data, approved.version, lang, "html"),
              sha256: html.sha256,
              size: html.size,
            },
          ],
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

/** A frozen file's bytes from the blob store, checked against its SHA-256. */
async function blobFor(
  c: Context<Env>,
  files: NonNullable<ApprovedVersion["files"]>,
  lang: string,
  format: keyof typeof contentTypes,
): Promise<Buffer> {
  const ref = files[`${lang}.${format}`];
  const body = ref ? await blobStoreOf(c).get(ref.sha256) : null;
  // a missing file is the server's loss, not the caller's mistake: logged and answered 500
  if (!ref || !body)
    throw new Error(`the frozen summary ${lang}.${format} (${ref?.sha256 ?? "unknown"}) is missing`);
  return body;
}
