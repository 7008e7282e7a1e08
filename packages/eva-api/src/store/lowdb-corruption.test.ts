import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { startServerProcess } from "../../test/server-process.js";
import { LowdbStore } from "./lowdb-store.js";
import { type AssessmentRecord, makeEtag, type Store } from "./store.js";
import { sampleEvent, sampleRecord } from "./store-contract.js";

// Issue 21: one flipped bit in the data directory must never make the store start with fewer
// acknowledged writes than it had. It either starts with all of them, or refuses to start with a
// message naming the damaged file, which it keeps (moved aside, never deleted).

const dirs: string[] = [];
const freshDir = () => {
  const d = mkdtempSync(join(tmpdir(), "eva-corrupt-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Every file under `dir`, as paths relative to it with "/" (the lock file left out). */
function filesIn(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name !== ".lock") out.push(relative(dir, p).split(sep).join("/"));
    }
  };
  walk(dir);
  return out.sort();
}

/** Where under `dir` a file with exactly these bytes is (the damaged file, wherever it was put). */
const keptAt = (dir: string, bytes: Buffer) =>
  filesIn(dir).filter((f) => readFileSync(join(dir, f)).equals(bytes));

/** What a store holds, in a form a test can compare: each record whole. */
async function contents(store: Store) {
  const out: Record<string, unknown> = {};
  for (const org of await store.organizations()) {
    for (const a of (await store.listAssessments(org, { limit: 100 })).items) out[`a:${org}/${a.id}`] = a;
    for (const s of await store.listStrategies(org)) out[`s:${org}/${s.id}`] = s;
    const f = await store.getFramework(org);
    if (f) out[`f:${org}`] = f;
  }
  return out;
}

/**
 * Opens `dir` after `rel` was damaged (its bytes now `damaged`): either the store starts and holds
 * exactly `expected`, or it refuses with a message that names `rel`, keeps the damaged bytes, and
 * refuses again on the next start (a damaged file set aside must not let a later start go on
 * without it). Returns which it was.
 */
async function startsWholeOrRefuses(
  dir: string,
  rel: string,
  damaged: Buffer,
  expected: Record<string, unknown>,
): Promise<"started" | "refused"> {
  let store: LowdbStore;
  try {
    store = await LowdbStore.open(dir);
  } catch (e) {
    expect((e as Error).message).toContain(rel);
    expect(keptAt(dir, damaged), `${rel} was not kept`).not.toEqual([]);
    await expect(LowdbStore.open(dir)).rejects.toThrow(rel);
    return "refused";
  }
  try {
    expect(await contents(store), `started after ${rel} was damaged, without refusing`).toEqual(expected);
  } finally {
    await store.close();
  }
  return "started";
}

// A data directory of the earlier journal store (before issue 21), as kill -9 left it: record
// files as of its last checkpoint, and journal-00000002.log with the writes after it (two
// autosaves of a, journalled as their new audit events and changed sections; b rewritten; d new;
// strategy s1's second version). Written by that store's own code (LowdbStore at e9dbcef).
const fixture = fileURLToPath(new URL("../../test/fixtures/journal-data-dir", import.meta.url));
const JOURNAL = "journal-00000002.log";
const titles = (r: AssessmentRecord | null) => [
  r?.revision,
  r?.data.basics?.title,
  r?.audit.map((e) => (e.patch[0] as { value?: unknown }).value),
];

function journalDir(): string {
  const dir = freshDir();
  cpSync(fixture, dir, { recursive: true });
  return dir;
}

describe("a data directory of the journal store", () => {
  it("opens with every write its journal holds (the fixture's writes, as its writer made them)", async () => {
    const dir = journalDir();
    const said: string[] = [];
    const store = await LowdbStore.open(dir, { log: (m) => said.push(m) });
    try {
      expect(said).toEqual([
        `${dir}: converted from the journal format to one checksummed file per record (6 records; ${JOURNAL} replayed and removed)`,
      ]);
      const a = await store.getAssessment("kaarina", "a");
      expect(titles(a)).toEqual([3, "a 3", ["a 1", "a 2", "a 3"]]);
      expect(a?.etag).toBe(makeEtag("assessment", "a", 3));
      expect(a?.data.basics?.problem).toBe("Ongelma, kirjoitettu vasta journaliin: åäö €");
      expect(titles(await store.getAssessment("kaarina", "b"))).toEqual([2, "b 2", ["b 1", "b 2"]]);
      expect(titles(await store.getAssessment("heinola", "c"))).toEqual([1, "c 1", ["c 1"]]);
      expect(titles(await store.getAssessment("kaarina", "d"))).toEqual([1, "d 1", ["d 1"]]);
      expect((await store.getStrategy("kaarina", "s1"))?.versions.map((v) => v.version)).toEqual([1, 2]);
      expect((await store.getFramework("kaarina"))?.etag).toBe('"f-1"');
    } finally {
      await store.close();
    }
  });

  it("converts again, to the same records, after a conversion that was cut short", async () => {
    const done = journalDir();
    const converted = await LowdbStore.open(done, { log: () => undefined });
    const expected = await contents(converted);
    await converted.close();
    // cut short before the journal was removed (every record file written, the journal still
    // there, no marker), and before that (only a's record file written)
    const late = journalDir();
    cpSync(done, late, { recursive: true });
    rmSync(join(late, "eva-store.json"));
    cpSync(join(fixture, JOURNAL), join(late, JOURNAL));
    const early = journalDir();
    cpSync(join(done, "assessments/kaarina/a.json"), join(early, "assessments/kaarina/a.json"));
    for (const dir of [late, early]) {
      const said: string[] = [];
      const store = await LowdbStore.open(dir, { log: (m) => said.push(m) });
      try {
        expect(await contents(store)).toEqual(expected);
        expect(said).toHaveLength(1);
      } finally {
        await store.close();
      }
      expect(filesIn(dir)).toEqual(filesIn(done));
    }
  });

  it("refuses to start on a journal with a flipped byte, naming the file and offset, and keeps it", async () => {
    const dir = journalDir();
    const file = join(dir, JOURNAL);
    const bytes = readFileSync(file);
    // inside the second entry (a's second autosave): the entries after it are intact
    const at = bytes.indexOf('"a 3"');
    bytes[at + 2] = (bytes[at + 2] ?? 0) ^ 0x01;
    writeFileSync(file, bytes);
    const refused = await LowdbStore.open(dir).then(
      async (s) => {
        const got = titles(await s.getAssessment("kaarina", "a"));
        await s.close();
        return `started, with a at ${JSON.stringify(got)}`;
      },
      (e: Error) => e.message,
    );
    expect(refused).toContain(JOURNAL);
    expect(refused).toMatch(/offset \d+/);
    expect(keptAt(dir, bytes)).not.toEqual([]);
  });

  it("refuses to start on a journal cut to half its length", async () => {
    const dir = journalDir();
    const file = join(dir, JOURNAL);
    truncateSync(file, Math.floor(statSync(file).size / 2));
    const bytes = readFileSync(file);
    expect(await startsWholeOrRefuses(dir, JOURNAL, bytes, {})).toBe("refused");
  });
});

