import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DataDirLockedError } from "./lock-file.js";
import { LowdbStore } from "./lowdb-store.js";
import { makeEtag } from "./store.js";
import { sampleEvent, sampleRecord, storeContract } from "./store-contract.js";

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
  it("keeps one file per assessment, so a write does not rewrite the others", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eva-lowdb-"));
    const store = await LowdbStore.open(dir);
    try {
      for (let i = 0; i < 5; i++) await store.putAssessment(sampleRecord(`f${i}`), null);
      const files = join(dir, "assessments", "kaarina");
      expect(readdirSync(files).sort()).toEqual(["f0.json", "f1.json", "f2.json", "f3.json", "f4.json"]);
      const inodes = () => readdirSync(files).map((f) => `${f}:${statSync(join(files, f)).ino}`);
      const before = inodes();
      const r = sampleRecord("f2");
      await store.putAssessment({ ...r, revision: 2, etag: makeEtag("assessment", "f2", 2) }, r.etag);
      const changed = inodes().filter((x) => !before.includes(x));
      expect(changed).toHaveLength(1);
      expect(changed[0]).toMatch(/^f2\.json:/);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("has a write in its record file, checksummed, when the write resolves: plain JSON under body.record", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eva-lowdb-"));
    const store = await LowdbStore.open(dir);
    try {
      const r = { ...sampleRecord("w.1", "kunta/ä"), audit: [sampleEvent(1)] };
      await store.putAssessment(r, null);
      // names are URI-encoded, "." too, so no id can climb out of its directory or hide as "..": the file is there now
      const text = readFileSync(join(dir, "assessments", "kunta%2F%C3%A4", "w%2E1.json"), "utf8");
      const file = JSON.parse(text) as { eva: string; version: number; sha256: string; body: unknown };
      expect(file.body).toEqual({ record: r });
      expect(file.eva).toBe("record");
      expect(file.version).toBe(2);
      // the checksum is the SHA-256 of the body's bytes as they are in the file
      const body = text.slice(text.indexOf('"body":') + 7, -1);
      expect(createHash("sha256").update(body).digest("hex")).toBe(file.sha256);
      expect(readFileSync(join(dir, "eva-store.json"), "utf8")).toBe(
        '{"format":"eva-embedded-store","version":2}\n',
      );
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("drops the temp file of a write a crash cut short, and says so", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eva-lowdb-"));
    try {
      const a = await LowdbStore.open(dir);
      await a.putAssessment(sampleRecord("k1"), null);
      await a.close();
      // a write that was being made when the process died: never renamed, never acknowledged
      const torn = join(dir, "assessments", "kaarina", "k1.json.999.1.tmp");
      writeFileSync(torn, '{"eva":"record","version":2,"sha256":"ab');
      const said: string[] = [];
      const b = await LowdbStore.open(dir, { log: (m) => said.push(m) });
      try {
        expect(readdirSync(join(dir, "assessments", "kaarina"))).toEqual(["k1.json"]);
        expect(await b.getAssessment("kaarina", "k1")).toEqual(sampleRecord("k1"));
        expect(said).toEqual([
          `${torn}: dropped a write that was cut short by a crash and never acknowledged`,
        ]);
      } finally {
        await b.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps a trail appended to in batches of any size exactly, in memory and in the file (property)", async () => {
    // events with text of any script (JSON and UTF-8 escapes), appended as an autosave appends
    // them, with whole writes (a workflow step) in between that start the trail afresh
    const step = fc.record({
      texts: fc.array(fc.string({ unit: "binary", maxLength: 300 }), { maxLength: 3 }),
      whole: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        const dir = mkdtempSync(join(tmpdir(), "eva-lowdb-"));
        let store = await LowdbStore.open(dir);
        try {
          let record = { ...sampleRecord("p"), audit: [sampleEvent(0)] };
          await store.putAssessment(record, null);
          for (const [n, { texts, whole }] of steps.entries()) {
            const events = texts.map((value) => ({
              ...sampleEvent(n % 60),
              patch: [{ op: "replace", path: "/basics/problem", value }],
            }));
            const next = {
              ...record,
              revision: record.revision + 1,
              etag: makeEtag("assessment", "p", record.revision + 1),
              audit: [...record.audit, ...events],
            };
            if (whole) await store.putAssessment(next, record.etag);
            else await store.putAssessment({ ...next, audit: events }, record.etag, { appendAudit: true });
            record = next;
            expect((await store.getAssessment("kaarina", "p"))?.audit).toEqual(record.audit);
          }
          await store.close();
          store = await LowdbStore.open(dir);
          expect(await store.getAssessment("kaarina", "p")).toEqual(record);
        } finally {
          await store.close();
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 10 },
    );
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
