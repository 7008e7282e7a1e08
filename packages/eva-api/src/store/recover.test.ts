import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { LowdbStore } from "./lowdb-store.js";
import { checkDataDir, type RecoveryReport, recoverDataDir } from "./recover.js";
import { makeEtag } from "./store.js";
import { sampleRecord } from "./store-contract.js";

// `eva-api check` and `eva-api recover` (issue 21) on real data directories: what they say, what
// the repaired copy holds, and that the directory they read is left exactly as it was.

const dirs: string[] = [];
const freshDir = () => {
  const d = mkdtempSync(join(tmpdir(), "eva-recover-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Every file under `dir` with a SHA-256 of its bytes: equal before and after = unchanged. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else
        out[relative(dir, p).split(sep).join("/")] = createHash("sha256")
          .update(readFileSync(p))
          .digest("hex");
    }
  };
  walk(dir);
  return out;
}

const flip = (file: string, at: number) => {
  const bytes = readFileSync(file);
  bytes[at] = (bytes[at] ?? 0) ^ 0x01;
  writeFileSync(file, bytes);
};

/** A format 2 directory with three assessments (r2 at revision 2) and a tokens file. */
async function threeRecords(): Promise<string> {
  const dir = freshDir();
  const store = await LowdbStore.open(dir);
  for (const id of ["r1", "r2", "r3"]) await store.putAssessment(sampleRecord(id), null);
  const r2 = sampleRecord("r2");
  await store.putAssessment({ ...r2, revision: 2, etag: makeEtag("assessment", "r2", 2) }, r2.etag);
  await store.close();
  writeFileSync(join(dir, "tokens.json"), "[]");
  return dir;
}

const cli = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
function run(...args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((ok) => {
    const p = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    p.stdout.on("data", (d) => {
      out += String(d);
    });
    p.stderr.on("data", (d) => {
      out += String(d);
    });
    p.once("close", (code) => ok({ code, out }));
  });
}

