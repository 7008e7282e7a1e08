import { mkdtempSync, rmSync } from "node:fs";
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { demoAssessment } from "eva-core";
import { createApp } from "../src/app.js";
import { type Auth, hashToken, type Role, staticTokenAuth, type TokenEntry } from "../src/auth/auth.js";
import type { SignInConfig } from "../src/auth/sign-in-config.js";
import { seedDemo } from "../src/seed.js";
import type { Evaluator } from "../src/services/evaluator.js";
import type { PortfolioLimits } from "../src/services/run-portfolio.js";
import { FileBlobStore } from "../src/store/blobs.js";
import { LowdbStore } from "../src/store/lowdb-store.js";
import type { WebhookPolicy } from "../src/webhooks/address-guard.js";
import { createWebhookWorker } from "../src/webhooks/worker.js";
import { checkedFetch } from "./contract.js";

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
    /** more token entries, e.g. a second preparer */
    tokens?: TokenEntry[];
    /** another auth instead of the test tokens */
    auth?: Auth;
    evaluator?: Evaluator;
    fourEyes?: boolean;
    corsOrigins?: string[];
    portfolio?: PortfolioLimits;
    /** where the clock starts (ms); default 2026-03-01T09:00Z */
    start?: number;
    /** where webhooks may go; default 127.0.0.1 only, never a public address */
    webhookPolicy?: WebhookPolicy;
  } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), "eva-api-test-"));
  const store = await LowdbStore.open(dir);
  let now = options.start ?? Date.parse("2026-03-01T09:00:00Z");
  const clock = () => new Date(now);
  await seedDemo(store, clock);
  const webhookPolicy = options.webhookPolicy ?? { allowedHosts: ["127.0.0.1"], publicDelivery: false };
  // the delivery worker on the test's clock: a test calls worker.tick(), or worker.start()
  const worker = createWebhookWorker({ store: store.webhooks(), policy: webhookPolicy, clock });
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
    auth: options.auth ?? staticTokenAuth([...entries, ...(options.tokens ?? [])]),
    ...(options.evaluator ? { evaluator: options.evaluator } : {}),
    ...(options.fourEyes !== undefined ? { fourEyes: options.fourEyes } : {}),
    clock,
    rateLimit: options.rateLimit ?? 100_000,
    publicRateLimit: options.publicRateLimit ?? 100_000,
    ...(options.trustedProxies !== undefined ? { trustedProxies: options.trustedProxies } : {}),
    ...(options.signIn ? { signIn: options.signIn } : {}),
    ...(options.corsOrigins ? { corsOrigins: options.corsOrigins } : {}),
    ...(options.portfolio ? { portfolio: options.portfolio } : {}),
    // EVA_WEBHOOK_PUBLIC=false: no test ever sends a webhook off this machine
    webhooks: { policy: webhookPolicy, notify: () => worker.nudge() },
  });
  // every answer of the test app is checked against the OpenAPI document (contract.ts): app.request
  // and a server made with serve({ fetch: app.fetch }) both go through app.fetch
  app.fetch = checkedFetch(app.fetch);
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
    worker,
    clock,
    close: async () => {
      await worker.stop();
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

/**
 * A draft filled with the demo case and submitted (as Kaarina's preparer): returns its id and the
 * submitted version's ETag.
 */
export async function submitDraft(t: TestApp) {
  const { id, etag } = await createDraft(t);
  const put = await t.call("PUT", `/v1/assessments/${id}`, {
    token: token("kaarina", "preparer"),
    headers: { "if-match": etag },
    body: {
      ...demoAssessment,
      basics: {
        ...demoAssessment.basics,
        caseRef: { organization: "kaarina", system: "dynasty", caseId: "123/02.02.00/2026" },
      },
    },
  });
  if (put.status !== 200) throw new Error(`PUT failed: ${put.status} ${await put.text()}`);
  const res = await t.call("POST", `/v1/assessments/${id}/submit`, {
    token: token("kaarina", "preparer"),
    headers: { "if-match": put.headers.get("etag") ?? "" },
  });
  if (res.status !== 200) throw new Error(`submit failed: ${res.status} ${await res.text()}`);
  return { id, etag: res.headers.get("etag") ?? "" };
}

/**
 * The test app on a real HTTP server on 127.0.0.1 (a free port), and `send` over node:http, which
 * sends any method, also those fetch refuses to (TRACE). Its answers go through app.fetch, so the
 * contract test checks them too.
 */
export async function listen(t: TestApp) {
  const server = serve({ fetch: t.app.fetch, port: 0, hostname: "127.0.0.1" });
  await new Promise<void>((ok) => server.once("listening", () => ok()));
  const port = (server.address() as AddressInfo).port;
  const send = (
    method: string,
    path: string,
    opts: { token?: string | null; headers?: Record<string, string>; body?: string } = {},
  ) =>
    new Promise<{ status: number; headers: Headers; text: string }>((resolve, reject) => {
      const headers: Record<string, string> = { ...(opts.headers ?? {}) };
      if (opts.token !== null) headers.authorization = `Bearer ${opts.token ?? token("kaarina", "reader")}`;
      if (opts.body !== undefined) {
        headers["content-type"] ??= "application/json";
        headers["content-length"] = String(Buffer.byteLength(opts.body));
      }
      const req = request({ host: "127.0.0.1", port, method, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (d: Buffer) => chunks.push(d));
        res.on("end", () => {
          const h = new Headers();
          for (const [k, v] of Object.entries(res.headers)) if (typeof v === "string") h.set(k, v);
          resolve({ status: res.statusCode ?? 0, headers: h, text: Buffer.concat(chunks).toString("utf8") });
        });
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end(opts.body);
    });
  return {
    url: `http://127.0.0.1:${port}`,
    send,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
