import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPostgres, type TestPostgres } from "../../../scripts/test-postgres.js";
import { exportBackup, InvalidBackupError, importBackup } from "./backup.js";
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

  it("refuses a damaged backup with the paths of what is wrong, and writes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eva-export-"));
    const target = mkdtempSync(join(tmpdir(), "eva-import-"));
    try {
      const lowdb = await LowdbStore.open(dir);
      await seedDemo(lowdb, () => new Date("2026-03-01T09:00:00Z"));
      const backup = JSON.parse(JSON.stringify(await exportBackup(lowdb)));
      await lowdb.close();
      const org = backup.organizations.find((o: { assessments: unknown[] }) => o.assessments.length > 0);
      const i = backup.organizations.indexOf(org);
      org.assessments[0].data.ratings[0].value = 7; // outside −3..+3
      org.assessments[0].status = "done";
      const store = await LowdbStore.open(target);
      try {
        const error = await importBackup(store, backup).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(InvalidBackupError);
        const paths = (error as InvalidBackupError).errors.map((e) => e.path);
        expect(paths).toContain(`/organizations/${i}/assessments/0/data/ratings/0/value`);
        expect(paths).toContain(`/organizations/${i}/assessments/0/status`);
        expect((error as Error).message).toMatch(/ratings\/0\/value/);
        expect(await store.organizations()).toEqual([]);
        await expect(importBackup(store, { format: "something else" })).rejects.toThrow(/format/);
      } finally {
        await store.close();
      }
      // the command line says the same and exits non-zero
      const file = join(dir, "damaged.json");
      writeFileSync(file, JSON.stringify(backup));
      let stderr = "";
      try {
        execFileSync(process.execPath, [bin, "import", file], {
          env: { ...process.env, EVA_DATA_DIR: target },
          stdio: ["ignore", "pipe", "pipe"],
        });
      } catch (e) {
        stderr = String((e as { stderr: Buffer }).stderr);
      }
      expect(stderr).toMatch(/Not a valid EVA backup/);
      expect(stderr).toMatch(/ratings\/0\/value/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(target, { recursive: true, force: true });
    }
  }, 60_000);
});
