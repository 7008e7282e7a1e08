import { createHash } from "node:crypto";
import { createRoute, z } from "@hono/zod-openapi";
import {
  type AssessmentDraft,
  AssessmentDraftSchema,
  CaseSystemSchema,
  caseKey,
  safeParseDraftUpdate,
  safeParseLocalized,
} from "eva-core";
import type { Context } from "hono";
import { callerId } from "../auth/auth.js";
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
import { type Locale, localeOf } from "../locale.js";
import {
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
import { type AssessmentRecord, draftBytes, makeEtag, PreconditionFailedError } from "../store/store.js";
import {
  AssessmentListSchema,
  AssessmentPatchSchema,
  AssessmentStatusSchema,
  AssessmentViewSchema,
  CreateAssessmentSchema,
  IdParam,
  opaqueId,
} from "./schemas.js";

const ListQuery = z.object({
  caseSystem: CaseSystemSchema.optional().openapi({ description: "with caseId: the case's system" }),
  caseId: opaqueId(200).optional().openapi({ description: "the case id, matched on its normalised form" }),
  status: AssessmentStatusSchema.optional(),
  q: z.string().max(200).optional().openapi({ description: "text to look for in the title and the case id" }),
  cursor: z.string().max(500).optional().openapi({ description: "nextCursor of the page before" }),
  limit: z.coerce.number().int().min(1).max(100).default(20).openapi({ description: "items a page, 1–100" }),
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
  if (!found) throw new ProblemError(404, "not-found", detail("no-assessment", { id }));
  return { r: found.record, sectionJson: found.sectionJson };
}

const noSuchStrategy: Record<Locale, (id: string, version: number) => string> = {
  fi: (id, v) => `Organisaatiollasi ei ole strategiaa ${id} versiota ${v}.`,
  sv: (id, v) => `Din organisation har ingen strategi ${id} version ${v}.`,
  en: (id, v) => `Your organization has no strategy ${id} version ${v}.`,
};

/**
 * The draft with its strategyRef made one with the record's strategyId and strategyVersion (what
 * the evaluation reads): a draft without one keeps the record's; a changed one must name a
 * version of a strategy of the caller's organization (else 422), and the record follows it.
 */
async function withStrategyRef(
  c: Context<Env>,
  r: Pick<AssessmentRecord, "organization" | "strategyId" | "strategyVersion">,
  draft: AssessmentDraft,
): Promise<{ data: AssessmentDraft; strategyId: string; strategyVersion: number }> {
  const ref = draft.strategyRef;
  if (!ref) {
    const data = { ...draft, strategyRef: { id: r.strategyId, version: r.strategyVersion } };
    return { data, strategyId: r.strategyId, strategyVersion: r.strategyVersion };
  }
  if (ref.id !== r.strategyId || ref.version !== r.strategyVersion) {
    const strategy = await c.get("deps").store.getStrategy(r.organization, ref.id);
    if (!strategy?.versions.some((v) => v.version === ref.version)) {
      throw new ProblemError(422, "validation-failed", undefined, [
        {
          path: "/strategyRef",
          code: "unknown_strategy",
          message: noSuchStrategy[localeOf(c)](ref.id, ref.version),
        },
      ]);
    }
  }
  return { data: draft, strategyId: ref.id, strategyVersion: ref.version };
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
    throw new ProblemError(409, "invalid-state", detail("only-draft-editable", { status: r.status }));
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
        key: "wrong_organization",
        params: { organization: r.organization },
      },
    ]);
  }
  if (r.etag !== expected) throw new ProblemError(412, "precondition-failed", detail("precondition-failed"));
  const { data, strategyId, strategyVersion } = await withStrategyRef(c, r, parsed.data);
  const event = auditEvent(c, "update", r.data, data, r.version);
  const updated: AssessmentRecord = {
    ...r,
    revision: r.revision + 1,
    etag: makeEtag("assessment", r.id, r.revision + 1),
    updatedAt: now(c),
    strategyId,
    strategyVersion,
    data,
    // without the stored trail in hand, the store appends the event to it
    audit: r.audit ? [...r.audit, event] : [event],
  };
  const store = c.get("deps").store;
  // the draft's JSON, made once for the stored record and the answer: a section that is the very
  // object parsed from the stored JSON (one the save left alone) keeps its stored bytes, which are
  // exactly its JSON.stringify (the stored JSON is JSON.stringify output, and it round-trips)
  const before = r.data as Record<string, unknown>;
  const draft = draftBytes(data as Record<string, unknown>, (key, value) =>
    sectionJson && value === before[key] ? sectionJson(key) : undefined,
  );
  // the answer is made first, and the store keeps its draft's part: one copy of the draft's bytes
  const answer = answerWithDraft(updated, draft);
  const saved = await store.putAssessment(updated, expected, {
    draft: answer.draft,
    appendAudit: r.audit === undefined,
  });
  return jsonText(c, saved.etag, saved === updated ? answer.keep(store) : assessmentBody(store, saved));
}

