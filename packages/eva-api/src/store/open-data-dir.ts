import { mkdir, readFile, rename, unlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import { DAMAGED, type Inspection, inspectDataDir, MARKER, MARKER_TEXT, problemText } from "./data-dir.js";
import { fsyncDir, mkdirDurable, writeFileDurable } from "./durable-file.js";
import { encodeRecordFile, recordBody, verifyRecordFile } from "./record-file.js";

/**
 * What the embedded store does with its data directory before it holds a record: verify every
 * file (data-dir.ts). A damaged file stops the start (DataDirDamagedError) and is moved aside
 * unchanged to damaged/, where it keeps stopping later starts until an operator has run
 * `eva-api check` / `eva-api recover` (or moved damaged/ away). A temp file left by a crash is a
 * write that was never acknowledged: it is dropped, and that is logged. A directory of the earlier
 * journal format is converted; an empty one gets its format marker.
 */

/** A data directory with damaged files: the start is refused, the files are kept. */
export class DataDirDamagedError extends Error {
  override readonly name = "DataDirDamagedError";
  constructor(
    readonly dir: string,
    readonly problems: Inspection["problems"],
    readonly setAside: string[],
    /** where this start moved the damaged files (under damaged/), if it moved any */
    movedTo: string | null,
  ) {
    const lines = [
      `EVA did not start: the data directory ${dir} is damaged.`,
      ...problems.map((p) => `  ${problemText(p)}`),
      ...setAside.map((f) => `  ${f}: moved aside as damaged at an earlier start`),
      movedTo
        ? `The damaged files were moved, unchanged, to ${movedTo} (nothing was deleted or repaired).`
        : "Nothing was deleted or repaired.",
      `Check:   eva-api check ${dir}`,
      `Recover: eva-api recover ${dir} <new directory>   (writes a repaired copy and a report of exactly what was lost; ${dir} is not changed)`,
    ];
    super(lines.join("\n"));
  }
}

/** The verified records of `dir`, ready for the store to hold, or DataDirDamagedError. */
export async function openDataDir(dir: string, log: (message: string) => void): Promise<Inspection> {
  const found = inspectDataDir(dir);
  if (found.problems.length > 0 || found.setAside.length > 0) {
    const files = [...new Set(found.problems.map((p) => p.file))];
    const movedTo = files.length > 0 ? await setAside(dir, files) : null;
    throw new DataDirDamagedError(dir, found.problems, found.setAside, movedTo);
  }
  for (const rel of found.torn) {
    await unlink(join(dir, rel));
    log(`${join(dir, rel)}: dropped a write that was cut short by a crash and never acknowledged`);
  }
  if (found.format === "journal") await convert(dir, found, log);
  else if (found.format === "empty") await writeFileDurable(join(dir, MARKER), MARKER_TEXT);
  return found;
}

/**
 * Moves the damaged files to damaged/<time>/ as they are (renames: their bytes stay the same).
 * No fsync: after a crash a file is under its old name or its new one, and either way the next
 * start refuses.
 */
async function setAside(dir: string, files: string[]): Promise<string> {
  const to = join(dir, DAMAGED, new Date().toISOString().replace(/[:.]/g, "-"));
  for (const rel of files) {
    const target = join(to, rel);
    await mkdir(dirname(target), { recursive: true });
    await rename(join(dir, rel), target);
  }
  return to;
}

/**
 * A data directory of the earlier journal format, converted once: every record, with the
 * journals replayed, written as a record file and read back, then the journals removed and the
 * marker written. Cut short, it starts again at the next start (the journals are still there
 * and replay over what it wrote to the same result).
 */
async function convert(dir: string, found: Inspection, log: (message: string) => void): Promise<void> {
  for (const [rel, { record }] of found.records) {
    const file = join(dir, rel);
    const body = recordBody(record);
    await mkdirDurable(dirname(file));
    await writeFileDurable(file, encodeRecordFile([body]));
    const back = verifyRecordFile(await readFile(file));
    if (!("body" in back) || !back.body.equals(body))
      throw new Error(`${file}: the converted record file does not read back as written`);
  }
  for (const j of found.journals) await unlink(join(dir, j));
  await fsyncDir(dir);
  await writeFileDurable(join(dir, MARKER), MARKER_TEXT);
  log(
    `${dir}: converted from the journal format to one checksummed file per record (${found.records.size} records${found.journals.length > 0 ? `; ${found.journals.join(", ")} replayed and removed` : ""})`,
  );
}
