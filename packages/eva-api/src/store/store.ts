import type { AssessmentDraft, FollowUpRecord, ImpactFramework, Strategy } from "eva-core";
import type { WebhookEvent } from "../webhooks/events.js";
import type { WebhookStore } from "../webhooks/webhook-store.js";
import type { BlobStore } from "./blobs.js";

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
  /** callerId of the creator (issuer, organization, subject); absent on records made before it */
  createdById?: string;
  /** callerId of who submitted it last (the four-eyes rule); absent before the first submit */
  submittedById?: string;
  idempotencyKey?: string;
  /** SHA-256 of the creating request's body, which a retry with the same key must repeat */
  idempotencyFingerprint?: string;
  returnComment?: string;
  approvedAt?: string;
  approvedBy?: string;
  data: AssessmentDraft;
  /** approved versions, kept when an approved assessment is reopened */
  approvedVersions: ApprovedVersion[];
  followUps: FollowUpRecord[];
  /** "<version>:<date>" of the follow-up whose follow_up.due webhook event was written (once) */
  followUpDueSent?: string;
  audit: AuditEvent[];
}

/** One approved version: what was approved, by whom and when, and its summaries' frozen files. */
export interface ApprovedVersion {
  version: number;
  approvedAt: string;
  approvedBy: string;
  data: AssessmentDraft;
  /**
   * The summary of this version in each language and format ("fi.pdf", "sv.html", …), made at
   * approval and stored in the blob store by SHA-256: the same bytes forever. Absent on versions
   * approved before EVA kept them (they are made on first request).
   */
  files?: Record<string, { sha256: string; size: number }>;
}

/** An assessment without its current draft and its audit trail. */
export type AssessmentHead = Omit<AssessmentRecord, "audit" | "data">;

/**
 * Whether residents may see the assessment without signing in: its latest approved version is
 * public and marked for the resident view (seed 004: "asukasnäkymä julkiseksi").
 */
