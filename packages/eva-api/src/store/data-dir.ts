import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Delivery } from "../webhooks/events.js";
import { isTemp } from "./durable-file.js";
import { fileNamedIn, journalSeq, readJournal, replayJournals } from "./journal-format.js";
import { type FileDamage, parseRecordBody, verifyRecordFile } from "./record-file.js";

/**
 * The embedded store's data directory, and what is in it, read without changing anything (the
 * store's start, `eva-api check` and `eva-api recover` all begin here):
 *
 *   eva-store.json                 format marker (MARKER_TEXT)
 *   assessments/<org>/<id>.json    one record file each (record-file.ts)
 *   strategies/<org>/<id>.json
 *   frameworks/<org>.json
 *   webhooks/<org>.json            the organization's webhook endpoints and finished deliveries
 *   damaged/<time>/…               files a start found damaged, moved aside unchanged
 *   tokens.json, …                 not the store's (the server's tokens)
 *
 * Organization and id are URI-encoded in the names (and "." as %2E). A directory without the
 * marker but with record files or journal-*.log is of the earlier journal format (before issue
 * 21), converted once at start.
 */
export const MARKER = "eva-store.json";
export const MARKER_TEXT = '{"format":"eva-embedded-store","version":2}\n';
export const DAMAGED = "damaged";
export const KINDS = ["assessments", "strategies", "frameworks", "webhooks"] as const;
export type Kind = (typeof KINDS)[number];

const safe = (s: string) => encodeURIComponent(s).replace(/\./g, "%2E");
/** The record file of a record, relative to the data directory. */
export const relOf = (kind: Kind, organization: string, id?: string) =>
  kind === "frameworks" || kind === "webhooks"
    ? `${kind}/${safe(organization)}.json`
    : `${kind}/${safe(organization)}/${safe(id ?? "")}.json`;

/** What a record file is of, from its name: kind, organization and id (decoded, for messages). */
export function recordOf(rel: string): { kind: Kind; organization: string; id?: string } | null {
  const m = /^(assessments|strategies)\/([^/]+)\/([^/]+)\.json$|^(frameworks|webhooks)\/([^/]+)\.json$/.exec(
    rel,
  );
  if (!m) return null;
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  return m[4] !== undefined
    ? { kind: m[4] as Kind, organization: decode(m[5] ?? "") }
    : { kind: m[1] as Kind, organization: decode(m[2] ?? ""), id: decode(m[3] ?? "") };
}

export type RecordJson = Record<string, unknown> & { organization: string; etag: string; id?: string };

/** A file that cannot be used as it is. */
export interface Problem extends FileDamage {
  /** relative to the data directory, with "/" */
  file: string;
}

/** A problem in one line: the file, why, and the offset where the reason does not say it. */
export const problemText = (p: Problem) =>
  `${p.file}: ${p.reason}${p.offset !== undefined && !p.reason.includes("offset") ? ` (offset ${p.offset})` : ""}`;

/** What a record that is lost or older than it was claims of itself, if anything legible. */
export interface Loss {
  /** the record file (relative) */
  file: string;
  reason: string;
  /** the damaged file this comes from, relative, where it is now (a record file, maybe set aside, or a journal) */
  damaged: string;
  /** what the damaged copy says of itself (revision, etag, updatedAt), not verified */
  claimed?: { revision?: unknown; etag?: unknown; updatedAt?: unknown };
  /** the revision the recovered copy has, when an older one could be kept */
  kept?: number;
}

export interface Inspection {
  /** "records": format 2; "journal": the earlier format; "empty": nothing yet */
  format: "empty" | "journal" | "records";
  /** every record that could be read, by file; `body` = the file's verified body (format 2) */
  records: Map<string, { record: RecordJson; body?: Buffer; outbox?: Delivery[] }>;
  problems: Problem[];
  /** temp files of writes that were never renamed into place: never acknowledged */
  torn: string[];
  /** files an earlier start moved to damaged/ */
  setAside: string[];
  /** the earlier format's journals */
  journals: string[];
  /** in recovery (`salvage`): what the repaired copy lacks, or holds older than it was */
  lost: Loss[];
}

