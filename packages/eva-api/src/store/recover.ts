import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { sha256Hex } from "./blobs.js";
import {
  type Inspection,
  inspectDataDir,
  type Loss,
  MARKER,
  MARKER_TEXT,
  problemText,
  recordOf,
} from "./data-dir.js";
import { mkdirDurable, writeFileDurable } from "./durable-file.js";
import { journalSeq } from "./journal-format.js";
import { encodeRecordFile, recordBody } from "./record-file.js";

/**
 * `eva-api check` and `eva-api recover`: what an operator runs when the embedded store refuses to
 * start (DataDirDamagedError). Neither changes the directory it reads.
 */

/**
 * The approved summaries' frozen files (blobs/<xx>/<sha256>, FileBlobStore): each is named by its
 * SHA-256, so a file verifies when its bytes hash to its name. Temp files of a cut-short write are
 * neither good nor damaged (never acknowledged).
 */
export function inspectBlobs(dir: string): { good: string[]; damaged: string[] } {
  const out = { good: [] as string[], damaged: [] as string[] };
  const root = join(dir, "blobs");
  if (!existsSync(root)) return out;
  for (const sub of readdirSync(root, { withFileTypes: true })) {
    if (!sub.isDirectory()) continue;
    for (const f of readdirSync(join(root, sub.name), { withFileTypes: true })) {
      if (!f.isFile() || /\.tmp$/.test(f.name)) continue;
      const rel = `blobs/${sub.name}/${f.name}`;
      const ok = /^[0-9a-f]{64}$/.test(f.name) && sha256Hex(readFileSync(join(dir, rel))) === f.name;
      (ok ? out.good : out.damaged).push(rel);
    }
  }
  out.good.sort();
  out.damaged.sort();
  return out;
}

const counts = (found: Inspection) => {
  const n = { assessments: 0, strategies: 0, frameworks: 0, webhooks: 0 };
  for (const rel of found.records.keys()) {
    const kind = recordOf(rel)?.kind;
    if (kind) n[kind]++;
  }
  return n;
};
const countsText = (n: ReturnType<typeof counts>) =>
  `assessments ${n.assessments}, strategies ${n.strategies}, frameworks ${n.frameworks}, webhooks ${n.webhooks}`;
const formatText = (f: Inspection["format"]) =>
  f === "records"
    ? "one checksummed file per record (format 2)"
    : f === "journal"
      ? "the earlier journal format, converted to format 2 at the next start"
      : "empty";

/** The losses, by record: what it is, why, what the copy has of it, where the damaged bytes are. */
function lossesText(lost: Loss[], source: string): string[] {
  const byFile = new Map<string, Loss[]>();
  for (const l of lost) byFile.set(l.file, [...(byFile.get(l.file) ?? []), l]);
  return [...byFile].flatMap(([file, ls]) => {
    const what = recordOf(file);
    const name = what
      ? ` (${what.kind.replace(/s$/, "")} ${what.organization}${what.id ? `/${what.id}` : ""})`
      : "";
    const kept = ls.find((l) => l.kept !== undefined)?.kept;
    const claimed = ls.find((l) => l.claimed)?.claimed;
    return [
      `  ${file}${name}:`,
      ...ls.map((l) => `    ${l.reason}`),
      kept !== undefined
        ? `    the copy has its revision ${kept}; what came after it is lost`
        : what
          ? "    the copy does not have this record"
          : "    which records these bytes held cannot be told",
      ...(claimed
        ? [
            `    the damaged file says it is revision ${String(claimed.revision)} of ${String(claimed.updatedAt)} (not verified; read it with: jq .body.record)`,
          ]
        : []),
      ...[...new Set(ls.map((l) => l.damaged))].map(
        (d) => `    damaged file, kept as it is: ${join(source, d)}`,
      ),
    ];
  });
}

/** `eva-api check <dir>`: verifies every file; `ok` is false when anything is damaged or set aside. */
export function checkDataDir(dir: string): { ok: boolean; text: string } {
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    return { ok: false, text: `${dir}: no such directory` };
  const found = inspectDataDir(dir, { salvage: true });
  const blobs = inspectBlobs(dir);
  const ok = found.problems.length === 0 && found.setAside.length === 0 && blobs.damaged.length === 0;
  const lines = [`${dir}: EVA data directory, ${formatText(found.format)}`];
  lines.push(`  readable: ${countsText(counts(found))}, approved summaries' files ${blobs.good.length}`);
  for (const p of found.problems) lines.push(`  DAMAGED ${problemText(p)}`);
  for (const b of blobs.damaged)
    lines.push(`  DAMAGED ${b}: an approved summary's frozen file whose bytes do not match its SHA-256`);
  for (const f of found.setAside) lines.push(`  set aside at an earlier start: ${f}`);
  for (const f of found.torn)
    lines.push(`  ${f}: a write cut short by a crash, never acknowledged (dropped at the next start)`);
  if (ok) lines.push("OK: every file verifies.");
  else {
    lines.push(
      `Damaged. A repaired copy and a report of exactly what it lacks: eva-api recover ${dir} <new directory>`,
    );
    if (found.lost.length > 0) lines.push("The copy would lack:", ...lossesText(found.lost, dir));
  }
  return { ok, text: lines.join("\n") };
}

