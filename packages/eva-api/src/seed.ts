import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type AssessmentDraft,
  defaultFramework,
  demoAssessment,
  demoProposals,
  exampleStrategies,
  exampleStrategyVersions,
} from "eva-core";
import { hashToken, type Role, type TokenEntry } from "./auth/auth.js";
import { writeFileDurable } from "./store/durable-file.js";
import { type AssessmentRecord, makeEtag, PreconditionFailedError, type Store } from "./store/store.js";

const demoOrganizations = ["kaarina", "heinola", "kangasala"] as const;
const demoRoles: Role[] = ["admin", "preparer", "approver", "reader"];
// the names the app shows for the demo users (the header, "approved by"): people's names, not
// codes or English role words, with the organization as the strategies name it
const demoPeople: Record<Role, string> = {
  admin: "Pia Pääkäyttäjä",
  preparer: "Maija Valmistelija",
  approver: "Heikki Hyväksyjä",
  reader: "Liisa Lukija",
};
const organizationNames: Record<string, string> = Object.fromEntries(
  Object.values(exampleStrategies).map((s) => [s.organization, s.organizationName.fi]),
);

export interface DemoToken {
  organization: string;
  role: Role;
  token: string;
}

/**
 * The token config of the embedded default: `tokens.json` in the data directory holds SHA-256
 * hashes only. On the first start one demo token per organization and role is made; their clear
 * text is printed and kept in `demo-tokens.json` (mode 0600) so that `pnpm start` can show them
 * again. Delete that file (and the entries) before real use.
 */
export async function loadTokens(dir: string): Promise<{ entries: TokenEntry[]; demo: DemoToken[] }> {
  const file = join(dir, "tokens.json");
  const demoFile = join(dir, "demo-tokens.json");
  if (existsSync(file)) {
    const entries = JSON.parse(readFileSync(file, "utf8")) as TokenEntry[];
    const demo = existsSync(demoFile) ? (JSON.parse(readFileSync(demoFile, "utf8")) as DemoToken[]) : [];
    return { entries, demo };
  }
  const demo: DemoToken[] = demoOrganizations.flatMap((organization) =>
    demoRoles.map((role) => ({
      organization,
      role,
      token: `eva_${organization}_${role}_${randomBytes(12).toString("hex")}`,
    })),
  );
  const entries: TokenEntry[] = demo.map((d) => ({
    sha256: hashToken(d.token),
    organization: d.organization,
    roles: d.role === "admin" ? ["admin", "preparer", "approver", "reader"] : [d.role],
    name: `${demoPeople[d.role]} (${organizationNames[d.organization] ?? d.organization})`,
  }));
  await writeFileDurable(file, JSON.stringify(entries, null, 2));
  await writeFileDurable(demoFile, JSON.stringify(demo, null, 2));
  return { entries, demo };
}

/**
 * The demo data on an empty store: every version of the seeds' strategies (Kaarina's 2018–2025
 * strategy and its 2022 renewal), the default framework, the demo case (made against Kaarina's
 * version 1, as it was in 2023; approved, and a draft copy), and nine more Kaarina proposals
 * awaiting the board (submitted), which the portfolio page (Salkku) weighs against a year's budget.
 */
export async function seedDemo(store: Store, clock: () => Date): Promise<void> {
  if ((await store.organizations()).length > 0) return;
  try {
    await seedAll(store, clock);
  } catch (e) {
    // another instance on the same database seeded first: its data is the same demo data
    if (!(e instanceof PreconditionFailedError)) throw e;
  }
}

async function seedAll(store: Store, clock: () => Date): Promise<void> {
  const at = clock().toISOString();
  for (const versions of Object.values(exampleStrategyVersions)) {
    const s = versions[versions.length - 1];
    if (!s) continue;
    await store.putStrategy(
      { organization: s.organization, id: s.id, etag: makeEtag("strategy", s.id, s.version), versions },
      null,
    );
    await store.putFramework(
      {
        organization: s.organization,
        etag: makeEtag("framework", s.organization, 1),
        framework: defaultFramework,
      },
      null,
    );
  }
  const data = structuredClone(demoAssessment) as AssessmentDraft;
  const approved: AssessmentRecord = {
    id: "demo-littoinen",
    organization: "kaarina",
    status: "approved",
    version: 1,
    revision: 1,
    etag: makeEtag("assessment", "demo-littoinen", 1),
    strategyId: exampleStrategies.kaarina.id,
    strategyVersion: exampleStrategies.kaarina.version,
    createdAt: at,
    updatedAt: at,
    createdBy: "EVA demo",
    approvedAt: at,
    approvedBy: "EVA demo",
    data,
    approvedVersions: [{ version: 1, approvedAt: at, approvedBy: "EVA demo", data }],
    followUps: [],
    audit: [{ at, actor: "EVA demo", action: "import", version: 1, patch: [] }],
  };
  await store.putAssessment(approved, null);
  const draftData = structuredClone(data);
  if (draftData.basics) {
    draftData.basics.title = "Littoisten koulun tilaratkaisu (harjoitus)";
    if (draftData.basics.publicity) draftData.basics.publicity.showInResidentView = false;
  }
  await store.putAssessment(
    {
      ...approved,
      id: "demo-littoinen-draft",
      status: "draft",
      etag: makeEtag("assessment", "demo-littoinen-draft", 1),
      approvedAt: undefined,
      approvedBy: undefined,
      data: draftData,
      approvedVersions: [],
    } as AssessmentRecord,
    null,
  );
  for (const { id, assessment } of demoProposals) {
    const proposal = structuredClone(assessment) as AssessmentDraft;
    await store.putAssessment(
      {
        ...approved,
        id,
        status: "submitted",
        etag: makeEtag("assessment", id, 1),
        approvedAt: undefined,
        approvedBy: undefined,
        data: proposal,
        approvedVersions: [],
        audit: [{ at, actor: "EVA demo", action: "import", version: 1, patch: [] }],
      } as AssessmentRecord,
      null,
    );
  }
}
