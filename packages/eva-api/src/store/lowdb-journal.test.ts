import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { frame, journalSeq } from "./journal.js";
import { LowdbStore } from "./lowdb-store.js";
import { type AssessmentRecord, makeEtag } from "./store.js";
import { sampleRecord } from "./store-contract.js";

// "Crash" = a store that is dropped without close(): its journal is left as kill -9 leaves it
// (every acknowledged write fdatasynced, no checkpoint). A store owned by this very process
// counts as stale for the lock, so the next open on the directory takes over, as after a restart.
const neverCheckpoint = { checkpointBytes: Number.MAX_SAFE_INTEGER, idleMs: 3_600_000 };
const dirs: string[] = [];
const freshDir = () => {
  const d = mkdtempSync(join(tmpdir(), "eva-journal-store-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const journals = (dir: string) => readdirSync(dir).filter((f) => journalSeq(f) !== null);
const recordFile = (dir: string, id: string) => join(dir, "assessments", "kaarina", `${id}.json`);
const revise = (r: AssessmentRecord, revision: number, title: string): AssessmentRecord => ({
  ...r,
  revision,
  etag: makeEtag("assessment", r.id, revision),
  data: { ...r.data, basics: { ...r.data.basics, title } },
});

describe("lowdb store journal", () => {
  it("replays the journal on open when the process died before a checkpoint", async () => {
    const dir = freshDir();
    const a = await LowdbStore.open(dir, neverCheckpoint);
    const r = sampleRecord("j1");
    await a.putAssessment(r, null);
    await a.putAssessment(revise(r, 2, "toinen"), r.etag);
    await a.putAssessment(sampleRecord("j2"), null);
    expect(existsSync(recordFile(dir, "j1"))).toBe(false); // only in the journal so far
    const b = await LowdbStore.open(dir);
    try {
      expect((await b.getAssessment("kaarina", "j1"))?.data.basics?.title).toBe("toinen");
      expect((await b.getAssessment("kaarina", "j1"))?.etag).toBe(makeEtag("assessment", "j1", 2));
      expect(await b.getAssessment("kaarina", "j2")).not.toBeNull();
      // opening checkpointed the replay into the record files and started one fresh journal
      expect(JSON.parse(readFileSync(recordFile(dir, "j1"), "utf8")).data.basics.title).toBe("toinen");
      expect(journals(dir)).toHaveLength(1);
    } finally {
      await b.close();
    }
    expect(journals(dir)).toEqual([]);
  });

  it("ignores a torn or corrupt last entry, and appends nothing behind it", async () => {
    const dir = freshDir();
    const a = await LowdbStore.open(dir, neverCheckpoint);
    const r = sampleRecord("t1");
    await a.putAssessment(r, null);
    const [file] = journals(dir);
    // an entry that was being written when the power went: half of it reached the disk
    const torn = frame(JSON.stringify({ f: "assessments/kaarina/t1.json", d: revise(r, 2, "puolikas") }));
    appendFileSync(join(dir, file ?? ""), torn.subarray(0, Math.floor(torn.length / 2)));
    const b = await LowdbStore.open(dir, neverCheckpoint);
    expect((await b.getAssessment("kaarina", "t1"))?.data.basics?.title).toBe(r.data.basics?.title);
    await b.putAssessment(revise(r, 2, "uusi"), r.etag);
    // a whole entry with a wrong checksum counts as garbage too
    const [current] = journals(dir);
    const bad = frame(JSON.stringify({ f: "assessments/kaarina/t1.json", d: revise(r, 3, "väärä") }));
    bad[bad.length - 5] = (bad[bad.length - 5] ?? 0) ^ 0x20;
    appendFileSync(join(dir, current ?? ""), bad);
    const c = await LowdbStore.open(dir);
    try {
      const got = await c.getAssessment("kaarina", "t1");
      expect(got?.data.basics?.title).toBe("uusi");
      expect(got?.revision).toBe(2);
    } finally {
      await c.close();
    }
  });

  it("checkpoints into the record files while writes go on, and loses none of them", async () => {
    const dir = freshDir();
    // a tiny threshold: nearly every flush seals the journal and starts a checkpoint
    const a = await LowdbStore.open(dir, { checkpointBytes: 1, idleMs: 3_600_000 });
    const ids = Array.from({ length: 30 }, (_, i) => `c${i}`);
    await Promise.all(ids.map((id) => a.putAssessment(sampleRecord(id), null)));
    for (let round = 2; round <= 4; round++) {
      await Promise.all(
        ids.map(async (id) => {
          const current = (await a.getAssessment("kaarina", id)) as AssessmentRecord;
          await a.putAssessment(revise(current, round, `kierros ${round}`), current.etag);
        }),
      );
    }
    await a.checkpoint();
    // after a checkpoint the record files hold everything, and only the live journal is left
    expect(journals(dir)).toHaveLength(1);
    for (const id of ids)
      expect(JSON.parse(readFileSync(recordFile(dir, id), "utf8")).data.basics.title).toBe("kierros 4");
    await a.close();
    // a write after the checkpoints, then a crash: the live journal has it
    const a2 = await LowdbStore.open(dir, neverCheckpoint);
    const c0 = (await a2.getAssessment("kaarina", "c0")) as AssessmentRecord;
    await a2.putAssessment(revise(c0, 5, "viimeinen"), c0.etag);
    const b = await LowdbStore.open(dir);
    try {
      expect((await b.getAssessment("kaarina", "c0"))?.data.basics?.title).toBe("viimeinen");
      for (const id of ids.slice(1))
        expect((await b.getAssessment("kaarina", id))?.data.basics?.title).toBe("kierros 4");
    } finally {
      await b.close();
    }
  });

  it("groups concurrent writes into few fdatasyncs", async () => {
    const dir = freshDir();
    const a = await LowdbStore.open(dir);
    try {
      await Promise.all(Array.from({ length: 40 }, (_, i) => a.putAssessment(sampleRecord(`g${i}`), null)));
      expect(a.journalFlushes).toBeGreaterThan(0);
      expect(a.journalFlushes).toBeLessThanOrEqual(4);
    } finally {
      await a.close();
    }
    const b = await LowdbStore.open(dir);
    try {
      expect((await b.listAssessments("kaarina", { limit: 100 })).items).toHaveLength(40);
    } finally {
      await b.close();
    }
  });

  it("asks for one checkpoint when a group commit passes the journal's size, not one per write in it", async () => {
    const dir = freshDir();
    // the journal passes its size in the first group commit of 40 writes
    const a = await LowdbStore.open(dir, { checkpointBytes: 4096, idleMs: 60_000 });
    try {
      const ids = Array.from({ length: 40 }, (_, i) => `s${i}`);
      await Promise.all(ids.map((id) => a.putAssessment(sampleRecord(id), null)));
      // every write of that commit saw the size passed: one checkpoint is asked for, not 40 (each
      // of which would rewrite the files written meanwhile)
      expect(a.journalFlushes).toBeLessThanOrEqual(4);
      expect(a.checkpointsQueued).toBeGreaterThanOrEqual(1);
      expect(a.checkpointsQueued).toBeLessThanOrEqual(a.journalFlushes);
      await a.checkpoint();
      expect(a.checkpointsQueued).toBe(0);
      for (const id of ids) expect(JSON.parse(readFileSync(recordFile(dir, id), "utf8")).id).toBe(id);
    } finally {
      await a.close();
    }
  });

  it("journals an autosave as its new audit events, not the whole trail, and replays the trail whole", async () => {
    const dir = freshDir();
    const a = await LowdbStore.open(dir, neverCheckpoint);
    await a.putAssessment(sampleRecord("t"), null);
    const journalSize = () => statSync(join(dir, journals(dir)[0] as string)).size;
    const event = (n: number) => ({
      at: "2026-01-01T00:00:00.000Z",
      actor: "test",
      action: "update" as const,
      version: 1,
      // a large change: a trail carried in every entry would grow each entry by this much
      patch: [{ op: "replace" as const, path: "/basics/problem", value: `${n} ${"x".repeat(500)}` }],
    });
    const growth: number[] = [];
    for (let n = 2; n <= 41; n++) {
      const r = (await a.getAssessmentForEdit("kaarina", "t"))?.record as AssessmentRecord;
      const before = journalSize();
      const next = { ...r, revision: n, etag: makeEtag("assessment", "t", n), audit: [event(n)] };
      await a.putAssessment(next, r.etag, { appendAudit: true });
      growth.push(journalSize() - before);
    }
    // the 40th entry is as large as the first (give or take the digits), though the trail is 20 kB longer
    expect(Math.abs((growth[39] ?? 0) - (growth[0] ?? 0))).toBeLessThan(50);
    // a crash: the journal is all there is, and the trail comes back whole, in order
    const b = await LowdbStore.open(dir);
    try {
      const r = (await b.getAssessment("kaarina", "t")) as AssessmentRecord;
      expect(r.revision).toBe(41);
      expect(r.audit).toEqual(Array.from({ length: 40 }, (_, i) => event(i + 2)));
      // and the record file written on that open has it too
      expect(JSON.parse(readFileSync(recordFile(dir, "t"), "utf8")).audit).toHaveLength(40);
    } finally {
      await b.close();
    }
  });

  it("journals an autosave's changed sections only, and replays its draft exactly, key order too", async () => {
    const dir = freshDir();
    const a = await LowdbStore.open(dir, neverCheckpoint);
    const first = sampleRecord("d");
    await a.putAssessment(first, null);
    const journalSize = () => statSync(join(dir, journals(dir)[0] as string)).size;
    type Draft = Record<string, unknown>;
    const firstData = first.data as unknown as Draft;
    const sectionKeys = Object.keys(firstData);
    const [one = "", two = ""] = sectionKeys;
    // each edit: what it does to the draft
    const edits: Array<(d: Draft) => Draft> = [
      // a section's text changes (with characters JSON and UTF-8 treat specially)
      (d) => ({ ...d, [one]: { ...(d[one] as object), problem: 'Ääkköset, 🙂, "lainaus", \u2028 ja \\' } }),
      // a section goes, as a merge patch's null removes it
      (d) => Object.fromEntries(Object.entries(d).filter(([k]) => k !== two)),
      // it comes back, now last
      (d) => ({ ...d, [two]: firstData[two] }),
      // the same sections in another order, none of them changed
      (d) => Object.fromEntries(Object.entries(d).reverse()),
      // nothing changes but the trail
      (d) => d,
    ];
    let current = first;
    const growth: number[] = [];
    for (const [i, edit] of edits.entries()) {
      const r = (await a.getAssessmentForEdit("kaarina", "d"))?.record as AssessmentRecord;
      const data = edit(r.data as unknown as Draft) as unknown as AssessmentRecord["data"];
      const next = {
        ...r,
        data,
        revision: i + 2,
        etag: makeEtag("assessment", "d", i + 2),
        audit: [
          { at: "2026-01-01T00:00:00.000Z", actor: "test", action: "update" as const, version: 1, patch: [] },
        ],
      };
      const before = journalSize();
      await a.putAssessment(next, r.etag, { appendAudit: true });
      growth.push(journalSize() - before);
      current = next;
    }
    const draftSize = Buffer.byteLength(JSON.stringify(firstData));
    expect(draftSize).toBeGreaterThan(5_000);
    // the entries of the edits that change no section's JSON carry none of the draft (the
    // record's head, the keys and the event: well under a tenth of it)
    for (const i of [3, 4]) expect(growth[i]).toBeLessThan(draftSize / 10);
    // the one that brings a section back carries that section, not the others
    const sectionSize = Buffer.byteLength(JSON.stringify(firstData[two]));
    expect(growth[2]).toBeLessThanOrEqual((growth[4] ?? 0) + sectionSize + 50);
    // a crash: the journal is all there is
    const b = await LowdbStore.open(dir);
    try {
      const r = (await b.getAssessment("kaarina", "d")) as AssessmentRecord;
      expect(r.revision).toBe(edits.length + 1);
      expect(JSON.stringify(r.data)).toBe(JSON.stringify(current.data));
      expect(Object.keys(r.data)).toEqual(Object.keys(current.data));
      expect(r.audit).toHaveLength(edits.length);
    } finally {
      await b.close();
    }
  });

  it("removes the temp files of a checkpoint that was killed halfway", async () => {
    const dir = freshDir();
    const a = await LowdbStore.open(dir);
    await a.putAssessment(sampleRecord("k1"), null);
    await a.close();
    writeFileSync(`${recordFile(dir, "k1")}.999.1.tmp`, '{"half');
    const b = await LowdbStore.open(dir);
    try {
      expect(readdirSync(join(dir, "assessments", "kaarina"))).toEqual(["k1.json"]);
      expect(await b.getAssessment("kaarina", "k1")).not.toBeNull();
    } finally {
      await b.close();
    }
  });
});
