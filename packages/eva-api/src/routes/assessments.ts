import { createRoute, z } from "@hono/zod-openapi";
import {
  AssessmentDraftSchema,
  CaseSystemSchema,
  caseKey,
  safeParseDraftUpdate,
  safeParseLocalized,
} from "eva-core";
import type { Context } from "hono";
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
import { ProblemError } from "../problem.js";
import { newId } from "../services/ids.js";
import { mergePatch } from "../services/merge-patch.js";
import {
  answerWithDraft,
  assessmentBody,
  cachedAssessmentBody,
  jsonText,
  storedAssessmentBody,
} from "../services/view-cache.js";
import { assessmentView, auditEvent, loadAssessment, withEtag } from "../services/views.js";
import { type AssessmentRecord, draftBytes, makeEtag } from "../store/store.js";
import {
  AssessmentViewSchema,
  bearer,
  CreateAssessmentSchema,
  commonErrors,
  IdParam,
  jsonBody,
  jsonResponse,
  notModifiedResponse,
  writeErrors,
} from "./schemas.js";

const ListQuery = z.object({
  caseSystem: CaseSystemSchema.optional(),
  caseId: z.string().max(200).optional(),
  status: z.enum(["draft", "submitted", "approved"]).optional(),
  q: z.string().max(200).optional(),
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** A draft to save: with its audit trail, or without it when the store can append to the trail. */
type EditableAssessment = Omit<AssessmentRecord, "audit"> & { audit?: AssessmentRecord["audit"] };

/** An assessment to save, and the stored JSON of its draft's sections when the store has it. */
interface Edit {
  r: EditableAssessment;
  sectionJson?: (key: string) => Uint8Array | undefined;
}

/** The caller's organization's assessment for a save (404 as loadAssessment), its trail left in the store when it can be. */
async function loadForEdit(c: Context<Env>, id: string): Promise<Edit> {
  const store = c.get("deps").store;
  if (!store.getAssessmentForEdit) return { r: await loadAssessment(c, id) };
  const found = await store.getAssessmentForEdit(principal(c).organization, id);
  if (!found) throw new ProblemError(404, "not-found", `No assessment ${id}.`);
  return { r: found.record, sectionJson: found.sectionJson };
}

/**
 * Saves `next` as the draft. `merged` says that `next` is a merge patch applied to the stored
 * draft (which every write path has validated), so only the sections it changed are parsed again
 * (safeParseDraftUpdate gives the full schema's result, errors included) and serialised again
 * (the others' JSON is the stored text).
 */
async function saveDraft(
  c: Context<Env>,
  { r, sectionJson }: Edit,
  expected: string,
  next: unknown,
  merged = false,
) {
  if (r.status !== "draft")
    throw new ProblemError(
      409,
      "invalid-state",
      `The assessment is ${r.status}; only a draft can be edited.`,
    );
  const parsed = merged
    ? safeParseDraftUpdate(r.data, next, localeOf(c))
    : safeParseLocalized(AssessmentDraftSchema, next, localeOf(c));
  if (!parsed.success) throw new ProblemError(422, "validation-failed", undefined, parsed.errors);
  if (
    parsed.data.basics?.caseRef?.organization &&
    parsed.data.basics.caseRef.organization !== r.organization
  ) {
    throw new ProblemError(422, "validation-failed", undefined, [
      {
        path: "/basics/caseRef/organization",
        code: "wrong_organization",
        message: "The case belongs to another organization.",
      },
    ]);
  }
  if (r.etag !== expected)
    throw new ProblemError(412, "precondition-failed", "Reload the assessment and apply your change again.");
  const event = auditEvent(c, "update", r.data, parsed.data, r.version);
  const updated: AssessmentRecord = {
    ...r,
    revision: r.revision + 1,
    etag: makeEtag("assessment", r.id, r.revision + 1),
    updatedAt: now(c),
    data: parsed.data,
    // without the stored trail in hand, the store appends the event to it
    audit: r.audit ? [...r.audit, event] : [event],
  };
  const store = c.get("deps").store;
  // the draft's JSON, made once for the stored record and the answer: a section that is the very
  // object parsed from the stored JSON (one the save left alone) keeps its stored bytes, which are
  // exactly its JSON.stringify (the stored JSON is JSON.stringify output, and it round-trips)
  const before = r.data as Record<string, unknown>;
  const draft = draftBytes(parsed.data as Record<string, unknown>, (key, value) =>
    sectionJson && value === before[key] ? sectionJson(key) : undefined,
  );
  // the answer is made first, and the store keeps its draft's part: one copy of the draft's bytes
  const answer = answerWithDraft(updated, draft);
  const saved = await store.putAssessment(updated, expected, {
    draft: answer.draft,
    appendAudit: r.audit === undefined,
    shareDraft: true,
  });
  return jsonText(c, saved.etag, saved === updated ? answer.keep(store) : assessmentBody(store, saved));
}

export const assessmentsApp = router()
  .openapi(
    createRoute({
      method: "post",
      path: "/v1/assessments",
      summary: "Create a draft for a case (preparer); Idempotency-Key makes retries safe",
      middleware: [allow("preparer")] as const,
      security: bearer,
      request: { body: jsonBody(CreateAssessmentSchema) },
      responses: { 201: jsonResponse(AssessmentViewSchema, "created"), ...writeErrors },
    }),
    async (c) => {
      const p = requireRole(c, "preparer");
      const body = c.req.valid("json");
      const store = c.get("deps").store;
      const key = c.req.header("idempotency-key")?.slice(0, 200);
      if (key) {
        const existing = await store.findByIdempotencyKey(p.organization, key);
        if (existing) {
          c.header("Location", `/v1/assessments/${existing.id}`);
          return withEtag(c, existing, assessmentView(existing), 201);
        }
      }
      if (body.caseRef.organization !== p.organization) {
        throw new ProblemError(422, "validation-failed", undefined, [
          {
            path: "/caseRef/organization",
            code: "wrong_organization",
            message: `Use your organization (${p.organization}).`,
          },
        ]);
      }
      const strategy = await store.getStrategy(p.organization, body.strategyId);
      const current =
        body.strategyVersion === undefined
          ? strategy?.versions[strategy.versions.length - 1]
          : strategy?.versions.find((v) => v.version === body.strategyVersion);
      if (!current) {
        throw new ProblemError(422, "validation-failed", undefined, [
          body.strategyVersion !== undefined && strategy
            ? {
                path: "/strategyVersion",
                code: "unknown_strategy_version",
                message: `No version ${body.strategyVersion} of ${body.strategyId}.`,
              }
            : { path: "/strategyId", code: "unknown_strategy", message: `No strategy ${body.strategyId}.` },
        ]);
      }
      // the organization's framework in force now is the case's for good (evaluation, findings and
      // summary read it from the assessment): a later PUT /v1/framework does not change old cases
      const framework = body.assessment?.framework ?? (await store.getFramework(p.organization))?.framework;
      const data = AssessmentDraftSchema.parse({
        ...(body.assessment ?? {}),
        ...(framework ? { framework } : {}),
        strategyRef: { id: current.id, version: current.version },
        basics: { ...(body.assessment?.basics ?? {}), caseRef: body.caseRef },
      });
      const id = newId();
      const at = now(c);
      const record: AssessmentRecord = {
        id,
        organization: p.organization,
        status: "draft",
        version: 1,
        revision: 1,
        etag: makeEtag("assessment", id, 1),
        strategyId: current.id,
        strategyVersion: current.version,
        createdAt: at,
        updatedAt: at,
        createdBy: p.name,
        ...(key ? { idempotencyKey: key } : {}),
        data,
        approvedVersions: [],
        followUps: [],
        audit: [],
      };
      record.audit.push(auditEvent(c, "create", {}, data, 1));
      const saved = await store.putAssessment(record, null);
      c.header("Location", `/v1/assessments/${id}`);
      return withEtag(c, saved, assessmentView(saved), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/v1/assessments",
      summary: "List the organization's assessments (newest first, paginated)",
      security: bearer,
      request: { query: ListQuery },
      responses: {
        200: jsonResponse(
          z.object({ items: z.array(AssessmentViewSchema), nextCursor: z.string().nullable() }),
          "a page",
        ),
        ...commonErrors,
      },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const filter = {
        ...(q.caseId ? { caseKey: caseKey({ system: q.caseSystem ?? "other", caseId: q.caseId }) } : {}),
        ...(q.status ? { status: q.status } : {}),
        ...(q.q ? { q: q.q } : {}),
        ...(q.cursor ? { cursor: q.cursor } : {}),
        limit: q.limit,
      };
      const page = await c.get("deps").store.listAssessments(principal(c).organization, filter);
      return c.json({ items: page.items.map(assessmentView), nextCursor: page.nextCursor }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/v1/assessments/{id}",
      summary: "One assessment with its status, version and ETag",
      security: bearer,
      request: { params: IdParam },
      responses: {
        200: jsonResponse(AssessmentViewSchema, "the assessment"),
        ...notModifiedResponse,
        ...commonErrors,
      },
    }),
    async (c) => {
      const id = c.req.valid("param").id;
      const store = c.get("deps").store;
      const organization = principal(c).organization;
      // a case system polling for a change gets 304 without the body while nothing has changed
      if (c.req.header("if-none-match") !== undefined) {
        const etag = store.assessmentEtag
          ? await store.assessmentEtag(organization, id)
          : ((await store.getAssessment(organization, id))?.etag ?? null);
        if (etag !== null && ifNoneMatchHits(c, etag)) return notModified(c, etag);
      }
      const hit =
        (await cachedAssessmentBody(store, organization, id)) ??
        (await storedAssessmentBody(store, organization, id));
      if (hit) return jsonText(c, hit.etag, hit.body);
      const r = await loadAssessment(c, id);
      return jsonText(c, r.etag, assessmentBody(store, r));
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/v1/assessments/{id}",
      summary: "Replace a draft (preparer, If-Match)",
      middleware: [allow("preparer")] as const,
      security: bearer,
      request: { params: IdParam, body: jsonBody(AssessmentDraftSchema) },
      responses: { 200: jsonResponse(AssessmentViewSchema, "saved"), ...writeErrors },
    }),
    async (c) => {
      requireRole(c, "preparer");
      const expected = requireIfMatch(c);
      const edit = await loadForEdit(c, c.req.valid("param").id);
      return saveDraft(c, edit, expected, c.req.valid("json"));
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/v1/assessments/{id}",
      summary: "Autosave: JSON Merge Patch (RFC 7396) of a draft (preparer, If-Match)",
      middleware: [allow("preparer")] as const,
      security: bearer,
      request: {
        params: IdParam,
        body: {
          content: {
            "application/merge-patch+json": { schema: z.record(z.string(), z.unknown()) },
            "application/json": { schema: z.record(z.string(), z.unknown()) },
          },
        },
      },
      responses: { 200: jsonResponse(AssessmentViewSchema, "saved"), ...writeErrors },
    }),
    async (c) => {
      requireRole(c, "preparer");
      const expected = requireIfMatch(c);
      const edit = await loadForEdit(c, c.req.valid("param").id);
      let patch: unknown;
      try {
        patch = await c.req.json();
      } catch {
        throw new ProblemError(400, "malformed-json", "The body is not valid JSON.");
      }
      if (typeof patch !== "object" || patch === null || Array.isArray(patch)) {
        throw new ProblemError(422, "validation-failed", undefined, [
          { path: "", code: "invalid_type", message: "A merge patch is a JSON object." },
        ]);
      }
      return saveDraft(c, edit, expected, mergePatch(edit.r.data, patch), true);
    },
  );
