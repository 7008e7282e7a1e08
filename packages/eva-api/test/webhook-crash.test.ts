import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPostgres, type TestPostgres } from "../../../scripts/test-postgres.js";
import { webhookCrashLane } from "./webhook-crash.js";

// Issue 22: an acknowledged approve is always delivered, across kill -9, on lowdb and on
// PostgreSQL. Here a few rounds each (EVA_WEBHOOK_CRASH_ROUNDS, default 2), to fit the suite;
// `pnpm --filter eva-api bench:webhook-crash` runs 100 kills per store.
const ROUNDS = Number(process.env.EVA_WEBHOOK_CRASH_ROUNDS ?? 2);

let pg: TestPostgres;
beforeAll(async () => {
  pg = await startTestPostgres();
}, 60_000);
afterAll(() => pg?.stop());

describe("webhooks across kill -9", () => {
  it(`delivers every acknowledged approval after ${ROUNDS} SIGKILLs, on lowdb and on PostgreSQL`, async () => {
    const [lowdb, postgres] = await Promise.all([
      webhookCrashLane({ rounds: ROUNDS, seed: 4242, perRound: 2 }),
      webhookCrashLane({ rounds: ROUNDS, seed: 777, perRound: 2, databaseUrl: pg.url }),
    ]);
    for (const r of [lowdb, postgres]) {
      expect(r.kills).toBe(ROUNDS);
      expect(r.lost).toEqual([]);
    }
    // the kills came while approvals ran, after some were answered: something was at stake
    expect(lowdb.acknowledged + postgres.acknowledged).toBeGreaterThan(0);
  }, 300_000);
});
