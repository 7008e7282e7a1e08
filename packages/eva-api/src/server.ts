// The only file that reads the environment or opens a port (`pnpm start`, `eva-api serve`).
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import pino from "pino";
import { z } from "zod";
import { createApp } from "./app.js";
import { type Auth, anyOf, staticTokenAuth } from "./auth/auth.js";
import { oidcAuth } from "./auth/oidc.js";
import { signInConfigFromEnv } from "./auth/sign-in-config.js";
import { loadTokens, seedDemo } from "./seed.js";
import { type BlobStore, FileBlobStore } from "./store/blobs.js";
import { LowdbStore } from "./store/lowdb-store.js";
import { PostgresStore } from "./store/postgres-store.js";
import type { Store } from "./store/store.js";

const whole = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
/** The numeric settings, checked before anything starts: a typo must not turn a limit off. */
const NumbersFromEnv = z.object({
  PORT: whole(0, 65535).default(8080),
  EVA_RATE_LIMIT: whole(1, 1_000_000_000).default(600),
  EVA_PUBLIC_RATE_LIMIT: whole(1, 1_000_000_000).default(600),
  EVA_TRUST_PROXY: whole(0, 10).default(0),
});

/** PORT, EVA_RATE_LIMIT, EVA_PUBLIC_RATE_LIMIT and EVA_TRUST_PROXY, or an Error naming each bad one. */
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
    const range = key === "PORT" ? "0–65535" : key === "EVA_TRUST_PROXY" ? "0–10" : "at least 1";
    return `${key} must be a whole number (${range}): ${JSON.stringify(given[key])}`;
  });
  throw new Error([...new Set(bad)].join("\n"));
}

export async function startServer(env: NodeJS.ProcessEnv = process.env) {
  const here = dirname(fileURLToPath(import.meta.url));
  const signIn = signInConfigFromEnv(env); // first: a bad setting stops the start at once
  const numbers = numbersFromEnv(env);
  const dataDir = resolve(env.EVA_DATA_DIR ?? "./data");
  const port = numbers.PORT;
  const host = env.HOST ?? "127.0.0.1";
  const logger = pino({ level: env.LOG_LEVEL ?? "info", redact: ["req.headers.authorization", "*.token"] });
  const store: Store =
    env.EVA_STORE === "postgres"
      ? await PostgresStore.open(env.EVA_DATABASE_URL ?? env.DATABASE_URL ?? "postgres://localhost/eva")
      : await LowdbStore.open(dataDir);
  // the approved summaries' frozen files: in the database with PostgreSQL, else in the data directory
  const blobs: BlobStore = store.blobStore?.() ?? new FileBlobStore(join(dataDir, "blobs"));
  const clock = () => new Date();
  await seedDemo(store, clock);
  mkdirSync(dataDir, { recursive: true });
  const tokens = await loadTokens(dataDir);
  const auths: Auth[] = [staticTokenAuth(tokens.entries)];
  if (env.EVA_OIDC_ISSUER && env.EVA_OIDC_AUDIENCE && env.EVA_OIDC_JWKS_URL) {
    auths.push(
      oidcAuth({
        issuer: env.EVA_OIDC_ISSUER,
        audience: env.EVA_OIDC_AUDIENCE,
        jwksUrl: env.EVA_OIDC_JWKS_URL,
        ...(env.EVA_OIDC_ORG_CLAIM ? { organizationClaim: env.EVA_OIDC_ORG_CLAIM } : {}),
        ...(env.EVA_OIDC_ROLES_CLAIM ? { rolesClaim: env.EVA_OIDC_ROLES_CLAIM } : {}),
      }),
    );
  }
  const staticDir = env.EVA_STATIC_DIR ?? join(here, "../../eva-forms/dist-app");
  const app = createApp({
    store,
    blobs,
    auth: anyOf(...auths),
    clock,
    logger,
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
  });
  const server = serve({ fetch: app.fetch, port, hostname: host });
  await new Promise<void>((ok) => server.once("listening", () => ok()));
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  const url = `http://${host}:${actualPort}`;
  const stop = async () => {
    await new Promise<void>((ok) => server.close(() => ok()));
    await store.close();
  };
  return { url, server, stop, demoTokens: tokens.demo, logger };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  startServer()
    .then(({ url, stop, demoTokens }) => {
      const lines = [
        "",
        `EVA is running at ${url}`,
        `API docs:        ${url}/docs   (OpenAPI: ${url}/openapi.json)`,
        `Public view:     ${url}/public/assessments`,
        "",
        "Demo sign-in tokens (Authorization: Bearer <token>):",
        ...demoTokens.map((t) => `  ${t.organization.padEnd(10)} ${t.role.padEnd(9)} ${t.token}`),
        "",
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
