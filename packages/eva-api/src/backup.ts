import {
  AssessmentDraftSchema,
  FollowUpRecordSchema,
  ImpactFrameworkSchema,
  StrategySchema,
  safeParseLocalized,
} from "eva-core";
import { z } from "zod";
import { type BlobStore, sha256Hex } from "./store/blobs.js";
import type { AssessmentRecord, FrameworkRecord, Store, StrategyRecord } from "./store/store.js";

/** A backup of one organization (or all): every record whole, as the store keeps it. */
export interface Backup {
  format: "eva-backup";
  version: 1;
  organizations: Array<{
    organization: string;
    strategies: StrategyRecord[];
    framework: FrameworkRecord | null;
    assessments: AssessmentRecord[];
  }>;
  /**
   * The approved summaries' frozen files the assessments name (approvedVersions[].files), by
   * SHA-256, base64: restored with the records, so a versioned URI serves the same bytes after a move.
   */
  blobs?: Record<string, string>;
}

async function allAssessments(store: Store, organization: string): Promise<AssessmentRecord[]> {
  const out: AssessmentRecord[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: AssessmentRecord[]; nextCursor: string | null } = await store.listAssessments(
      organization,
      {
        limit: 100,
        ...(cursor ? { cursor } : {}),
      },
    );
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

/**
 * `eva-api export`: reads every record of the organization(s) from the store, and with `blobs`
 * the approved summaries' files the records name.
 */
export async function exportBackup(store: Store, organization?: string, blobs?: BlobStore): Promise<Backup> {
  const orgs = organization ? [organization] : await store.organizations();
  const backup: Backup = {
    format: "eva-backup",
    version: 1,
    organizations: await Promise.all(
      orgs.map(async (org) => ({
        organization: org,
        strategies: await store.listStrategies(org),
        framework: await store.getFramework(org),
        assessments: await allAssessments(store, org),
      })),
    ),
  };
  if (!blobs) return backup;
  const files: Record<string, string> = {};
  for (const org of backup.organizations) {
    for (const a of org.assessments) {
      for (const v of a.approvedVersions) {
        for (const ref of Object.values(v.files ?? {})) {
          if (files[ref.sha256]) continue;
          const bytes = await blobs.get(ref.sha256);
          if (!bytes) throw new Error(`The frozen file ${ref.sha256} of ${a.id} v${v.version} is missing.`);
          files[ref.sha256] = bytes.toString("base64");
        }
      }
    }
  }
  return Object.keys(files).length > 0 ? { ...backup, blobs: files } : backup;
}

const text = z.string().min(1).max(500);
const AuditEventSchema = z.object({
  at: z.string().max(100),
  actor: z.string().max(500),
  action: z.enum(["create", "update", "submit", "approve", "return", "reopen", "follow-up", "import"]),
  version: z.int().min(1),
  comment: z.string().max(5000).optional(),
  patch: z.array(
    z.object({
      op: z.string(),
      path: z.string(),
      value: z.unknown().optional(),
      from: z.string().optional(),
    }),
  ),
});
const AssessmentRecordSchema = z.object({
  id: text,
  organization: text,
  status: z.enum(["draft", "submitted", "approved"]),
  version: z.int().min(1),
  revision: z.int().min(1),
  etag: text,
  strategyId: text,
  strategyVersion: z.int().min(1),
  createdAt: text,
  updatedAt: text,
  createdBy: z.string().max(500),
  idempotencyKey: z.string().max(200).optional(),
  returnComment: z.string().max(5000).optional(),
  approvedAt: text.optional(),
  approvedBy: z.string().max(500).optional(),
  data: AssessmentDraftSchema,
  approvedVersions: z.array(
    z.object({
      version: z.int().min(1),
      approvedAt: text,
      approvedBy: z.string().max(500),
      data: AssessmentDraftSchema,
      files: z
        .record(
          z.string().regex(/^(fi|sv|en)\.(json|md|html|pdf)$/),
          z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), size: z.int().min(0) }),
        )
        .optional(),
    }),
  ),
  followUps: z.array(FollowUpRecordSchema),
  audit: z.array(AuditEventSchema),
});
/**
 * What `eva-api import` accepts: the records as the store keeps them, every draft through
 * AssessmentDraftSchema and every strategy and framework through their own schemas, so that an
 * edited or damaged backup is refused with the paths of what is wrong (and the API can rely on
 * every stored draft being one the schema produced).
 */
export const BackupSchema = z.object({
  format: z.literal("eva-backup"),
  version: z.literal(1),
  organizations: z.array(
    z.object({
      organization: text,
      strategies: z.array(
        z.object({ organization: text, id: text, etag: text, versions: z.array(StrategySchema) }),
      ),
      framework: z.object({ organization: text, etag: text, framework: ImpactFrameworkSchema }).nullable(),
      assessments: z.array(AssessmentRecordSchema),
    }),
  ),
  blobs: z.record(z.string().regex(/^[0-9a-f]{64}$/), z.base64()).optional(),
});

/** A backup that does not match BackupSchema; `errors` has the JSON Pointer paths. */
export class InvalidBackupError extends Error {
  override readonly name = "InvalidBackupError";
  constructor(readonly errors: Array<{ path: string; message: string }>) {
    super(
      `Not a valid EVA backup:\n${errors
        .slice(0, 20)
        .map((e) => `  ${e.path || "/"}: ${e.message}`)
        .join("\n")}${errors.length > 20 ? `\n  … and ${errors.length - 20} more` : ""}`,
    );
  }
}

/** Checks a parsed backup file against BackupSchema (messages in `locale`). */
export function parseBackup(input: unknown, locale: "fi" | "sv" | "en" = "en"): Backup {
  const r = safeParseLocalized(BackupSchema, input, locale);
  if (!r.success) throw new InvalidBackupError(r.errors);
  return r.data as Backup;
}

/**
 * `eva-api import`: writes a backup into a store (e.g. lowdb → PostgreSQL). Records that already
 * exist are left alone and counted, so an interrupted import can simply be run again.
 */
export async function importBackup(
  store: Store,
  input: unknown,
  blobs?: BlobStore,
): Promise<{ written: number; skipped: number }> {
  const backup = parseBackup(input);
  // the files first, each checked against its name: a record is never restored naming bytes that are not there
  const files = Object.entries(backup.blobs ?? {}).map(([sha256, base64]) => ({
    sha256,
    bytes: Buffer.from(base64, "base64"),
  }));
  const wrong = files.filter((f) => sha256Hex(f.bytes) !== f.sha256);
  if (wrong.length > 0) {
    throw new InvalidBackupError(
      wrong.map((f) => ({ path: `/blobs/${f.sha256}`, message: "The file does not match its SHA-256." })),
    );
  }
  if (files.length > 0 && !blobs)
    throw new Error("The backup has approved summaries' files: give a blob store to import them.");
  for (const f of files) await blobs?.put(f.bytes);
  let written = 0;
  let skipped = 0;
  const put = async (f: () => Promise<unknown>) => {
    try {
      await f();
      written++;
    } catch (e) {
      if ((e as Error).name !== "PreconditionFailedError") throw e;
      skipped++;
    }
  };
  for (const org of backup.organizations) {
    for (const s of org.strategies) await put(() => store.putStrategy(s, null));
    const fw = org.framework;
    if (fw) await put(() => store.putFramework(fw, null));
    for (const a of org.assessments) await put(() => store.putAssessment(a, null));
  }
  return { written, skipped };
}
