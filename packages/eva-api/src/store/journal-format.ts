import { crc32 } from "node:zlib";

/**
 * The journal of the embedded store before issue 21, read once, when a data directory of that
 * format is converted (data-dir.ts). Files `journal-<seq>.log`, entries
 * `EVA1 <crc32 hex> <byte length> <payload>\n`, each payload `{"f": record file, "d": record}`, or
 * for an autosave `{"f", "b": the revision it follows, "a": new audit events, "k": the draft's
 * section keys in order, "s": the changed sections, "d": the record without trail and draft}`.
 *
 * That format has no end marker: a journal cut exactly between two entries cannot be told from a
 * whole one. Anything else that is not a whole entry (a flipped bit, a cut inside an entry) is
 * unreadable, and reported with its offset; nothing after it is replayed without saying so.
 */

export const journalSeq = (name: string): number | null => {
  const m = /^journal-(\d{8,})\.log$/.exec(name);
  return m ? Number(m[1]) : null;
};

/** The entry at byte `at` of `buf` if it is whole and its checksum matches: its payload and where it ends. */
function entryAt(buf: Buffer, at: number): { payload: string; end: number } | null {
  const sp = buf.indexOf(0x20, at + 14);
  if (sp === -1 || sp - at > 31) return null;
  const m = /^EVA1 ([0-9a-f]{8}) (\d{1,16}) $/.exec(buf.toString("latin1", at, sp + 1));
  if (!m) return null;
  const start = sp + 1;
  const end = start + Number(m[2]);
  if (end >= buf.length || buf[end] !== 0x0a) return null;
  const body = buf.subarray(start, end);
  if (crc32(body) !== Number.parseInt(m[1] ?? "", 16)) return null;
  return { payload: body.toString("utf8"), end: end + 1 };
}

export interface JournalRead {
  entries: Array<{ offset: number; payload: string }>;
  /** byte ranges that are not whole entries */
  unreadable: Array<{ offset: number; length: number }>;
}

/**
 * The entries of one journal file. Strictly, reading stops at the first byte that does not start
 * a whole entry (the rest is one unreadable range); with `resync` (recovery) it goes on at the
 * next whole entry after it, so that one damaged entry loses only itself.
 */
export function readJournal(buf: Buffer, resync = false): JournalRead {
  const out: JournalRead = { entries: [], unreadable: [] };
  let at = 0;
  while (at < buf.length) {
    const entry = entryAt(buf, at);
    if (entry) {
      out.entries.push({ offset: at, payload: entry.payload });
      at = entry.end;
      continue;
    }
    let next = -1;
    if (resync)
      for (let i = buf.indexOf("EVA1 ", at + 1); i !== -1; i = buf.indexOf("EVA1 ", i + 1))
        if (entryAt(buf, i)) {
          next = i;
          break;
        }
    const end = next === -1 ? buf.length : next;
    out.unreadable.push({ offset: at, length: end - at });
    at = end;
  }
  return out;
}

type Json = Record<string, unknown>;
interface Entry {
  f: string;
  d: Json;
  b?: number;
  a?: unknown[];
  k?: string[];
  s?: Json;
}
const filePattern = /^(assessments|strategies)\/[^/.]+\/[^/.]+\.json$|^frameworks\/[^/.]+\.json$/;

/** An entry that could not be applied: where it is, and why. */
export interface ReplayProblem {
  journal: string;
  offset: number;
  file?: string;
  reason: string;
}

/**
 * The records after replaying `journals` (in order) over `files` (the record files as read,
 * by path). An autosave's entry applies to the revision it follows; one that follows a revision
 * the store does not have is a problem (strictly, the caller refuses; in recovery the record stays
 * at the last revision that could be made, and each entry left out is listed).
 */
export function replayJournals(
  journals: Array<{ name: string; entries: JournalRead["entries"] }>,
  files: ReadonlyMap<string, Json>,
): { records: Map<string, Json>; problems: ReplayProblem[] } {
  const records = new Map(files);
  const problems: ReplayProblem[] = [];
  for (const { name, entries } of journals) {
    for (const { offset, payload } of entries) {
      const fail = (reason: string, file?: string) =>
        problems.push({ journal: name, offset, reason, ...(file ? { file } : {}) });
      let entry: Entry;
      try {
        entry = JSON.parse(payload) as Entry;
      } catch {
        fail("its entry is not JSON");
        continue;
      }
      if (typeof entry?.f !== "string" || !filePattern.test(entry.f) || typeof entry.d !== "object") {
        fail("its entry names no record file of the store");
        continue;
      }
      if (entry.a === undefined) {
        records.set(entry.f, entry.d);
        continue;
      }
      const base = records.get(entry.f);
      const revision = Number(entry.d.revision);
      if (base && Number(base.revision) >= revision) continue; // the record file already has it
      if (!base || Number(base.revision) !== entry.b) {
        fail(
          `revision ${revision} of ${entry.f} follows revision ${entry.b}, but the store has ${base ? `revision ${String(base.revision)}` : "no such record"}`,
          entry.f,
        );
        continue;
      }
      const record: Json = { ...entry.d, audit: [...((base.audit as unknown[]) ?? []), ...entry.a] };
      if (entry.k && entry.s) {
        // the draft: its sections in order, the changed ones from the entry, the rest from revision `b`
        const changed = entry.s;
        const was = (base.data ?? {}) as Json;
        const missing = entry.k.find((k) => !Object.hasOwn(changed, k) && !Object.hasOwn(was, k));
        if (missing !== undefined) {
          fail(
            `revision ${revision} of ${entry.f} keeps section ${missing}, which revision ${entry.b} lacks`,
            entry.f,
          );
          continue;
        }
        record.data = Object.fromEntries(
          entry.k.map((k) => [k, Object.hasOwn(changed, k) ? changed[k] : was[k]]),
        );
      }
      records.set(entry.f, record);
    }
  }
  return { records, problems };
}

/** The record file an unreadable piece of a journal seems to be about, if its text still says. */
export function fileNamedIn(buf: Buffer, offset: number, length: number): string | undefined {
  const m = /\{"f":"([^"]{1,300})"/.exec(buf.toString("utf8", offset, offset + Math.min(length, 400)));
  return m?.[1] && filePattern.test(m[1]) ? m[1] : undefined;
}