export function inResidentView(r: Pick<AssessmentRecord, "approvedVersions">): boolean {
  const p = r.approvedVersions[r.approvedVersions.length - 1]?.data.basics?.publicity;
  return p?.class === "public" && p.showInResidentView === true;
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

/** What a caller of putAssessment has already made of the record (see there). */
export interface KnownParts {
  /**
   * draftBytes(record.data), or those bytes in one part: a store may then keep that part as it is
   * (it may be a view of a larger buffer, e.g. the answer's), so the caller must not change it
   */
  draft?: DraftBytes;
  appendAudit?: boolean;
  /**
   * The webhook events the write causes (a workflow transition): written in the same durable
   * write as the record, as a pending delivery for each of the organization's endpoints that
   * takes the event (Store.webhooks()).
   */
  events?: readonly WebhookEvent[];
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
  /**
   * The assessment with this id, in any organization, if it is approved or has approved versions
   * (for the public view, which has no organization); the first by organization when ids repeat.
   * Without its draft and trail, which the public view never shows; reads that one record.
   */
  findApproved(id: string): Promise<AssessmentHead | null>;
  /**
   * The assessments in the resident view (inResidentView), of every organization, by organization
   * and id, without their drafts and trails; reads those records only.
   */
  listResidentView(): Promise<AssessmentHead[]>;
  findByIdempotencyKey(organization: string, key: string): Promise<AssessmentRecord | null>;
  /**
   * `known` is what the caller has already made of `record`, so a store need not make it again:
   * `draft` = draftBytes(record.data). `known.appendAudit` (only
   * for a store with getAssessmentForEdit) says that `record.audit` holds just the new events,
   * to be appended to the stored trail.
   */
  putAssessment(
    record: AssessmentRecord,
    expectedEtag: string | null,
    known?: KnownParts,
  ): Promise<AssessmentRecord>;
  /**
   * For an autosave, from a store that can append to the trail without reading it (putAssessment
   * with `appendAudit`): the assessment without its audit trail, which grows with every save, so
   * that an autosave neither parses nor serialises it. `sectionJson`, where a store has it, gives
   * the JSON text of a draft's top-level section as stored, so that the sections a save leaves
   * alone need not be serialised again.
   */
  getAssessmentForEdit?(
    organization: string,
    id: string,
  ): Promise<{
    record: Omit<AssessmentRecord, "audit">;
    /** a section's JSON as stored, UTF-8 */
    sectionJson?: (key: string) => Uint8Array | undefined;
  } | null>;
  /**
   * The assessment's current ETag (null if there is none), for a store that can tell without
   * reading the record: the API then answers an unchanged assessment from its view cache.
   */
  assessmentEtag?(organization: string, id: string): Promise<string | null>;
  /**
   * The assessment without its draft, and the draft's JSON as stored (UTF-8), for a store that
   * keeps records as JSON: the API then builds a view's JSON without parsing or encoding the draft.
   */
  getAssessmentParts?(
    organization: string,
    id: string,
  ): Promise<{
    /** the record without its draft (its trail too, or left out where the store keeps it apart) */
    head: Omit<AssessmentRecord, "data" | "audit"> & { audit?: AssessmentRecord["audit"] };
    dataJson: Uint8Array;
  } | null>;

  listStrategies(organization: string): Promise<StrategyRecord[]>;
  getStrategy(organization: string, id: string): Promise<StrategyRecord | null>;
  putStrategy(record: StrategyRecord, expectedEtag: string | null): Promise<StrategyRecord>;

  getFramework(organization: string): Promise<FrameworkRecord | null>;
  putFramework(record: FrameworkRecord, expectedEtag: string | null): Promise<FrameworkRecord>;

  organizations(): Promise<string[]>;
  ready(): Promise<boolean>;
  close(): Promise<void>;
  /** the webhook endpoints and deliveries (the events come with putAssessment's `known.events`) */
  webhooks(): WebhookStore;
  /** the blob store that lives with this store, where it has one (PostgreSQL: the same database) */
  blobStore?(): BlobStore;
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
  return `${jsonBeforeLast(rest, key)}${json}}`;
}

/** The text of jsonWithLast(rest, key, json) before `json` (the value's text, then `}`, follow). */
export function jsonBeforeLast(rest: object, key: string): string {
  return `${jsonOpen(rest)}${JSON.stringify(key)}:`;
}

/** The JSON of `rest` without its closing `}`: `{` and its keys, each followed by a comma. */
export function jsonOpen(rest: object): string {
  const json = JSON.stringify(rest);
  return json.length === 2 ? "{" : `${json.slice(0, -1)},`;
}

/**
 * A draft's JSON as UTF-8, in parts (copied once, into where it goes: the journal entry, the
 * answer), `length` bytes in all, and where each top-level section's value lies in it:
 * [key, start, end) in bytes.
 */
export interface DraftBytes {
  parts: ReadonlyArray<Uint8Array>;
  length: number;
  sections: ReadonlyArray<readonly [string, number, number]>;
}

/** Bytes of text (UTF-8) or bytes: the pieces a JSON text is put together from. */
export type Part = string | Uint8Array;

/** The UTF-8 length of the parts together. */
export const lengthOfParts = (parts: ReadonlyArray<Part>) =>
  parts.reduce((n, p) => n + (typeof p === "string" ? Buffer.byteLength(p) : p.byteLength), 0);

/** Copies the parts into `out` from byte `at` on; returns where they end. */
export function copyParts(out: Buffer, at: number, parts: ReadonlyArray<Part>): number {
  for (const p of parts) {
    if (typeof p === "string") at += out.write(p, at, "utf8");
    else {
      out.set(p, at);
      at += p.byteLength;
    }
  }
  return at;
}

/**
 * The parts in one Buffer of its own memory, `length` bytes: not a slice of Node's shared pool,
 * which a small Buffer kept for long would keep alive whole (8 KiB).
 */
export function bytesOf(parts: ReadonlyArray<Part>, length = lengthOfParts(parts)): Buffer {
  const out = Buffer.allocUnsafeSlow(length);
  copyParts(out, 0, parts);
  return out;
}

const OPEN = Buffer.from("{");
const CLOSE = Buffer.from("}");
/** `"key":` and `,"key":` as UTF-8, for the few section keys a draft has (made once each) */
const names = new Map<string, Buffer>();
function nameBytes(key: string, first: boolean): Buffer {
  const text = `${first ? "" : ","}${JSON.stringify(key)}:`;
  let bytes = names.get(text);
  if (!bytes) {
    bytes = Buffer.from(text);
    // a draft's keys are the schema's sections: anything past that is not worth keeping
    if (names.size < 256) names.set(text, bytes);
  }
  return bytes;
}

/**
 * JSON.stringify(data) as UTF-8, for a plain JSON object, section by section, with where each
 * section's value lies in it. `reuse(key, value)` may give a section's JSON already made (an
 * autosave's untouched sections, as stored), so only the changed ones are serialised and encoded
 * again; it must be exactly the UTF-8 of JSON.stringify(value).
 */
export function draftBytes(
  data: Record<string, unknown>,
  reuse?: (key: string, value: unknown) => Uint8Array | undefined,
): DraftBytes {
  const parts: Uint8Array[] = [OPEN];
  const sections: Array<readonly [string, number, number]> = [];
  let length = OPEN.byteLength;
  for (const key of Object.keys(data)) {
    const value = data[key];
    let bytes = reuse?.(key, value);
    if (bytes === undefined) {
      const text = JSON.stringify(value) as string | undefined;
      // JSON.stringify leaves out what has no JSON (undefined, functions, symbols)
      if (text === undefined) continue;
      bytes = Buffer.from(text);
    }
    const name = nameBytes(key, sections.length === 0);
    parts.push(name, bytes);
    length += name.byteLength;
    sections.push([key, length, length + bytes.byteLength]);
    length += bytes.byteLength;
  }
  parts.push(CLOSE);
  return { parts, length: length + CLOSE.byteLength, sections };
}
