import { createRoute, z } from "@hono/zod-openapi";
import {
  AssessmentSchema,
  canSubmit,
  comparePredictions,
  EvaluationSchema,
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
import { callerId, type Principal } from "../auth/auth.js";
import {
  allow,
  type Env,
  ifNoneMatchHits,
  notModified,
  now,
  principal,
  requireIfMatch,
  requireRole,
  router,
} from "../context.js";
import { localeOf } from "../locale.js";
import {
  ANY_BODY,
  CONDITIONAL,
  EVALUATES,
  JSON_BODY,
  json,
  jsonBody,
  operation,
  problems,
  SIGNED_IN,
} from "../openapi/operation.js";
import { detail, ProblemError } from "../problem.js";
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
import { newEventId, type WebhookEvent, type WebhookEventType } from "../webhooks/events.js";
import {
  AssessmentViewSchema,
  AttachmentSchema,
  FollowUpsSchema,
  HistorySchema,
  IdParam,
  LanguageQuery,
  ReturnRequestSchema,
  SummaryFormatQuery,
  summaryResponses,
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
  const type = eventTypes[action];
  // the event is written with the transition (the outbox): an acknowledged transition always has it
  const events = type ? [webhookEvent(c, next, type)] : [];
  const saved = await c.get("deps").store.putAssessment(next, expected, { events });
  if (events.length > 0) c.get("deps").webhooks?.notify?.();
  return withEtag(c, saved, assessmentView(saved));
}

const eventTypes: Partial<Record<AuditEvent["action"], WebhookEventType>> = {
  submit: "assessment.submitted",
  approve: "assessment.approved",
  return: "assessment.returned",
  reopen: "assessment.reopened",
};

/** The webhook event of `r`'s transition (API.md "Additions": the body's data). */
export function webhookEvent(c: Context<Env>, r: AssessmentRecord, type: WebhookEventType): WebhookEvent {
  const base = c.get("deps").publicUrl ?? new URL(c.req.url).origin;
  const caseRef = r.data.basics?.caseRef;
  return {
    id: newEventId(),
    type,
    timestamp: r.updatedAt,
    data: {
      organization: r.organization,
      assessmentId: r.id,
      version: r.version,
      status: r.status,
      caseRef: caseRef?.system && caseRef.caseId ? { system: caseRef.system, caseId: caseRef.caseId } : null,
      attachmentUrl: `${base}/v1/assessments/${encodeURIComponent(r.id)}/attachment`,
    },
  };
}

/**
 * Whether `p` prepared the assessment: created it or submitted it (last). Records from before
 * callers were recorded are compared by name: the creator's, and the last submit's actor.
 */
function preparedBy(r: AssessmentRecord, p: Principal): boolean {
  const me = callerId(p);
  const created = r.createdById !== undefined ? r.createdById === me : r.createdBy === p.name;
  const lastSubmit = r.audit.findLast((e) => e.action === "submit");
  const submitted = r.submittedById !== undefined ? r.submittedById === me : lastSubmit?.actor === p.name;
  return created || submitted;
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
const action = <P extends string>(
  path: P,
  operationId: string,
  summary: string,
  description: string,
  evaluates = false,
) =>
  createRoute({
    method: "post",
    path,
    ...operation(operationId, "Workflow", summary, description, { headers: ["IfMatch"] }),
    request: { params: IdParam },
    responses: {
      200: json(AssessmentViewSchema, "the assessment in its new state", "ETag"),
      ...problems(...SIGNED_IN, ...ANY_BODY, ...CONDITIONAL, 403, 404, 422),
      ...(evaluates ? problems(...EVALUATES) : {}),
    },
  });

const SummaryQuery = z.object({ lang: LanguageQuery, format: SummaryFormatQuery });
const VersionParams = IdParam.extend({
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
      "submitAssessment",
      "Submit a draft for approval (preparer)",
      "Refused with 422 not-submittable, listing the error findings (findings[]) and the fields that are still missing (errors[]), while any remain.",
      true, // submitting evaluates
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
          detail("fix-errors-first"),
          parsed.success ? undefined : parsed.errors,
          {
            findings: errors.map((f) => ({ ...f, ...findingMessage(f, locale, names) })),
          },
        );
      }
      return transition(c, r, expected, "submit", {
        status: "submitted",
        submittedById: callerId(principal(c)),
      });
    },
  )
  .openapi(
    action(
      "/v1/assessments/{id}/approve",
      "approveAssessment",
      "Approve a submitted assessment (approver)",
      "An approved assessment is locked; its summary files (fi, sv, en; data, Markdown, HTML, PDF) are made and stored now, and its summary and attachment describe this version until a newer one is approved. 403 four-eyes when the approver created or submitted it (EVA_FOUR_EYES).",
      true, // approving evaluates and renders the frozen summary
    ),
    async (c) => {
      const p = requireRole(c, "approver");
      const expected = requireIfMatch(c);
      const r = await loadAssessment(c, c.req.valid("param").id);
      mustBe(r, "submitted");
      if (r.etag !== expected)
        throw new ProblemError(412, "precondition-failed", detail("precondition-failed"));
      if (c.get("deps").fourEyes !== false && preparedBy(r, p)) {
        throw new ProblemError(403, "four-eyes", detail("four-eyes"));
      }
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
      responses: {
        200: json(EvaluationSchema, "the evaluation"),
        ...problems(...SIGNED_IN, ...EVALUATES, 404, 409, 422),
      },
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
        "The one-page summary for the board in fi, sv or en (?lang, else Accept-Language) as data, Markdown, a self-contained HTML page or the archival PDF (?format, else Accept). While the assessment is approved it is the approved version's frozen summary (the same bytes as /versions/{v}/summary); a draft's is made from the draft. Its ETag names the language and format; If-None-Match gives 304.",
        { headers: ["IfNoneMatch"] },
      ),
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
      ...operation(
        "getApprovedVersionSummary",
        "Results",
        "The frozen board summary of approved version v",
        'Made and stored when version v was approved, in fi, sv and en as data, Markdown, HTML and the archival PDF: the same bytes forever (strong ETag "sha256-<hex>", immutable caching), whatever happens to the assessment later. 404 for a version that was never approved.',
        { headers: ["IfNoneMatch"] },
      ),
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
        "Title, case id, language, publicity class (Julkisuuslaki 24 §), personal-data flag, and the file: the approved version's archival PDF at its versioned, immutable URI with its SHA-256 and size (the shape of Ahjo and 6Aika attachments); `alternatives` has the HTML. Pinned to the latest approved version: after a reopen it still describes that version until a newer one is approved. 409 until the assessment is approved.",
      ),
      request: { params: IdParam, query: z.object({ lang: LanguageQuery }) },
      responses: {
        200: json(AttachmentSchema, "the attachment record"),
        ...problems(...SIGNED_IN, ...EVALUATES, 404, 409, 422),
      },
    }),
    async (c) => {
      const id = c.req.valid("param").id;
      const latest = (await loadAssessmentContent(c, id)).approvedVersions.at(-1);
      if (!latest) throw new ProblemError(409, "invalid-state", detail("attachment-needs-approval"));
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