/** Every file under `dir`, relative, with "/". */
function walk(dir: string, prefix = ""): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/** The offset a JSON.parse error names ("… at position 123"), if any. */
const positionIn = (e: unknown) => {
  const m = /position (\d+)/.exec((e as Error).message);
  return m ? Number(m[1]) : undefined;
};

/** What a damaged record file still says of itself, read leniently (nothing of it is trusted). */
function claimOf(bytes: Buffer): Loss["claimed"] | undefined {
  for (const text of [
    bytes.toString("utf8"),
    bytes
      .toString("utf8")
      .replace(/^.*?"body":/, "")
      .slice(0, -1),
  ]) {
    try {
      const v = JSON.parse(text) as { body?: { record?: Record<string, unknown> } } & Record<string, unknown>;
      const r = (v.body?.record ?? v.record ?? v) as Record<string, unknown> | null;
      if (r && typeof r === "object" && "revision" in r)
        return { revision: r.revision, etag: r.etag, updatedAt: r.updatedAt };
    } catch {
      // not legible this way
    }
  }
  return undefined;
}

/**
 * Reads and verifies a data directory, changing nothing. `salvage` (for `eva-api check` and
 * `eva-api recover`) reads the directory as it was before a start moved damaged files aside
 * (each file in damaged/ counts at its old place, where nothing newer is), reads past damage in
 * the earlier format's journals, and lists in `lost` what the records that can be made lack.
 */