/** An Idempotency-Key with what it binds: the request's body and the caller (IETF draft § 2.5). */
interface Idempotency {
  key: string;
  /** SHA-256 of the validated body's JSON */
  fingerprint: string;
  caller: string;
  /** takes the key for this process while the request runs; false when another request has it */
  claim(): boolean;
  release(): void;
}

/** Keys being processed, per app: the draft's 409 for a retry that overtakes the first request. */
const inFlight = new WeakMap<object, Set<string>>();

function idempotencyOf(c: Context<Env>, key: string, body: unknown): Idempotency {
  const p = principal(c);
  const deps = c.get("deps");
  let keys = inFlight.get(deps);
  if (!keys) {
    keys = new Set();
    inFlight.set(deps, keys);
  }
  const taken = keys;
  const slot = JSON.stringify([p.organization, key]);
  let mine = false;
  return {
    key,
    fingerprint: createHash("sha256").update(JSON.stringify(body)).digest("hex"),
    caller: callerId(p),
    claim: () => {
      if (taken.has(slot)) return false;
      taken.add(slot);
      mine = true;
      return true;
    },
    release: () => {
      if (mine) taken.delete(slot);
    },
  };
}

/**
 * The first request's answer again, for a retry: 201 with the assessment it created. The same
 * key with another body, or from another caller, is 422 (the draft's "idempotency key reused").
 * Assessments from before keys were bound carry no fingerprint: they are answered as before.
 */
function replay(c: Context<Env>, existing: AssessmentRecord, idem: Idempotency) {
  const otherCaller = existing.createdById !== undefined && existing.createdById !== idem.caller;
  const otherBody =
    existing.idempotencyFingerprint !== undefined && existing.idempotencyFingerprint !== idem.fingerprint;
  if (otherCaller || otherBody) {
    throw new ProblemError(
      422,
      "idempotency-key-reused",
      detail(otherCaller ? "idempotency-other-caller" : "idempotency-other-body"),
    );
  }
  c.header("Location", `/v1/assessments/${existing.id}`);
  return withEtag(c, existing, assessmentView(existing), 201);
}

