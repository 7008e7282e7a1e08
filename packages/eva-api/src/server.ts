// The only file that reads the environment or opens a port (`pnpm start`, `eva-api serve`).
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import pino from "pino";
import { z } from "zod";
import { createApp } from "./app.js";
import { type Auth, anyOf, staticTokenAuth } from "./auth/auth.js";
import { DEFAULT_CLOCK_SKEW, DEFAULT_MAX_TOKEN_LIFETIME, oidcAuth } from "./auth/oidc.js";
import { signInConfigFromEnv } from "./auth/sign-in-config.js";
import { checkPort, listening, PortUnavailableError } from "./port.js";
import { loadTokens, seedDemo } from "./seed.js";
import { DEFAULT_EVALUATE_QUEUE, defaultEvaluateThreads, workerPoolEvaluator } from "./services/evaluator.js";
import { type BlobStore, FileBlobStore } from "./store/blobs.js";
import { LowdbStore } from "./store/lowdb-store.js";
import { PostgresStore } from "./store/postgres-store.js";
import type { Store } from "./store/store.js";
import { followUpDueTick } from "./webhooks/follow-up-due.js";
import { webhookPolicyFromEnv } from "./webhooks/settings.js";
import { createWebhookWorker } from "./webhooks/worker.js";

const whole = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
/** The numeric settings, checked before anything starts: a typo must not turn a limit off. */
const NumbersFromEnv = z.object({
  PORT: whole(0, 65535).default(8080),
  EVA_RATE_LIMIT: whole(1, 1_000_000_000).default(600),
  EVA_PUBLIC_RATE_LIMIT: whole(1, 1_000_000_000).default(600),
  EVA_TRUST_PROXY: whole(0, 10).default(0),
  EVA_OIDC_MAX_TOKEN_LIFETIME: whole(60, 86_400).default(DEFAULT_MAX_TOKEN_LIFETIME),
  EVA_OIDC_CLOCK_SKEW: whole(0, 300).default(DEFAULT_CLOCK_SKEW),
  EVA_EVALUATE_THREADS: whole(1, 256).default(defaultEvaluateThreads()),
  EVA_EVALUATE_QUEUE: whole(0, 10_000).default(DEFAULT_EVALUATE_QUEUE),
});
const ranges: Record<string, string> = {
  PORT: "0–65535",
  EVA_TRUST_PROXY: "0–10",
  EVA_OIDC_MAX_TOKEN_LIFETIME: "60–86400 seconds",
  EVA_OIDC_CLOCK_SKEW: "0–300 seconds",
  EVA_EVALUATE_THREADS: "1–256",
  EVA_EVALUATE_QUEUE: "0–10000",
};

/** The numeric settings (NumbersFromEnv), or an Error naming each bad one. */
export function numbersFromEnv(env: Record<string, string | undefined>) {
  const given = Object.fromEntries(
    Object.keys(NumbersFromEnv.shape).flatMap((k) => {
      const v = env[k]?.trim();
      return v ? [[k, v]] : [];
    }),
  );
  const r = NumbersFromEnv.safeParse(given);
  if (r.success) return r.data;
  const bad = r.error.issues.map((i) => {
    const key = String(i.path[0]);
    const range = ranges[key] ?? "at least 1";
    return `${key} must be a whole number (${range}): ${JSON.stringify(given[key])}`;
  });
  throw new Error([...new Set(bad)].join("\n"));
}

/**
 * The four-eyes rule (whoever created or submitted an assessment may not approve it): on, except
 * in demo mode (pnpm start's demo tokens, where one demo admin holds every role), unless
 * EVA_FOUR_EYES says `true` or `false`.
 */
export function fourEyesFromEnv(env: Record<string, string | undefined>, demo: boolean): boolean {
  const v = env.EVA_FOUR_EYES?.trim().toLowerCase();
  if (!v) return !demo;
  if (v === "true" || v === "1" || v === "on") return true;
  if (v === "false" || v === "0" || v === "off") return false;
  throw new Error(`EVA_FOUR_EYES must be true or false: ${JSON.stringify(env.EVA_FOUR_EYES)}`);
}