export function inspectDataDir(dir: string, options: { salvage?: boolean } = {}): Inspection {
  const salvage = options.salvage === true;
  const out: Inspection = {
    format: "empty",
    records: new Map(),
    problems: [],
    torn: [],
    setAside: walk(join(dir, DAMAGED))
      .map((f) => `${DAMAGED}/${f}`)
      .sort(),
    journals: [],
    lost: [],
  };
  /** each file the store reads, by its place in the directory: where it is now */
  const at = new Map<string, string>();
  // damaged/<time>/<place>: the later a start set a file aside, the later it counts
  if (salvage) for (const f of out.setAside) at.set(f.split("/").slice(2).join("/"), f);
  if (existsSync(dir))
    for (const f of readdirSync(dir)) if (journalSeq(f) !== null || f === MARKER) at.set(f, f);
  for (const kind of KINDS)
    for (const f of walk(join(dir, kind))) {
      const rel = `${kind}/${f}`;
      if (isTemp(f)) out.torn.push(rel);
      else if (recordOf(rel)) at.set(rel, rel);
      // anything else there (an editor's backup, a note) is not the store's: left alone
    }
  const where = (rel: string) => {
    const now = at.get(rel);
    return now === rel ? rel : `${rel} (set aside as ${now})`;
  };
  const files = [...at.keys()].filter((rel) => recordOf(rel)).sort();
  out.journals = [...at.keys()]
    .filter((f) => journalSeq(f) !== null)
    .sort((a, b) => (journalSeq(a) ?? 0) - (journalSeq(b) ?? 0));
  if (at.has(MARKER)) {
    out.format = "records";
    const text = readFileSync(join(dir, at.get(MARKER) ?? MARKER));
    if (!text.equals(Buffer.from(MARKER_TEXT))) {
      const differs = [...Buffer.from(MARKER_TEXT)].findIndex((c, i) => text[i] !== c);
      out.problems.push({
        file: where(MARKER),
        reason: `it is not the format marker this version writes (${JSON.stringify(MARKER_TEXT.trim())})`,
        offset: differs === -1 ? MARKER_TEXT.length : differs,
      });
    }
    for (const j of out.journals)
      out.problems.push({
        file: where(j),
        reason:
          "a journal of the earlier format in a converted directory: its writes were never applied here",
      });
  } else if (files.length > 0 || out.journals.length > 0) out.format = "journal";

  /** the record files that could not be read, and what they still say */
  const damaged: Loss[] = [];
  const bad = (file: string, damage: FileDamage, bytes?: Buffer) => {
    out.problems.push({ file: where(file), ...damage });
    const claimed = bytes && claimOf(bytes);
    damaged.push({
      file,
      reason: damage.reason,
      damaged: at.get(file) ?? file,
      ...(claimed ? { claimed } : {}),
    });
  };
  const read = new Map<string, RecordJson>();
  for (const rel of files) {
    const bytes = readFileSync(join(dir, at.get(rel) ?? rel));
    let record: RecordJson;
    let body: Buffer | undefined;
    let outbox: Delivery[] | undefined;
    // format 2 files; in a directory of the earlier format also those its conversion wrote
    // before it was cut short (the journal is replayed over them again, which changes nothing)
    if (out.format === "records" || bytes.subarray(0, 15).toString() === '{"eva":"record"') {
      const v = verifyRecordFile(bytes);
      if ("damage" in v) {
        bad(rel, v.damage, bytes);
        continue;
      }
      const parsed = parseRecordBody(v.body);
      if ("damage" in parsed) {
        bad(rel, parsed.damage, bytes);
        continue;
      }
      record = parsed.value.record;
      body = v.body;
      outbox = parsed.value.outbox;
    } else {
      // the earlier format's record file: plain JSON without a checksum
      try {
        record = JSON.parse(bytes.toString("utf8")) as RecordJson;
      } catch (e) {
        const pos = positionIn(e);
        bad(rel, {
          reason: `it is not JSON (${(e as Error).message})`,
          ...(pos !== undefined ? { offset: pos } : {}),
        });
        continue;
      }
    }
    const kind = rel.split("/")[0] as Kind;
    if (
      typeof record !== "object" ||
      record === null ||
      typeof record.organization !== "string" ||
      relOf(kind, record.organization, typeof record.id === "string" ? record.id : undefined) !== rel
    ) {
      bad(rel, { reason: "it does not hold the record its name says" }, bytes);
      continue;
    }
    read.set(rel, record);
    if (body) out.records.set(rel, { record, body, ...(outbox ? { outbox } : {}) });
  }
  if (out.format !== "journal") {
    if (salvage) out.lost = damaged;
    return out;
  }

  // the earlier format: the journals replayed over the record files
  const unreadable: Loss[] = [];
  const journals = out.journals.map((name) => {
    const buf = readFileSync(join(dir, at.get(name) ?? name));
    const parsed = readJournal(buf, salvage);
    for (const u of parsed.unreadable) {
      const named = fileNamedIn(buf, u.offset, u.length);
      const reason = `${u.length} of its ${buf.length} bytes, from offset ${u.offset}, are not whole entries: damaged or cut${named ? ` (they were about ${named})` : ""}`;
      out.problems.push({ file: where(name), reason, offset: u.offset });
      unreadable.push({ file: named ?? name, reason: `${name}: ${reason}`, damaged: at.get(name) ?? name });
    }
    return { name, entries: parsed.entries };
  });
  const { records, problems } = replayJournals(journals, read);
  const revisionOf = (file: string) => {
    const n = Number(records.get(file)?.revision);
    return Number.isFinite(n) ? { kept: n } : {};
  };
  // a damaged record file whose record a whole journal entry wrote again lost nothing
  out.lost.push(
    ...damaged.filter((l) => !records.has(l.file)),
    ...unreadable.map((l) => ({ ...l, ...revisionOf(l.file) })),
  );
  for (const p of problems) {
    out.problems.push({ file: where(p.journal), reason: p.reason, offset: p.offset });
    out.lost.push({
      file: p.file ?? p.journal,
      reason: `${p.journal} at offset ${p.offset}: ${p.reason}`,
      damaged: at.get(p.journal) ?? p.journal,
      ...(p.file ? revisionOf(p.file) : {}),
    });
  }
  for (const [rel, record] of records) out.records.set(rel, { record: record as RecordJson });
  if (!salvage) out.lost = [];
  return out;
}
