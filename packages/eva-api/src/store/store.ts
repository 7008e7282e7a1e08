import type { AssessmentDraft, FollowUpRecord, ImpactFramework, Strategy } from "eva-core";

/** Workflow states: draft → submitted → approved (locked); return → draft; reopen → a new draft version. */
export type AssessmentStatus = "draft" | "submitted" | "approved";

/** One audit event (append-only): who, when, what, and the JSON Patch (RFC 6902) of the change. */
export interface AuditEvent {
  at: string;
  actor: string;
  action: "create" | "update" | "submit" | "approve" | "return" | "reopen" | "follow-up" | "import";
  version: number;
  comment?: string;
  patch: Array<{ op: string; path: string; value?: unknown; from?: string }>;
}

export interface AssessmentRecord {
  id: string;
  organization: string;
  status: AssessmentStatus;
  /** the assessment's version: 1, and +1 at every reopen */
  version: number;
  /** +1 at every write; the ETag derives from it */
  revision: number;
  etag: string;
  strategyId: string;
  strategyVersion: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  idempotencyKey?: string;
  returnComment?: string;
  approvedAt?: string;
  approvedBy?: string;
  data: AssessmentDraft;
  /** approved versions, kept when an approved assessment is reopened */
  approvedVersions: Array<{ version: number; approvedAt: string; approvedBy: string; data: AssessmentDraft }>;
  followUps: FollowUpRecord[];
  audit: AuditEvent[];
}

export interface StrategyRecord {
  organization: string;
  id: string;
  etag: string;
  versions: Strategy[];
}

export interface FrameworkRecord {
  organization: string;
  etag: string;
  framework: ImpactFramework;
}

export interface AssessmentFilter {
  caseKey?: string;
  status?: AssessmentStatus;
  /** free text, matched case-insensitively in the title and the case id */
  q?: string;
  cursor?: string;
  limit: number;
}

/** What every store returns for a stale or conflicting write (the API answers 412). */
export class PreconditionFailedError extends Error {
  override readonly name = "PreconditionFailedError";
}

/**
 * The storage seam (lowdb embedded, PostgreSQL for several instances). Small on purpose: every
 * method takes and returns plain copies; writes are conditional on the ETag the caller read
 * (`null` = must not exist yet) and are durable when the promise resolves.
 */
export interface Store {
  getAssessment(organization: string, id: string): Promise<AssessmentRecord | null>;
  listAssessments(
    organization: string,
    filter: AssessmentFilter,
  ): Promise<{ items: AssessmentRecord[]; nextCursor: string | null }>;
  /** all assessments of every organization that are approved (for public views and reports) */
  listApproved(organization: string | null): Promise<AssessmentRecord[]>;
  findByIdempotencyKey(organization: string, key: string): Promise<AssessmentRecord | null>;
  /**
   * `known.dataJson`, when given, is `JSON.stringify(record.data)`, so a store need not make it
   * again. `known.appendAudit` (only for a store with getAssessmentWithoutAudit) says that
   * `record.audit` holds just the new events, to be appended to the stored trail.
   */
  putAssessment(
    record: AssessmentRecord,
    expectedEtag: string | null,
    known?: { dataJson?: string; appendAudit?: boolean },
  ): Promise<AssessmentRecord>;
  /**
   * The assessment without its audit trail, for a store that can append to the trail without
   * reading it (putAssessment with `appendAudit`): an autosave then costs the same after 10 or
   * 10,000 earlier saves.
   */
  getAssessmentWithoutAudit?(
    organization: string,
    id: string,
  ): Promise<Omit<AssessmentRecord, "audit"> | null>;
  /**
   * The assessment's current ETag (null if there is none), for a store that can tell without
   * reading the record: the API then answers an unchanged assessment from its view cache.
   */
  assessmentEtag?(organization: string, id: string): Promise<string | null>;
  /**
   * The assessment without its draft, and the draft's JSON text as stored, for a store that
   * keeps records as text: the API then builds a view's JSON without parsing the draft.
   */
  getAssessmentParts?(
    organization: string,
    id: string,
  ): Promise<{ head: Omit<AssessmentRecord, "data">; dataJson: string } | null>;

  listStrategies(organization: string): Promise<StrategyRecord[]>;
  getStrategy(organization: string, id: string): Promise<StrategyRecord | null>;
  putStrategy(record: StrategyRecord, expectedEtag: string | null): Promise<StrategyRecord>;

  getFramework(organization: string): Promise<FrameworkRecord | null>;
  putFramework(record: FrameworkRecord, expectedEtag: string | null): Promise<FrameworkRecord>;

  organizations(): Promise<string[]>;
  ready(): Promise<boolean>;
  close(): Promise<void>;
}

/** A fresh opaque ETag for a new revision of a resource. */
export function makeEtag(kind: string, id: string, revision: number): string {
  let h = 2166136261;
  for (const ch of `${kind}:${id}:${revision}`) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 16777619);
  return `"${revision}-${(h >>> 0).toString(36)}"`;
}

/**
 * The JSON of `{ ...rest, [key]: value }` given `json` = JSON.stringify(value): the same text
 * JSON.stringify gives (for `rest` without a `key` of its own, and a `key` that is not an
 * integer like "0", which JavaScript would put first), with the large value's text made
 * once and shared, e.g. by the stored record and the view that answers the same write.
 */
export function jsonWithLast(rest: object, key: string, json: string): string {
  const head = JSON.stringify(rest);
  return `${head.length === 2 ? "{" : `${head.slice(0, -1)},`}${JSON.stringify(key)}:${json}}`;
}
