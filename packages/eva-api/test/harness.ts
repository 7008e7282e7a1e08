import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../src/app.js";
import { hashToken, type Role, staticTokenAuth, type TokenEntry } from "../src/auth/auth.js";
import type { SignInConfig } from "../src/auth/sign-in-config.js";
import { seedDemo } from "../src/seed.js";
import { FileBlobStore } from "../src/store/blobs.js";
import { LowdbStore } from "../src/store/lowdb-store.js";

export const orgs = ["kaarina", "heinola"] as const;
export const roleList: Role[] = ["admin", "preparer", "approver", "reader"];
/** Known test tokens: `${org}-${role}`. */
export const token = (org: string, role: Role) => `test-${org}-${role}`;

/** A real app on a real lowdb directory with the demo data, a fixed clock and test tokens. */
export async function testApp(
  options: {
    rateLimit?: number;
    publicRateLimit?: number;
    trustedProxies?: number;
    signIn?: SignInConfig;
  } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), "eva-api-test-"));
  const store = await LowdbStore.open(dir);
  let now = Date.parse("2026-03-01T09:00:00Z");
  const clock = () => new Date(now);
  await seedDemo(store, clock);
  const entries: TokenEntry[] = orgs.flatMap((o) =>
    roleList.map((r) => ({
      sha256: hashToken(token(o, r)),
      organization: o,
      roles: [r],
      name: `${r} of ${o}`,
    })),
  );
  const app = createApp({
    store,
    blobs: new FileBlobStore(join(dir, "blobs")),
    auth: staticTokenAuth(entries),
    clock,
    rateLimit: options.rateLimit ?? 100_000,
    publicRateLimit: options.publicRateLimit ?? 100_000,
    ...(options.trustedProxies !== undefined ? { trustedProxies: options.trustedProxies } : {}),
    ...(options.signIn ? { signIn: options.signIn } : {}),
  });
  const call = (
    method: string,
    path: string,
    opts: { token?: string | null; body?: unknown; headers?: Record<string, string> } = {},
  ) => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.token !== null) headers.authorization = `Bearer ${opts.token ?? token("kaarina", "reader")}`;
    let body: string | undefined;
    if (opts.body !== undefined) {
      body = typeof opts.body === "string" ? opts.body : JSON.stringify(opts.body);
      headers["content-type"] ??= "application/json";
    }
    return app.request(path, { method, headers, ...(body !== undefined ? { body } : {}) });
  };
  return {
    app,
    store,
    dir,
    call,
    advance: (ms: number) => {
      now += ms;
    },
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof testApp>>;

/** Creates a draft for Kaarina from the demo data and returns its id and ETag. */
export async function createDraft(
  t: TestApp,
  caseId = "123/02.02.00/2026",
  extra: Record<string, unknown> = {},
) {
  const res = await t.call("POST", "/v1/assessments", {
    token: token("kaarina", "preparer"),
    body: {
      caseRef: { organization: "kaarina", system: "dynasty", caseId },
      strategyId: "kaarina-strategia",
      ...extra,
    },
  });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  const json = (await res.json()) as { id: string; etag: string };
  return { id: json.id, etag: res.headers.get("etag") ?? "" };
}