/**
 * Where POST /v1/portfolio computes and for how long: EVA_PORTFOLIO_WORKER_FROM (from this many
 * proposals on, in a worker thread; 1–1000, default 13) and EVA_PORTFOLIO_TIMEOUT_MS (100–600000,
 * default 20000), or an Error naming the bad one.
 */
export function portfolioLimitsFromEnv(env: Record<string, string | undefined>) {
  const schema = z.object({
    EVA_PORTFOLIO_WORKER_FROM: whole(1, 1000).default(13),
    EVA_PORTFOLIO_TIMEOUT_MS: whole(100, 600_000).default(20_000),
  });
  const given = Object.fromEntries(
    Object.keys(schema.shape).flatMap((k) => (env[k]?.trim() ? [[k, env[k]?.trim()]] : [])),
  );
  const r = schema.safeParse(given);
  if (!r.success) {
    throw new Error(
      r.error.issues
        .map(
          (i) =>
            `${String(i.path[0])} must be a whole number in its range: ${JSON.stringify(given[String(i.path[0])])}`,
        )
        .join("\n"),
    );
  }
  return { workerFrom: r.data.EVA_PORTFOLIO_WORKER_FROM, timeoutMs: r.data.EVA_PORTFOLIO_TIMEOUT_MS };
}

