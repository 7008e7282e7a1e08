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

/** `eva-api export`: reads every record of the organization(s) from the store. */
export async function exportBackup(store: Store, organization?: string): Promise<Backup> {
  const orgs = organization ? [organization] : await store.organizations();
  return {
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
}

/**
 * `eva-api import`: writes a backup into a store (e.g. lowdb → PostgreSQL). Records that already
 * exist are left alone and counted, so an interrupted import can simply be run again.
 */
export async function importBackup(
  store: Store,
  backup: Backup,
): Promise<{ written: number; skipped: number }> {
  if (backup.format !== "eva-backup" || backup.version !== 1)
    throw new Error("Not an EVA backup (format eva-backup, version 1)");
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
