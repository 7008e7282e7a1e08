import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPostgres, type TestPostgres } from "../../../scripts/test-postgres.js";
import { exportBackup } from "./backup.js";
import { seedDemo } from "./seed.js";
import { LowdbStore } from "./store/lowdb-store.js";
import { PostgresStore } from "./store/postgres-store.js";

const bin = fileURLToPath(new URL("../bin/eva-api.mjs", import.meta.url));
let server: TestPostgres;
beforeAll(async () => {
  server = await startTestPostgres();
}, 60_000);
afterAll(() => server?.stop());

describe("eva-api export / import", () => {
  it("moves a lowdb data directory into PostgreSQL without losing a field (round trip)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eva-export-"));
    try {
      const lowdb = await LowdbStore.open(dir);
      await seedDemo(lowdb, () => new Date("2026-03-01T09:00:00Z"));
      const before = await exportBackup(lowdb);
      await lowdb.close();

      const backup = execFileSync(process.execPath, [bin, "export"], {
        env: { ...process.env, EVA_DATA_DIR: dir },
      }).toString();
      const file = join(dir, "backup.json");
      writeFileSync(file, backup);
      expect(JSON.parse(backup)).toEqual(JSON.parse(JSON.stringify(before)));

      const admin = new pg.Client({ connectionString: server.url });
      await admin.connect();
      await admin.query("create database eva_import");
      await admin.end();
      const url = server.url.replace(/\/postgres$/, "/eva_import");
      const out = execFileSync(process.execPath, [bin, "import", file], {
        env: { ...process.env, EVA_STORE: "postgres", EVA_DATABASE_URL: url },
      }).toString();
      expect(out).toMatch(/imported \d+ records, 0 already there/);
      const again = execFileSync(process.execPath, [bin, "import", file], {
        env: { ...process.env, EVA_STORE: "postgres", EVA_DATABASE_URL: url },
      }).toString();
      expect(again).toMatch(/imported 0 records, \d+ already there/);

      const pgStore = await PostgresStore.open(url);
      const after = await exportBackup(pgStore);
      await pgStore.close();
      const sortAll = (b: typeof before) => ({
        ...b,
        organizations: [...b.organizations]
          .sort((x, y) => x.organization.localeCompare(y.organization))
          .map((o) => ({ ...o, assessments: [...o.assessments].sort((x, y) => x.id.localeCompare(y.id)) })),
      });
      expect(sortAll(after)).toEqual(sortAll(JSON.parse(JSON.stringify(before))));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