export async function startServer(env: NodeJS.ProcessEnv = process.env) {
  const here = dirname(fileURLToPath(import.meta.url));
  const signIn = signInConfigFromEnv(env); // first: a bad setting stops the start at once
  const numbers = numbersFromEnv(env);
  fourEyesFromEnv(env, false); // checked now: a typo must not wait until the tokens are read
  const portfolio = portfolioLimitsFromEnv(env);
  // also from the process's environment, so a test or bench run's EVA_WEBHOOK_PUBLIC=false holds
  // for every server it starts, whatever settings it hands over
  const webhookPolicy = webhookPolicyFromEnv({ ...process.env, ...env });
  const dataDir = resolve(env.EVA_DATA_DIR ?? "./data");
  const port = numbers.PORT;
  const host = env.HOST ?? "127.0.0.1";
  const logger = pino({ level: env.LOG_LEVEL ?? "info", redact: ["req.headers.authorization", "*.token"] });
  try {
    await checkPort(host, port);
  } catch (e) {
    if (e instanceof PortUnavailableError) logger.error({ host, port }, e.en);
    throw e;
  }
  const store: Store =
    env.EVA_STORE === "postgres"
      ? await PostgresStore.open(env.EVA_DATABASE_URL ?? env.DATABASE_URL ?? "postgres://localhost/eva")
      : await LowdbStore.open(dataDir, { log: (m) => logger.warn(m) });
  // the approved summaries' frozen files: in the database with PostgreSQL, else in the data directory
  const blobs: BlobStore = store.blobStore?.() ?? new FileBlobStore(join(dataDir, "blobs"));
  const clock = () => new Date();
  await seedDemo(store, clock);
  mkdirSync(dataDir, { recursive: true });
  const tokens = await loadTokens(dataDir);
  const demo = tokens.demo.length > 0;
  const fourEyes = fourEyesFromEnv(env, demo);
  const notices = [
    ...(demo
      ? [
          "Demo mode: demo-tokens.json holds sign-in tokens in clear; delete it and their entries in tokens.json before real use.",
        ]
      : []),
    ...(fourEyes
      ? []
      : [
          `The four-eyes rule is off${demo ? " in demo mode" : ""}: whoever prepared an assessment may also approve it (the demo admin holds every role). EVA_FOUR_EYES=true turns it on.`,
        ]),
  ];
  for (const n of notices) logger.warn(n);
  const auths: Auth[] = [staticTokenAuth(tokens.entries)];
  if (env.EVA_OIDC_ISSUER && env.EVA_OIDC_AUDIENCE && env.EVA_OIDC_JWKS_URL) {
    auths.push(
      oidcAuth({
        issuer: env.EVA_OIDC_ISSUER,
        audience: env.EVA_OIDC_AUDIENCE,
        jwksUrl: env.EVA_OIDC_JWKS_URL,
        ...(env.EVA_OIDC_ORG_CLAIM ? { organizationClaim: env.EVA_OIDC_ORG_CLAIM } : {}),
        ...(env.EVA_OIDC_ROLES_CLAIM ? { rolesClaim: env.EVA_OIDC_ROLES_CLAIM } : {}),
        maxTokenLifetime: numbers.EVA_OIDC_MAX_TOKEN_LIFETIME,
        clockSkew: numbers.EVA_OIDC_CLOCK_SKEW,
        clock,
      }),
    );
  }
  const staticDir = env.EVA_STATIC_DIR ?? join(here, "../../eva-forms/dist-app");
  const evaluator = workerPoolEvaluator({
    threads: numbers.EVA_EVALUATE_THREADS,
    maxQueue: numbers.EVA_EVALUATE_QUEUE,
  });
  // the delivery worker: every second, and at once after a transition that made deliveries
  const worker = createWebhookWorker({ store: store.webhooks(), policy: webhookPolicy, clock, logger });
  const app = createApp({
    store,
    webhooks: { policy: webhookPolicy, notify: () => worker.nudge() },
    blobs,
    auth: anyOf(...auths),
    clock,
    logger,
    evaluator,
    rateLimit: numbers.EVA_RATE_LIMIT,
    publicRateLimit: numbers.EVA_PUBLIC_RATE_LIMIT,
    trustedProxies: numbers.EVA_TRUST_PROXY,
    corsOrigins: (env.EVA_CORS_ORIGINS ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    ...(existsSync(join(staticDir, "index.html")) ? { staticDir } : {}),
    ...(env.EVA_PUBLIC_URL ? { publicUrl: env.EVA_PUBLIC_URL } : {}),
    signIn,
    fourEyes,
    demo,
    portfolio,
  });
  const server = serve({ fetch: app.fetch, port, hostname: host });
  try {
    await listening(server, host, port);
  } catch (e) {
    // taken between the check and now: leave the data directory and the threads as they were
    if (e instanceof PortUnavailableError) logger.error({ host, port }, e.en);
    await evaluator.close();
    await store.close();
    throw e;
  }
  // the delivery worker and the follow-up tick only once the server is up
  worker.start();
  // follow-ups that fall due: at start and every hour
  const followUps = async () => {
    try {
      if ((await followUpDueTick(store, clock, env.EVA_PUBLIC_URL ?? "")) > 0) worker.nudge();
    } catch (e) {
      logger.error({ err: { message: (e as Error).message } }, "follow-up tick failed");
    }
  };
  void followUps();
  const followUpTimer = setInterval(() => void followUps(), 3600_000);
  followUpTimer.unref();
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  const url = `http://${host}:${actualPort}`;
  const stop = async () => {
    await new Promise<void>((ok) => server.close(() => ok()));
    clearInterval(followUpTimer);
    await worker.stop();
    await evaluator.close();
    await store.close();
  };
  return { url, server, stop, demoTokens: tokens.demo, logger, notices };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  startServer()
    .then(({ url, stop, demoTokens, notices }) => {
      const lines = [
        "",
        `EVA is running at ${url}`,
        `API docs:        ${url}/docs   (OpenAPI: ${url}/openapi.json)`,
        `Public view:     ${url}/public/assessments`,
        "",
        "Demo sign-in tokens (Authorization: Bearer <token>):",
        ...demoTokens.map((t) => `  ${t.organization.padEnd(10)} ${t.role.padEnd(9)} ${t.token}`),
        "",
        ...notices,
        ...(notices.length > 0 ? [""] : []),
      ];
      process.stdout.write(`${lines.join("\n")}\n`);
      for (const signal of ["SIGINT", "SIGTERM"] as const) {
        process.once(signal, () => {
          stop().finally(() => process.exit(0));
        });
      }
    })
    .catch((e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    });
}
