import type { Context } from "hono";
import { type Env, principal } from "../context.js";
import { detail, ProblemError } from "../problem.js";
import type { AssessmentRecord, AuditEvent } from "../store/store.js";
import { auditPatch } from "./audit-diff.js";

/** An assessment view without its draft: everything but `assessment`, in the view's order. */
export function assessmentViewHead(r: Omit<AssessmentRecord, "data" | "audit">) {
  return {
    id: r.id,
    organization: r.organization,
    status: r.status,
    version: r.version,
    etag: r.etag,
    strategyId: r.strategyId,
    strategyVersion: r.strategyVersion,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    createdBy: r.createdBy,
    ...(r.returnComment ? { returnComment: r.returnComment } : {}),
    ...(r.approvedAt ? { approvedAt: r.approvedAt, approvedBy: r.approvedBy } : {}),
    // the list marks overdue follow-ups without fetching every assessment's records
    ...(r.followUps.length > 0
      ? {
          lastFollowUpAt: r.followUps
            .map((f) => f.recordedAt)
            .sort()
            .at(-1),
        }
      : {}),
  };
}

/** The JSON an assessment is answered with (API.md: the assessment with status, version, etag). */
export function assessmentView(r: AssessmentRecord) {
  return { ...assessmentViewHead(r), assessment: r.data };
}

/** The caller's organization's assessment, or 404 (also for another organization's ids). */
export async function loadAssessment(c: Context<Env>, id: string): Promise<AssessmentRecord> {
  const r = await c.get("deps").store.getAssessment(principal(c).organization, id);
  if (!r) throw new ProblemError(404, "not-found", detail("no-assessment", { id }));
  return r;
}

const utf8 = new TextDecoder();

/**
 * The assessment without its audit trail, for the answers that do not show it (evaluation,
 * summary): from the store's parts where it has them (the trail, which grows with every save, is
 * then neither read nor parsed), else the whole record.
 */
export async function loadAssessmentContent(
  c: Context<Env>,
  id: string,
): Promise<Omit<AssessmentRecord, "audit">> {
  const store = c.get("deps").store;
  if (!store.getAssessmentParts) return loadAssessment(c, id);
  const parts = await store.getAssessmentParts(principal(c).organization, id);
  if (!parts) throw new ProblemError(404, "not-found", detail("no-assessment", { id }));
  const { audit: _trail, ...head } = parts.head;
  return { ...head, data: JSON.parse(utf8.decode(parts.dataJson)) };
}

export function auditEvent(
  c: Context<Env>,
  action: AuditEvent["action"],
  before: unknown,
  after: unknown,
  version: number,
  comment?: string,
): AuditEvent {
  return {
    at: c.get("deps").clock().toISOString(),
    actor: principal(c).name,
    action,
    version,
    ...(comment ? { comment } : {}),
    patch: auditPatch(before ?? {}, after ?? {}) as AuditEvent["patch"],
  };
}

/** Answers a record with its ETag header. */
export function withEtag<S extends 200 | 201 = 200>(
  c: Context,
  r: { etag: string },
  body: unknown,
  status?: S,
) {
  c.header("ETag", r.etag);
  // the body was built from the route's own schema; `never` lets it fit the route's typed response
  return c.json(body as never, (status ?? 200) as S);
}
