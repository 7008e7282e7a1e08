// `pnpm --filter eva-api bench:webhook-crash`: the full crash run of issue 22: 100 SIGKILLs at
// random moments during approvals on lowdb and 100 on PostgreSQL (4 lanes each, every lane its
// own data directory or database), and after every restart each approval answered 200 so far
// must reach the receiver. Prints what it counted; exits 1 if anything was lost.
// EVA_WEBHOOK_CRASH_KILLS scales it; EVA_WEBHOOK_CRASH_STORES=lowdb or postgres runs one store.
import pg from "pg";
import { startTestPostgres } from "../../../scripts/test-postgres.js";
import { webhookCrashLane } from "../test/webhook-crash.js";

const KILLS = Number(process.env.EVA_WEBHOOK_CRASH_KILLS ?? 100);
const LANES = 4;
const rounds = Array.from(
  { length: LANES },
  (_, k) => Math.floor(KILLS / LANES) + (k < KILLS % LANES ? 1 : 0),
);

const postgres = await startTestPostgres();
try {
  const databases = await Promise.all(
    rounds.map(async (_, k) => {
      const admin = new pg.Client({ connectionString: postgres.url });
      await admin.connect();
      await admin.query(`create database eva_webhook_crash_${k}`);
      await admin.end();
      return postgres.url.replace(/\/postgres$/, `/eva_webhook_crash_${k}`);
    }),
  );
  let failed = false;
  const stores = (process.env.EVA_WEBHOOK_CRASH_STORES ?? "lowdb,postgres").split(",");
  for (const store of ["lowdb", "postgres"] as const) {
    if (!stores.includes(store)) continue;
    const started = performance.now();
    const lanes = await Promise.all(
      rounds.map((n, k) =>
        webhookCrashLane({
          rounds: n,
          seed: 1000 + k,
          ...(store === "postgres" ? { databaseUrl: databases[k] ?? "" } : {}),
        }),
      ),
    );
    const sum = (f: (l: (typeof lanes)[number]) => number) => lanes.reduce((s, l) => s + f(l), 0);
    const lost = lanes.flatMap((l) => l.lost);
    failed ||= lost.length > 0;
    process.stdout.write(
      `${store}: ${sum((l) => l.kills)} SIGKILLs during approvals, ${sum((l) => l.acknowledged)} approvals acknowledged, ${lost.length} lost, ${sum((l) => l.heard)} deliveries heard (${((performance.now() - started) / 1000).toFixed(0)} s)\n`,
    );
  }
  process.exitCode = failed ? 1 : 0;
} finally {
  postgres.stop();
}
