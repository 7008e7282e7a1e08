import { spawn } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DataDirLockedError } from "./lock-file.js";
import { LowdbStore } from "./lowdb-store.js";
import { type AssessmentRecord, draftBytes, makeEtag } from "./store.js";
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
  it("appends an autosave's audit events to the stored trail without handing the trail out", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eva-lowdb-"));
    let store = await LowdbStore.open(dir);
    try {
      const r = sampleRecord("trail");
      const event = sampleEvent;
      await store.putAssessment({ ...r, audit: [event(0)] }, null);
      let etag = r.etag;
      for (let n = 1; n <= 3; n++) {
        const edit = await store.getAssessmentForEdit("kaarina", "trail");
        expect(edit).not.toBeNull();
        const without = edit?.record as Omit<typeof r, "audit">;
        expect(Object.hasOwn(without, "audit")).toBe(false);
        // every section's stored JSON is its JSON.stringify
        for (const [key, value] of Object.entries(without.data))
          expect(Buffer.from(edit?.sectionJson(key) ?? []).toString()).toBe(JSON.stringify(value));
        expect(edit?.sectionJson("nothing")).toBeUndefined();
        const data = { ...without.data, basics: { ...without.data.basics, title: `Otsikko ${n}` } };
        const next = {
          ...without,
          data,
          revision: n + 1,
          etag: makeEtag("assessment", "trail", n + 1),
          audit: [event(n)],
        };
        // the untouched sections' text reused, the draft's bytes handed over as they are
        const draft = draftBytes(data, (key, value) =>
          value === (without.data as Record<string, unknown>)[key] ? edit?.sectionJson(key) : undefined,
        );
        await store.putAssessment(next, etag, { appendAudit: true, ...(n % 2 === 1 ? { draft } : {}) });
        etag = next.etag;
      }
      const full = await store.getAssessment("kaarina", "trail");
      expect(full?.audit).toEqual([0, 1, 2, 3].map(event));
      // the record as JSON.stringify gives it, the trail and the draft last, also after a reopen
      const { audit, data, ...rest } = full as typeof r;
      // a view's head: the record without its draft and, held apart, its trail
      expect((await store.getAssessmentParts("kaarina", "trail"))?.head).toEqual(rest);
      store = await (async () => {
        await store.close();
        return LowdbStore.open(dir);
      })();
      expect(await store.getAssessment("kaarina", "trail")).toEqual(full);
      expect(await store.getAssessmentForEdit("kaarina", "nobody")).toBeNull();
      expect(full?.data.basics?.title).toBe("Otsikko 3");
      expect(JSON.stringify(await store.getAssessment("kaarina", "trail"))).toBe(
        JSON.stringify({ ...rest, audit, data }),
      );
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps a trail appended to in batches of any size exactly, in memory, in the journal and in the file (property)", async () => {
    // events of up to 3,000 characters of any script, so the trail's chunks (strings below 4 KiB,
    // Buffers above) merge across that size; whole writes in between start the trail afresh
    const step = fc.record({
      texts: fc.array(fc.string({ unit: "binary", maxLength: 3000, size: "max" }), { maxLength: 3 }),
      whole: fc.boolean(),
      checkpoint: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 40, size: "medium" }), async (steps) => {
        const dir = mkdtempSync(join(tmpdir(), "eva-lowdb-"));
        let store = await LowdbStore.open(dir);
        try {
          let record = { ...sampleRecord("p"), audit: [sampleEvent(0)] };
          await store.putAssessment(record, null);
          let n = 1;
          for (const { texts, whole, checkpoint } of steps) {
            const events = texts.map((value) => ({
              ...sampleEvent(n % 60),
              patch: [{ op: "replace", path: "/basics/problem", value }],
            }));
            n++;
            const next = {
              ...record,
              revision: record.revision + 1,
              etag: makeEtag("assessment", "p", record.revision + 1),
              audit: [...record.audit, ...events],
            };
            if (whole) await store.putAssessment(next, record.etag);
            else await store.putAssessment({ ...next, audit: events }, record.etag, { appendAudit: true });
            record = next;
            if (checkpoint) await store.checkpoint();
            expect((await store.getAssessment("kaarina", "p"))?.audit).toEqual(record.audit);
          }
          // replayed from the journal after a kill: a second store cannot open while this one
          // holds the lock, so its journal and files are copied as they are now
          const copy = mkdtempSync(join(tmpdir(), "eva-lowdb-copy-"));
          try {
            cpSync(dir, copy, { recursive: true });
            rmSync(join(copy, ".lock"), { force: true });
            const replayed = await LowdbStore.open(copy);
            expect(await replayed.getAssessment("kaarina", "p")).toEqual(record);
            await replayed.close();
          } finally {
            rmSync(copy, { recursive: true, force: true });
          }
          await store.close();
          // the record file is the record's JSON.stringify (the trail and the draft last)
          const file = readFileSync(join(dir, "assessments", "kaarina", "p.json"), "utf8");
          const { audit, data, ...rest } = record;
          expect(file).toBe(JSON.stringify({ ...rest, audit, data }));
          store = await LowdbStore.open(dir);
          expect(await store.getAssessment("kaarina", "p")).toEqual(record);
        } finally {
          await store.close();
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 25 },
    );
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
        { draft: draftBytes(fresh.data) },
      );
      for (const id of ["old", "fresh"]) {
        const parts = await store.getAssessmentParts("kaarina", id);
        const record = await store.getAssessment("kaarina", id);
        expect(parts).not.toBeNull();
        const dataJson = Buffer.from(parts?.dataJson ?? []).toString();
        expect({ ...parts?.head, audit: record?.audit, data: JSON.parse(dataJson) }).toEqual(record);
        expect(dataJson).toBe(JSON.stringify(record?.data));
      }
      expect(await store.getAssessmentParts("kaarina", "nobody")).toBeNull();
      expect(await store.getAssessmentParts("heinola", "old")).toBeNull();
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("keeps the drafts being autosaved parsed and frozen, and never hands out one older than the record", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eva-lowdb-"));
    const store = await LowdbStore.open(dir, { draftCacheEntries: 2 });
    const without = (r: Awaited<ReturnType<typeof store.getAssessment>>) => {
      const { audit: _, ...rest } = r as NonNullable<typeof r>;
      return rest;
    };
    type Data = AssessmentRecord["data"];
    /** an autosave of `id` that sets the title, as the API makes it */
    const autosave = async (id: string, title: string) => {
      const edit = await store.getAssessmentForEdit("kaarina", id);
      const r = edit?.record as Omit<AssessmentRecord, "audit">;
      const data = { ...r.data, basics: { ...r.data.basics, title } };
      const next = {
        ...r,
        data,
        audit: [],
        revision: r.revision + 1,
        etag: makeEtag("assessment", id, r.revision + 1),
      };
      await store.putAssessment(next, r.etag, { appendAudit: true, shareDraft: true });
      return { before: r.data, data };
    };
    try {
      for (const id of ["c1", "c2", "c3"]) await store.putAssessment(sampleRecord(id), null);
      // a draft only read is neither kept nor frozen: it is the caller's own copy
      const read = (await store.getAssessmentForEdit("kaarina", "c1"))?.record.data as Data;
      expect(Object.isFrozen(read)).toBe(false);
      expect((await store.getAssessmentForEdit("kaarina", "c1"))?.record.data).not.toBe(read);

      // from its second autosave on, the draft is kept, frozen all the way down
      await autosave("c1", "Eka");
      const second = await autosave("c1", "Toka");
      expect(Object.isFrozen(second.before)).toBe(true);
      const next = await store.getAssessmentForEdit("kaarina", "c1");
      const data = next?.record.data as Data;
      expect(data).toBe(second.data);
      expect(data.ratings).toBe(second.before.ratings); // untouched sections shared, not copied
      expect(Object.isFrozen(data.basics?.caseRef)).toBe(true);
      expect(Object.isFrozen(data.ratings?.[0])).toBe(true);
      expect(() => {
        (data.basics as { title?: string }).title = "muutettu";
      }).toThrow(TypeError);
      expect(next?.record).toEqual(without(await store.getAssessment("kaarina", "c1")));
      expect(data.basics?.title).toBe("Toka");

      // a write that does not share (a workflow step, say) makes the store parse the record again
      const r = (await store.getAssessment("kaarina", "c1")) as AssessmentRecord;
      const returned = { ...r.data, basics: { ...r.data.basics, title: "Palautettu" } };
      await store.putAssessment(
        { ...r, data: returned, revision: 9, etag: makeEtag("assessment", "c1", 9) },
        r.etag,
      );
      const after = await store.getAssessmentForEdit("kaarina", "c1");
      expect(after?.record.data.basics?.title).toBe("Palautettu");
      expect(after?.record).toEqual(without(await store.getAssessment("kaarina", "c1")));

      // at most draftCacheEntries drafts are kept: the least recently autosaved is forgotten
      for (const id of ["c2", "c2", "c3", "c3"]) await autosave(id, `${id} tallennettu`);
      const kept = (await store.getAssessmentForEdit("kaarina", "c2"))?.record.data;
      expect(Object.isFrozen(kept)).toBe(true);
      expect((await store.getAssessmentForEdit("kaarina", "c2"))?.record.data).toBe(kept);
      await autosave("c1", "c1 taas"); // c1 back in: c3 is now the least recently used, and goes
      const c3 = (await store.getAssessmentForEdit("kaarina", "c3"))?.record.data;
      expect(Object.isFrozen(c3)).toBe(false);
      expect(c3?.basics?.title).toBe("c3 tallennettu");
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