describe("eva-api check and recover", () => {
  it("recover copies every record that verifies, reports the damaged one exactly, and changes nothing it reads", async () => {
    const dir = await threeRecords();
    flip(join(dir, "assessments/kaarina/r2.json"), 400);
    // the start refuses and moves the damaged file aside
    await expect(LowdbStore.open(dir)).rejects.toThrow("assessments/kaarina/r2.json");
    const before = snapshot(dir);
    const check = checkDataDir(dir);
    expect(check.ok).toBe(false);
    expect(check.text).toMatch(
      /DAMAGED assessments\/kaarina\/r2\.json \(set aside as damaged\/[^)]+\): its content/,
    );
    expect(check.text).toMatch(/damaged file says it is revision 2 of/);

    const target = join(freshDir(), "recovered");
    const { report, text } = await recoverDataDir(dir, target, new Date("2026-03-01T09:00:00Z"));
    expect(snapshot(dir)).toEqual(before);
    expect(report.recovered).toEqual({ assessments: 2, strategies: 0, frameworks: 0, webhooks: 0 });
    expect(report.lost).toHaveLength(1);
    expect(report.lost[0]).toMatchObject({
      file: "assessments/kaarina/r2.json",
      claimed: { revision: 2, etag: makeEtag("assessment", "r2", 2) },
    });
    expect(report.lost[0]?.damaged).toMatch(/^damaged\/.+\/assessments\/kaarina\/r2\.json$/);
    expect(report.copied).toEqual(["tokens.json"]);
    expect(text).toContain("assessments/kaarina/r2.json (assessment kaarina/r2):");
    expect(text).toContain("the copy does not have this record");
    const saved = JSON.parse(readFileSync(join(target, "recovery-report.json"), "utf8")) as RecoveryReport;
    expect(saved).toEqual(report);
    // the copy is a data directory the store opens, with what the report says
    const store = await LowdbStore.open(target);
    try {
      expect((await store.listAssessments("kaarina", { limit: 10 })).items.map((r) => r.id).sort()).toEqual([
        "r1",
        "r3",
      ]);
      expect(await store.getAssessment("kaarina", "r1")).toEqual(sampleRecord("r1"));
    } finally {
      await store.close();
    }
    expect(readFileSync(join(target, "tokens.json"), "utf8")).toBe("[]");
    expect(checkDataDir(target).ok).toBe(true);
  });

  it("recover reads a damaged journal of the earlier format past the damage, and names what it lost", async () => {
    const dir = freshDir();
    cpSync(fileURLToPath(new URL("../../test/fixtures/journal-data-dir", import.meta.url)), dir, {
      recursive: true,
    });
    // inside the journal's second entry: a's third revision
    const journal = join(dir, "journal-00000002.log");
    const at = readFileSync(journal).indexOf('"a 3"');
    flip(journal, at + 2);
    const before = snapshot(dir);
    const { report, text } = await recoverDataDir(dir, join(freshDir(), "copy"));
    expect(snapshot(dir)).toEqual(before);
    // a stays at its second revision; the entries after the damaged one are all there
    expect(report.lost).toEqual([
      {
        file: "assessments/kaarina/a.json",
        kept: 2,
        damaged: "journal-00000002.log",
        reason: expect.stringMatching(
          /^journal-00000002\.log: \d+ of its 2581 bytes, from offset \d+, are not whole entries: damaged or cut \(they were about assessments\/kaarina\/a\.json\)$/,
        ),
      },
    ]);
    expect(report.recovered).toEqual({ assessments: 4, strategies: 1, frameworks: 1, webhooks: 0 });
    expect(text).toContain("the copy has its revision 2; what came after it is lost");
    expect(text).toContain(`damaged file, kept as it is: ${join(dir, "journal-00000002.log")}`);
    const store = await LowdbStore.open(report.target);
    try {
      expect((await store.getAssessment("kaarina", "a"))?.revision).toBe(2);
      expect((await store.getAssessment("kaarina", "b"))?.revision).toBe(2);
      expect(await store.getAssessment("kaarina", "d")).not.toBeNull();
      expect((await store.getStrategy("kaarina", "s1"))?.versions).toHaveLength(2);
    } finally {
      await store.close();
    }
  });

  it("recover refuses a target that is not empty or lies inside the source", async () => {
    const dir = await threeRecords();
    await expect(recoverDataDir(dir, join(dir, "copy"))).rejects.toThrow(/outside/);
    const full = freshDir();
    writeFileSync(join(full, "x"), "");
    await expect(recoverDataDir(dir, full)).rejects.toThrow(/not empty/);
  });

  it("the command line: check exits 0 on a whole directory and 1 on a damaged one; recover writes the copy", async () => {
    const good = await threeRecords();
    const bad = await threeRecords();
    flip(join(bad, "assessments/kaarina/r1.json"), 300);
    const target = join(freshDir(), "copy");
    const [ok, damaged, recovered] = await Promise.all([
      run("check", good),
      run("check", bad),
      run("recover", bad, target),
    ]);
    expect(ok).toMatchObject({ code: 0, out: expect.stringContaining("OK: every file verifies.") });
    expect(damaged.code).toBe(1);
    expect(damaged.out).toContain(`DAMAGED assessments/kaarina/r1.json: its content`);
    expect(damaged.out).toContain(`eva-api recover ${bad} <new directory>`);
    expect(recovered.code).toBe(0);
    expect(recovered.out).toContain("assessments/kaarina/r1.json (assessment kaarina/r1):");
    expect(checkDataDir(target).ok).toBe(true);
  });
});

describe("the approved summaries' frozen files (blobs/)", () => {
  it("check names a file whose bytes no longer match its SHA-256; recover copies the good ones and reports the bad one", async () => {
    const dir = await threeRecords();
    const { FileBlobStore } = await import("./blobs.js");
    const blobs = new FileBlobStore(join(dir, "blobs"));
    const good = await blobs.put(new TextEncoder().encode("%PDF-1.7 approved summary, version 1"));
    const bad = await blobs.put(new TextEncoder().encode("<html>approved summary, version 1</html>"));
    expect(checkDataDir(dir).ok).toBe(true);
    const badRel = `blobs/${bad.sha256.slice(0, 2)}/${bad.sha256}`;
    flip(join(dir, badRel), 3);
    const before = snapshot(dir);

    const checked = checkDataDir(dir);
    expect(checked.ok).toBe(false);
    expect(checked.text).toContain(`DAMAGED ${badRel}`);
    expect(checked.text).not.toContain(good.sha256);

    const target = join(freshDir(), "copy");
    const { report, text } = await recoverDataDir(dir, target);
    expect(report.damagedBlobs).toEqual([badRel]);
    expect(text).toContain(badRel);
    const copy = new FileBlobStore(join(target, "blobs"));
    expect(Buffer.from((await copy.get(good.sha256)) ?? []).toString()).toContain("version 1");
    expect(await copy.get(bad.sha256)).toBeNull();
    expect(checkDataDir(target).ok).toBe(true);
    expect(snapshot(dir)).toEqual(before);
  });
});
