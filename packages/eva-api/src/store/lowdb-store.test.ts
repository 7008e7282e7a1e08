import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataDirLockedError } from "./lock-file.js";
import { LowdbStore } from "./lowdb-store.js";
import { makeEtag } from "./store.js";
import { sampleRecord, storeContract } from "./store-contract.js";

storeContract("lowdb", async () => {
  const dir = mkdtempSync(join(tmpdir(), "eva-lowdb-"));
  let store = await LowdbStore.open(dir);
  return {
    store,
    reopen: async () => {
      await store.close();
      store = await LowdbStore.open(dir);
      return store;
    },
    cleanup: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe("lowdb store on disk", () => {
  it("appends an autosave's audit events to the stored trail without handing the trail out", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eva-lowdb-"));
    let store = await LowdbStore.open(dir);
    try {
      const r = sampleRecord("trail");
      const event = (n: number) => ({
        at: `2026-01-01T00:00:0${n}.000Z`,
        actor: "test",
        action: "update" as const,
        version: 1,
        patch: [{ op: "replace", path: "/basics/title", value: `t${n}` }],
      });
      await store.putAssessment({ ...r, audit: [event(0)] }, null);
      let etag = r.etag;
      for (let n = 1; n <= 3; n++) {
        const without = await store.getAssessmentWithoutAudit("kaarina", "trail");
        expect(without).not.toBeNull();
        expect(Object.hasOwn(without ?? {}, "audit")).toBe(false);
        const next = {
          ...(without as Omit<typeof r, "audit">),
          revision: n + 1,
          etag: makeEtag("assessment", "trail", n + 1),
          audit: [event(n)],
        };
        await store.putAssessment(next, etag, { appendAudit: true });
        etag = next.etag;
      }
      const full = await store.getAssessment("kaarina", "trail");
      expect(full?.audit).toEqual([0, 1, 2, 3].map(event));
      // the record as JSON.stringify gives it, the trail and the draft last, also after a reopen
      const { audit, data, ...rest } = full as typeof r;
      expect((await store.getAssessmentParts("kaarina", "trail"))?.head).toEqual({ ...rest, audit });
      store = await (async () => {
        await store.close();
        return LowdbStore.open(dir);
      })();
      expect(await store.getAssessment("kaarina", "trail")).toEqual(full);
      expect(await store.getAssessmentWithoutAudit("kaarina", "nobody")).toBeNull();
      expect(JSON.stringify(await store.getAssessment("kaarina", "trail"))).toBe(
        JSON.stringify({ ...rest, audit, data }),
      );
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("hands out an assessment as head and draft text that make up the record (also from an older file layout)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eva-lowdb-"));
    // a record file from before the draft was written last: data in the middle of the object
    const old = { ...sampleRecord("old"), returnComment: "Täydennä", followUps: [] };
    const { data, ...rest } = old;
    const [first, ...others] = Object.entries(rest);
    const middle = Object.fromEntries([first as [string, unknown], ["data", data], ...others]);
    mkdirSync(join(dir, "assessments", "kaarina"), { recursive: true });
    writeFileSync(join(dir, "assessments", "kaarina", "old.json"), JSON.stringify(middle));
    const store = await LowdbStore.open(dir);
    try {
      const fresh = sampleRecord("fresh");
      await store.putAssessment(fresh, null);
      await store.putAssessment(
        { ...fresh, revision: 2, etag: makeEtag("assessment", "fresh", 2) },
        fresh.etag,
        {
          dataJson: JSON.stringify(fresh.data),
        },
      );
      for (const id of ["old", "fresh"]) {
        const parts = await store.getAssessmentParts("kaarina", id);
        const record = await store.getAssessment("kaarina", id);
        expect(parts).not.toBeNull();
        expect({ ...parts?.head, data: JSON.parse(parts?.dataJson ?? "null") }).toEqual(record);
        expect(parts?.dataJson).toBe(JSON.stringify(record?.data));
      }
      expect(await store.getAssessmentParts("kaarina", "nobody")).toBeNull();
      expect(await store.getAssessmentParts("heinola", "old")).toBeNull();
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps one file per assessment, so a write does not rewrite the others", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eva-lowdb-"));
    const store = await LowdbStore.open(dir);
    try {
      for (let i = 0; i < 5; i++) await store.putAssessment(sampleRecord(`f${i}`), null);
      // record files are written by the checkpoint (the journal holds the writes until then)
      await store.checkpoint();
      const files = join(dir, "assessments", "kaarina");
      expect(readdirSync(files).filter((f) => f.endsWith(".json"))).toHaveLength(5);
      expect(readdirSync(files).filter((f) => f.endsWith(".tmp"))).toEqual([]);
      const inodes = () => readdirSync(files).map((f) => `${f}:${statSync(join(files, f)).ino}`);
      const before = inodes();
      const r = sampleRecord("f2");
      await store.putAssessment({ ...r, revision: 2, etag: makeEtag("assessment", "f2", 2) }, r.etag);
      await store.checkpoint();
      const changed = inodes().filter((x) => !before.includes(x));
      expect(changed).toHaveLength(1);
      expect(changed[0]).toMatch(/^f2\.json:/);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a second store on the same directory, in this process and in another", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eva-lowdb-"));
    const store = await LowdbStore.open(dir);
    try {
      // a lock owned by this very process counts as stale by pid, so test through a child process
      const child = spawn(process.execPath, [
        "-e",
        `require("node:fs").writeFileSync(${JSON.stringify(join(dir, ".lock2"))}, "x"); setTimeout(() => {}, 5000)`,
      ]);
      const { writeFileSync } = await import("node:fs");
      await store.close();
      writeFileSync(join(dir, ".lock"), String(child.pid));
      await expect(LowdbStore.open(dir)).rejects.toBeInstanceOf(DataDirLockedError);
      await expect(LowdbStore.open(dir)).rejects.toThrow(/in use by another EVA process/);
      child.kill("SIGKILL");
      await new Promise((ok) => child.once("exit", ok));
      // the owner is gone: the stale lock is taken over
      const again = await LowdbStore.open(dir);
      await again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