/** Creates the draft of a POST /v1/assessments. */
async function create(
  c: Context<Env>,
  body: z.infer<typeof CreateAssessmentSchema>,
  idem: Idempotency | undefined,
) {
  const p = principal(c);
  const store = c.get("deps").store;
  if (body.caseRef.organization !== p.organization) {
    throw new ProblemError(422, "validation-failed", undefined, [
      {
        path: "/caseRef/organization",
        code: "wrong_organization",
        key: "wrong_organization",
        params: { organization: p.organization },
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
            key: "unknown_strategy_version",
            params: { id: body.strategyId, version: body.strategyVersion },
          }
        : {
            path: "/strategyId",
            code: "unknown_strategy",
            key: "unknown_strategy",
            params: { id: body.strategyId },
          },
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
    createdById: callerId(p),
    ...(idem ? { idempotencyKey: idem.key, idempotencyFingerprint: idem.fingerprint } : {}),
    data,
    approvedVersions: [],
    followUps: [],
    audit: [],
  };
  record.audit.push(auditEvent(c, "create", {}, data, 1));
  const saved = await store.putAssessment(record, null);
  c.header("Location", `/v1/assessments/${id}`);
  return withEtag(c, saved, assessmentView(saved), 201);
}

export const assessmentsApp = router()
  .openapi(
    createRoute({
      method: "post",
      path: "/v1/assessments",
      ...operation(
        "createAssessment",
        "Assessments",
        "Create a draft for a case (preparer)",
        "Starts the EVA of a case in the caller's organization against the strategy's current version. With an Idempotency-Key (the case id is a good one) a retry returns the assessment made the first time.",
        { headers: ["IdempotencyKey"] },
      ),
      middleware: [allow("preparer")] as const,
      request: { body: jsonBody(CreateAssessmentSchema) },
      responses: {
        201: json(
          AssessmentViewSchema,
          "created (or, for a retried Idempotency-Key, the first one)",
          "ETag",
          "Location",
        ),
        ...problems(...SIGNED_IN, ...JSON_BODY, 403, 409),
      },
    }),
    async (c) => {
      const p = requireRole(c, "preparer");
      const body = c.req.valid("json");
      const store = c.get("deps").store;
      const key = c.req.header("idempotency-key")?.slice(0, 200);
      const idem = key ? idempotencyOf(c, key, body) : undefined;
      if (idem) {
        const existing = await store.findByIdempotencyKey(p.organization, idem.key);
        if (existing) return replay(c, existing, idem);
        if (!idem.claim()) {
          throw new ProblemError(409, "conflict", detail("idempotency-in-progress"));
        }
      }
      try {
        return await create(c, body, idem);
      } catch (e) {
        // another instance took the key meanwhile (PostgreSQL's unique index refuses the second)
        const existing =
          idem && e instanceof PreconditionFailedError
            ? await store.findByIdempotencyKey(p.organization, idem.key)
            : null;
        if (idem && existing) return replay(c, existing, idem);
        throw e;
      } finally {
        idem?.release();
      }
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/v1/assessments",
      ...operation(
        "listAssessments",
        "Assessments",
        "List the organization's assessments",
        "Newest first, a page at a time (?cursor= the nextCursor of the page before); filtered by case, status or text.",
      ),
      request: { query: ListQuery },
      responses: { 200: json(AssessmentListSchema, "a page"), ...problems(...SIGNED_IN, 422) },
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
      ...operation(
        "getAssessment",
        "Assessments",
        "One assessment with its status, version and ETag",
        "With If-None-Match (the ETag you have) the answer is 304 without a body while nothing has changed: cheap polling for a case system.",
        { headers: ["IfNoneMatch"] },
      ),
      request: { params: IdParam },
      responses: {
        200: json(AssessmentViewSchema, "the assessment", "ETag"),
        ...notModifiedResponse,
        ...problems(...SIGNED_IN, 404, 422),
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
      ...operation(
        "replaceAssessment",
        "Assessments",
        "Replace a draft (preparer)",
        "Saves the whole draft; any well-formed AssessmentDraft saves (what is still missing is a finding, not an error).",
        { headers: ["IfMatch"] },
      ),
      middleware: [allow("preparer")] as const,
      request: { params: IdParam, body: jsonBody(AssessmentDraftSchema) },
      responses: {
        200: json(AssessmentViewSchema, "saved", "ETag"),
        ...problems(...SIGNED_IN, ...JSON_BODY, ...CONDITIONAL, 403, 404),
      },
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
      ...operation(
        "patchAssessment",
        "Assessments",
        "Autosave a draft with a merge patch (preparer)",
        "JSON Merge Patch (RFC 7396, application/merge-patch+json; application/json is accepted too) of the draft: only the sections it changes are validated again. What autosave uses.",
        { headers: ["IfMatch"] },
      ),
      middleware: [allow("preparer")] as const,
      request: {
        params: IdParam,
        body: {
          content: {
            "application/merge-patch+json": { schema: AssessmentPatchSchema },
            "application/json": { schema: AssessmentPatchSchema },
          },
          required: true,
        },
      },
      responses: {
        200: json(AssessmentViewSchema, "saved", "ETag"),
        ...problems(...SIGNED_IN, ...JSON_BODY, ...CONDITIONAL, 403, 404),
      },
    }),
    async (c) => {
      requireRole(c, "preparer");
      const expected = requireIfMatch(c);
      const edit = await loadForEdit(c, c.req.valid("param").id);
      let patch: unknown;
      try {
        patch = await c.req.json();
      } catch {
        throw new ProblemError(400, "malformed-json", detail("malformed-json"));
      }
      if (typeof patch !== "object" || patch === null || Array.isArray(patch)) {
        throw new ProblemError(422, "validation-failed", undefined, [
          { path: "", code: "invalid_type", key: "merge_patch_object" },
        ]);
      }
      return saveDraft(c, edit, expected, mergePatch(edit.r.data, patch), true);
    },
  );