export interface RecoveryReport {
  format: "eva-recovery-report";
  version: 1;
  source: string;
  target: string;
  at: string;
  sourceFormat: Inspection["format"];
  recovered: { assessments: number; strategies: number; frameworks: number; webhooks: number };
  /** records the copy lacks or has older than they were, and why */
  lost: Loss[];
  /** every damaged file or piece of one, with where */
  problems: Inspection["problems"];
  /** temp files of writes a crash cut short: never acknowledged, left out */
  tornWritesLeftOut: string[];
  /** other files of the directory (e.g. tokens.json), copied as they are */
  copied: string[];
  /** approved summaries' frozen files (blobs/…) that do not match their SHA-256: left out */
  damagedBlobs: string[];
}

/**
 * `eva-api recover <source> <target>`: writes into `target` (new or empty) every record of
 * `source` that can be read, in format 2, with the server's other files, and a report of exactly
 * what could not be recovered (recovery-report.json). `source` is never changed.
 */
export async function recoverDataDir(
  sourceDir: string,
  targetDir: string,
  now = new Date(),
): Promise<{ report: RecoveryReport; text: string }> {
  const source = resolve(sourceDir);
  const target = resolve(targetDir);
  if (!existsSync(source) || !statSync(source).isDirectory()) throw new Error(`${source}: no such directory`);
  const inside = (a: string, b: string) => {
    const r = relative(a, b);
    return r === "" || (!r.startsWith("..") && !isAbsolute(r));
  };
  if (inside(source, target) || inside(target, source))
    throw new Error(`The copy must go to a directory outside ${source} (and not around it): ${target}`);
  if (existsSync(target) && readdirSync(target).length > 0)
    throw new Error(`${target} is not empty: recover writes a new directory`);
  const found = inspectDataDir(source, { salvage: true });
  await mkdirDurable(target);
  for (const [rel, { record, body }] of found.records) {
    await mkdirDurable(join(target, rel, ".."));
    await writeFileDurable(join(target, rel), encodeRecordFile([body ?? recordBody(record)]));
  }
  const copied: string[] = [];
  for (const e of readdirSync(source, { withFileTypes: true })) {
    if (!e.isFile() || e.name === MARKER || e.name === ".lock" || journalSeq(e.name) !== null) continue;
    if (/\.tmp$/.test(e.name)) continue;
    await writeFileDurable(join(target, e.name), readFileSync(join(source, e.name)));
    copied.push(e.name);
  }
  // the approved summaries' frozen files: copied when they verify, reported when they do not
  const blobs = inspectBlobs(source);
  for (const rel of blobs.good) {
    await mkdirDurable(join(target, rel, ".."));
    await writeFileDurable(join(target, rel), readFileSync(join(source, rel)));
  }
  await writeFileDurable(join(target, MARKER), MARKER_TEXT);
  const report: RecoveryReport = {
    format: "eva-recovery-report",
    version: 1,
    source,
    target,
    at: now.toISOString(),
    sourceFormat: found.format,
    recovered: counts(found),
    lost: found.lost,
    problems: found.problems,
    tornWritesLeftOut: found.torn,
    copied,
    damagedBlobs: blobs.damaged,
  };
  const reportFile = join(target, "recovery-report.json");
  await writeFileDurable(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  // the copy must open as it is
  const again = inspectDataDir(target);
  if (again.problems.length > 0 || again.records.size !== found.records.size)
    throw new Error(`${target}: the repaired copy does not verify: ${JSON.stringify(again.problems)}`);
  const text = [
    `Recovered ${source} (${formatText(found.format)}) into ${target}: ${countsText(report.recovered)}.`,
    ...(found.lost.length > 0
      ? ["Lost (the copy lacks these, or has them older):", ...lossesText(found.lost, source)]
      : found.problems.length > 0
        ? [
            "Damaged pieces were found, but every record they held could be made from what remains: nothing was lost.",
          ]
        : ["Nothing was damaged; nothing was lost."]),
    ...(blobs.damaged.length > 0
      ? [
          `Left out: ${blobs.damaged.length} approved summaries' frozen files that do not match their SHA-256 (${blobs.damaged.join(", ")}); asking for those files answers an error until they are brought back from an export (eva-api export carries them).`,
        ]
      : []),
    ...(found.torn.length > 0
      ? [`Left out: ${found.torn.length} writes cut short by a crash (never acknowledged).`]
      : []),
    `Report: ${reportFile}`,
    `${source} was not changed. To use the copy, stop EVA and start it with EVA_DATA_DIR=${target}. Records that were lost can be brought back from your latest export: eva-api import <backup.json> adds only the records the store lacks.`,
  ];
  return { report, text: text.join("\n") };
}