describe("a damaged record file", () => {
  it("refuses to start on a record file with a byte flipped inside a string", async () => {
    const dir = freshDir();
    const store = await LowdbStore.open(dir);
    const r = sampleRecord("r1");
    await store.putAssessment(r, null);
    await store.close();
    const rel = "assessments/kaarina/r1.json";
    const bytes = readFileSync(join(dir, rel));
    // one letter of the title for another: the file is still valid JSON, and says something else
    const title = r.data.basics?.title ?? "";
    const at = bytes.indexOf(title) + 3;
    bytes[at] = (bytes[at] ?? 0) ^ 0x01;
    writeFileSync(join(dir, rel), bytes);
    const store2 = await LowdbStore.open(dir).catch((e: Error) => e);
    if (!(store2 instanceof Error)) {
      const got = (await store2.getAssessment("kaarina", "r1"))?.data.basics?.title;
      await store2.close();
      expect.fail(`started, with the title ${JSON.stringify(got)} instead of ${JSON.stringify(title)}`);
    }
    expect(store2.message).toContain(rel);
    expect(keptAt(dir, bytes)).not.toEqual([]);
  });

  // The "Done when" of issue 21: 100 rounds, each a fresh copy of one data directory with one byte
  // flipped (to any other value) or the file cut at any offset, in any file the store keeps.
  it("starts with every acknowledged write or refuses naming the file, over 100 random flips and cuts (property)", async () => {
    const base = freshDir();
    const store = await LowdbStore.open(base);
    const trail = (n: number) => Array.from({ length: n }, (_, i) => sampleEvent(i));
    await store.putAssessment({ ...sampleRecord("k1"), audit: trail(3) }, null);
    await store.putAssessment(sampleRecord("k2", "kaarina", "1/00.00/2026"), null);
    await store.putAssessment({ ...sampleRecord("h1", "heinola"), audit: trail(1) }, null);
    const r = sampleRecord("k3");
    await store.putAssessment(r, null);
    await store.putAssessment({ ...r, revision: 2, etag: makeEtag("assessment", "k3", 2) }, r.etag);
    await store.putStrategy(
      { organization: "kaarina", id: "s", etag: '"1"', versions: [{ id: "s", version: 1 } as never] },
      null,
    );
    await store.putFramework({ organization: "heinola", etag: '"f"', framework: {} as never }, null);
    const expected = await contents(store);
    await store.close();
    const targets = filesIn(base);
    expect(targets.filter((f) => f.startsWith("assessments/"))).toHaveLength(4);
    const outcomes = { started: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: targets.length - 1 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.oneof(fc.constant("cut" as const), fc.integer({ min: 1, max: 255 })),
        async (which, where, how) => {
          const dir = freshDir();
          cpSync(base, dir, { recursive: true });
          const rel = targets[which] as string;
          const file = join(dir, rel);
          const size = statSync(file).size;
          const at = Math.floor(where * size);
          if (how === "cut") truncateSync(file, at);
          else {
            const bytes = readFileSync(file);
            bytes[at] = (bytes[at] ?? 0) ^ how;
            writeFileSync(file, bytes);
          }
          outcomes[await startsWholeOrRefuses(dir, rel, readFileSync(file), expected)]++;
          rmSync(dir, { recursive: true, force: true });
        },
      ),
      { numRuns: 100, seed: 21, endOnFailure: true },
    );
    // a changed byte always changes what a record file says: none may start unnoticed
    expect(outcomes.refused).toBe(100);
  });

  it("stops the server process with that one message and no stack trace", async () => {
    const dir = freshDir();
    const store = await LowdbStore.open(dir);
    await store.putAssessment(sampleRecord("s1"), null);
    await store.close();
    const file = join(dir, "assessments/kaarina/s1.json");
    truncateSync(file, statSync(file).size - 1);
    const failed = await startServerProcess(dir).then(
      async (s) => {
        await s.stop();
        return "started";
      },
      (e: Error) => e.message,
    );
    expect(failed).toMatch(/^server exited with 1: EVA did not start: the data directory .* is damaged\./);
    expect(failed).toContain("assessments/kaarina/s1.json: its content (bytes 111–");
    expect(failed).toContain("does not match its SHA-256 checksum: changed or cut after it was written");
    expect(failed).toContain(`eva-api recover ${dir} <new directory>`);
    expect(failed).not.toMatch(/\n\s+at /);
  });
});
