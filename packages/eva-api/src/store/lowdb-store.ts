import { mkdirSync, readdirSync, unlinkSync } from "node:fs";
import { readFile, unlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import { Low } from "lowdb";
import { DurableJSONFile, fsyncDir, writeFileSynced } from "./durable-file.js";
import { caseKeyOf, type Filterable, matchesFilter, pageOf } from "./filter.js";
import { frame, Journal, journalName, journalSeq, readEntries } from "./journal.js";
import { acquireLock } from "./lock-file.js";
import {
  type AssessmentFilter,
  type AssessmentHead,
  type AssessmentRecord,
  bytesOf,
  type DraftBytes,
  draftBytes,
  type FrameworkRecord,
  inResidentView,
  jsonOpen,
  type KnownParts,
  lengthOfParts,
  type Part,
  PreconditionFailedError,
  type Store,
  type StrategyRecord,
} from "./store.js";

/**
 * The embedded store: lowdb JSON files, one per assessment (`assessments/<org>/<id>.json`),
 * strategy and framework, so one write costs the same with 5 or 5,000 assessments.
 *
 * Durability without two fsyncs per write (group commit): a write goes first to the append-only
 * journal (journal.ts), where all writes that arrive during one flush share one append and one
 * fdatasync; it is acknowledged after that. The record files are written later, by a checkpoint
 * (when the journal passes `checkpointBytes`, after `idleMs` without writes, and at close): each
 * dirty record's latest JSON once, temp file + fsync + rename, one fsync per directory, and only
 * then are the sealed journal files deleted. Opening replays the journals over the record files
 * (the journal's last entry for a file is never older than the file), checkpoints the result and
 * starts a fresh journal, so a torn tail is dropped before anything is appended again.
 *
 * In memory each record is held as its JSON (assessments as UTF-8 bytes, see HeldAssessment;
 * handed out as `JSON.parse` copies — cheaper than structuredClone and never a live reference)
 * plus a small index entry for the filters; the drafts being autosaved also parsed and frozen.
 * An autosave's journal entry carries its new audit events instead of the whole trail. A lock
 * file keeps a second process out.
 */

interface Held<M> {
  text: string;
  meta: M;
}
/**
 * An assessment is held as its JSON in three pieces, so that an autosave copies neither the trail
 * nor anything else it leaves alone: `head`, the rest of the record (`{` and its keys, each
 * followed by a comma; small, a string), the trail's events (their JSON, comma-separated, in
 * chunks: TrailChunks) and the draft (UTF-8, in memory of its own outside the JavaScript heap, so
 * thousands of drafts cost the garbage collector nothing), with where each of the draft's
 * top-level sections lies in it (byte offsets). The record's JSON is
 * `head"audit":[trail],"data":draft}` (the same JSON.stringify gives with those two keys last).
 * So a GET builds the view from the draft's bytes, an autosave adds its audit events as a chunk
 * and keeps the bytes of the sections it leaves alone.
 */
interface HeldAssessment {
  head: string;
  trail: TrailChunks;
  data: Buffer;
  sections: DraftBytes["sections"];
  meta: AssessmentMeta;
}
const AUDIT_KEY = '"audit":';
const DATA_KEY = '"data":';
/** a record file's JSON, or how to make it (an assessment's is made only when a checkpoint writes it) */
type FileJson = string | Uint8Array | (() => Uint8Array);
const sizeOf = (p: Part) => lengthOfParts([p]);
/** below this many bytes a chunk is a string (a small Buffer would keep a whole 8 KiB pool alive) */
const SMALL = 4096;

/**
 * An audit trail's events as JSON, comma-separated, in chunks whose sizes fall from first to
 * last (each chunk after the first starts with its comma). Adding events adds a chunk and merges
 * the last chunks while the last is no smaller than the one before it, as a binary counter
 * carries: a trail of n events is held in O(log n) chunks and each event's bytes are copied
 * O(log n) times in all, where copying the whole trail at every save would cost O(n) a save.
 */
type TrailChunks = ReadonlyArray<string | Buffer>;

function trailChunks(trailJson: string): TrailChunks {
  const inner = trailJson.slice(1, -1); // the array's events without its brackets
  if (inner === "") return [];
  return [inner.length < SMALL ? inner : bytesOf([inner])];
}

function withEvents(trail: TrailChunks, events: readonly unknown[]): TrailChunks {
  if (events.length === 0) return trail;
  const json = JSON.stringify(events);
  const chunks = [...trail, trail.length === 0 ? json.slice(1, -1) : `,${json.slice(1, -1)}`];
  for (;;) {
    const last = chunks[chunks.length - 1] as string | Buffer;
    const prev = chunks[chunks.length - 2];
    if (prev === undefined) break;
    if (sizeOf(last) < sizeOf(prev)) break;
    const size = sizeOf(prev) + sizeOf(last);
    chunks.splice(
      -2,
      2,
      size < SMALL
        ? `${prev.toString()}${last.toString()}` // strings both: a Buffer has SMALL bytes or more
        : bytesOf([prev, last], size),
    );
  }
  return chunks;
}

/** The JSON of the record `held` holds, as parts. */
const recordParts = (held: Omit<HeldAssessment, "meta" | "sections">): Part[] => [
  held.head,
  `${AUDIT_KEY}[`,
  ...held.trail,
  `],${DATA_KEY}`,
  held.data,
  "}",
];

/** The object `head` (HeldAssessment) opens. */
const parseHead = <T>(head: string): T => JSON.parse(head.length === 1 ? "{}" : `${head.slice(0, -1)}}`) as T;
const textOf = (held: { text: string } | HeldAssessment) =>
  "text" in held
    ? held.text
    : recordParts(held)
        .map((p) => p.toString())
        .join("");

/** An assessment as held, from its record without trail and draft, its trail's chunks and its draft's bytes. */
function heldAssessment(
  record: Omit<AssessmentRecord, "audit" | "data">,
  meta: AssessmentMeta,
  trail: TrailChunks,
  draft: DraftBytes,
): HeldAssessment {
  // a draft in one part is kept as it is (see KnownParts)
  const [only, ...more] = draft.parts;
  const data =
    only && more.length === 0
      ? Buffer.from(only.buffer, only.byteOffset, only.byteLength)
      : bytesOf(draft.parts, draft.length);
  return { head: jsonOpen(record), trail, data, sections: draft.sections, meta };
}

/**
 * A journal entry for record file `rel` whose JSON is `record` (parts): the framed entry.
 */
const entryOf = (rel: string, record: readonly Part[]) =>
  frame([`{"f":${JSON.stringify(rel)},"d":`, ...record, "}"]);

type AssessmentMeta = Filterable &
  Pick<AssessmentRecord, "organization" | "etag" | "idempotencyKey" | "revision"> & {
    approved: boolean;
    residentView: boolean;
  };
type Meta = { organization: string; etag: string };
type Kind = "assessments" | "strategies" | "frameworks";

export interface LowdbStoreOptions {
  /** checkpoint when the current journal file passes this many bytes (default 64 MiB) */
  checkpointBytes?: number;
  /** checkpoint after this many ms without a write (default 1000) */
  idleMs?: number;
  /** how many drafts being autosaved to keep parsed, frozen, for getAssessmentForEdit (default 500) */
  draftCacheEntries?: number;
}

/** Freezes `value` and everything in it (what is frozen already is left as it is). */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const safe = (s: string) => encodeURIComponent(s).replace(/\./g, "%2E");
const filePattern = /^(assessments|strategies)\/[^/.]+\/[^/.]+\.json$|^frameworks\/[^/.]+\.json$/;

function assessmentMeta(r: AssessmentRecord): AssessmentMeta {
  const basics = r.data.basics;
  return {
    id: r.id,
    organization: r.organization,
    status: r.status,
    updatedAt: r.updatedAt,
    etag: r.etag,
    revision: r.revision,
    ...(r.idempotencyKey !== undefined ? { idempotencyKey: r.idempotencyKey } : {}),
    approved: r.status === "approved" || r.approvedVersions.length > 0,
    residentView: inResidentView(r),
    // a case reference is flat: a spread copies it
    data: basics ? { basics: { title: basics.title, caseRef: basics.caseRef && { ...basics.caseRef } } } : {},
  };
}

export class LowdbStore implements Store {
  private readonly assessments = new Map<string, HeldAssessment>();
  private readonly strategies = new Map<string, Held<Meta>>();
  private readonly frameworks = new Map<string, Held<Meta>>();
  private readonly locks = new Map<string, Promise<unknown>>();
  /** record files whose latest JSON is only in the journal, with the journal file holding it */
  private readonly dirty = new Map<string, { text: FileJson; seq: number }>();
  private readonly release: () => void;
  private journal: Journal | null = null;
  /** the oldest journal file not yet deleted */
  private firstLive = 1;
  private checkpoints: Promise<void> = Promise.resolve();
  /** checkpoints asked for and not finished (a size-triggered one is asked for only when there is none) */
  private checkpointsPending = 0;
  private checkpointsDone = 0;
  private checkpointFailed = false;
  private idle: NodeJS.Timeout | null = null;
  private readonly checkpointBytes: number;
  private readonly idleMs: number;
  /**
   * The drafts being autosaved, by record key, least recently used first: after a record's first
   * autosave its key is here (without data); from its second on, its draft parsed and deeply
   * frozen, with the ETag it belongs to, so an official's next autosave parses nothing of the
   * stored record but its small head. Frozen, so sharing it is safe: nobody can change it. A
   * draft read once is not frozen or kept (saving 5,000 drafts one after another keeps none).
   */
  private readonly drafts = new Map<string, { etag: string; data?: AssessmentRecord["data"] }>();
  private readonly draftCacheEntries: number;

  private constructor(
    private readonly dir: string,
    options: LowdbStoreOptions,
  ) {
    this.checkpointBytes = options.checkpointBytes ?? 64 * 1024 * 1024;
    this.idleMs = options.idleMs ?? 1000;
    this.draftCacheEntries = options.draftCacheEntries ?? 500;
    mkdirSync(dir, { recursive: true });
    this.release = acquireLock(dir);
  }

  static async open(dir: string, options: LowdbStoreOptions = {}): Promise<LowdbStore> {
    const store = new LowdbStore(dir, options);
    try {
      await store.load();
    } catch (e) {
      store.release();
      throw e;
    }
    return store;
  }

  private hold(kind: Kind, text: string, record: AssessmentRecord & StrategyRecord & FrameworkRecord) {
    if (kind === "assessments") {
      // held in the layout whatever the file's key order (files from before it keep theirs until their next write)
      const { audit, data, ...rest } = record;
      this.assessments.set(
        `${record.organization}/${record.id}`,
        heldAssessment(
          rest,
          assessmentMeta(record),
          trailChunks(JSON.stringify(audit)),
          draftBytes(data as unknown as Record<string, unknown>),
        ),
      );
    } else if (kind === "strategies")
      this.strategies.set(`${record.organization}/${record.id}`, {
        text,
        meta: { organization: record.organization, etag: record.etag },
      });
    else
      this.frameworks.set(record.organization, {
        text,
        meta: { organization: record.organization, etag: record.etag },
      });
  }

  private async load(): Promise<void> {
    // 1. the journals: the newest JSON of every file they mention
    const seqs = readdirSync(this.dir)
      .map(journalSeq)
      .filter((s): s is number => s !== null)
      .sort((a, b) => a - b);
    const replayed = new Map<string, Record<string, unknown>>();
    for (const seq of seqs) {
      for (const payload of readEntries(await readFile(join(this.dir, journalName(seq)))).payloads) {
        const entry = JSON.parse(payload) as {
          f: string;
          d: Record<string, unknown>;
          b?: number;
          a?: unknown[];
          k?: string[];
          s?: Record<string, unknown>;
        };
        if (!filePattern.test(entry.f)) throw new Error(`journal ${seq}: unexpected file ${entry.f}`);
        if (entry.a === undefined) {
          replayed.set(entry.f, entry.d);
          continue;
        }
        // an autosave's entry: the record without its trail, and the events to append to the
        // trail of revision `b` (the entry before it, or the record file)
        const base = replayed.get(entry.f) ?? (await this.readRecordFile(entry.f));
        const revision = Number(entry.d.revision);
        if (base && Number(base.revision) >= revision) continue; // the file already has it
        if (!base || Number(base.revision) !== entry.b)
          throw new Error(
            `journal ${seq}: ${entry.f} revision ${revision} follows revision ${entry.b}, but the store has ${base ? `revision ${String(base.revision)}` : "no such record"}`,
          );
        const record: Record<string, unknown> = {
          ...entry.d,
          audit: [...(base.audit as unknown[]), ...entry.a],
        };
        if (entry.k && entry.s) {
          // the draft: its sections in order, the changed ones from the entry, the rest from revision `b`
          const changed = entry.s;
          const was = base.data as Record<string, unknown>;
          record.data = Object.fromEntries(
            entry.k.map((k) => {
              if (Object.hasOwn(changed, k)) return [k, changed[k]];
              if (Object.hasOwn(was, k)) return [k, was[k]];
              throw new Error(
                `journal ${seq}: ${entry.f} revision ${revision} keeps section ${k}, which revision ${entry.b} lacks`,
              );
            }),
          );
        }
        replayed.set(entry.f, record);
      }
    }
    // 2. the record files the journals do not supersede (lowdb's JSON format)
    for (const kind of ["assessments", "strategies", "frameworks"] as const) {
      const base = join(this.dir, kind);
      mkdirSync(base, { recursive: true });
      const dirs = kind === "frameworks" ? [""] : readdirSync(base);
      for (const sub of dirs) {
        for (const f of readdirSync(join(base, sub))) {
          const rel = sub ? `${kind}/${sub}/${f}` : `${kind}/${f}`;
          // a checkpoint killed halfway leaves its temp files; the journal still has their data
          if (f.endsWith(".tmp")) unlinkSync(join(this.dir, rel));
          if (!f.endsWith(".json") || replayed.has(rel)) continue;
          const data = await this.readRecordFile(rel);
          if (data) this.hold(kind, JSON.stringify(data), data as never);
        }
      }
    }
    const texts = [...replayed].map(([rel, record]) => [rel, JSON.stringify(record)] as [string, string]);
    for (const [rel, text] of texts) this.hold(rel.split("/")[0] as Kind, text, replayed.get(rel) as never);
    // 3. write what the journals held into the record files, then start a fresh journal
    const next = (seqs[seqs.length - 1] ?? 0) + 1;
    await this.writeFiles(texts);
    for (const seq of seqs) await unlink(join(this.dir, journalName(seq)));
    this.firstLive = next;
    this.journal = await Journal.create(this.dir, next);
  }

  /** A record file as lowdb reads it (null when there is none). */
  private async readRecordFile(rel: string): Promise<Record<string, unknown> | null> {
    const db = new Low<Record<string, unknown>>(new DurableJSONFile(join(this.dir, rel)), null as never);
    await db.read();
    return db.data ?? null;
  }

  /** Runs writes to one key one after another, so check-and-set cannot interleave. */
  private serial<T>(key: string, f: () => Promise<T>): Promise<T> {
    const prev = this.locks.get(key) ?? Promise.resolve();
    const next = prev.then(f, f);
    const settled = next.then(
      () => undefined,
      () => undefined,
    );
    this.locks.set(key, settled);
    // forget finished keys, so the map does not grow with every record ever written
    void settled.then(() => {
      if (this.locks.get(key) === settled) this.locks.delete(key);
    });
    return next;
  }

  /**
   * Journals one record file's new JSON (`text`; `entry`, when given, is its journal entry already
   * framed, entryOf); `apply` updates memory once it is durable.
   */
  private async commit(rel: string, text: FileJson, apply: () => void, entry?: Buffer): Promise<void> {
    const journal = this.journal;
    if (!journal) throw new Error("The store is closed.");
    await journal.appendFrame(entry ?? entryOf(rel, [typeof text === "function" ? text() : text]), (seq) => {
      apply();
      this.dirty.set(rel, { text, seq });
    });
    if (this.idle) this.idle.refresh();
    else {
      this.idle = setTimeout(() => void this.checkpoint().catch(() => undefined), this.idleMs);
      this.idle.unref();
    }
    // the writes of one group commit all get here in the same tick: only the first asks
    if (journal.bytes >= this.checkpointBytes && this.checkpointsPending === 0)
      void this.checkpoint().catch(() => undefined);
  }

  /** Writes record files durably: temp + fsync + rename each (4 at a time), then each directory once. */
  private async writeFiles(files: Array<[string, FileJson]>): Promise<void> {
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(4, files.length) }, async () => {
        while (next < files.length) {
          const [rel, text] = files[next++] as [string, FileJson];
          await writeFileSynced(join(this.dir, rel), typeof text === "function" ? text() : text);
        }
      }),
    );
    for (const d of new Set(files.map(([rel]) => dirname(join(this.dir, rel))))) await fsyncDir(d);
  }

  /**
   * Moves everything journaled so far into the record files and deletes the sealed journal files.
   * Writes go on meanwhile (into the next journal file). One checkpoint at a time.
   */
  checkpoint(): Promise<void> {
    const run = async () => {
      const journal = this.journal;
      if (!journal || (this.dirty.size === 0 && journal.bytes === 0)) return;
      try {
        const sealed = await journal.rotate();
        this.checkpointsDone++;
        // every changed record (no entry of the newer journal is durable yet when the rotation
        // resolves): a record file is never older than a sealed journal's last entry for it,
        // which an autosave's entry in a newer journal, carrying only its audit events, relies on
        const batch = [...this.dirty].filter(([, e]) => e.seq <= sealed);
        await this.writeFiles(batch.map(([rel, e]) => [rel, e.text]));
        for (const [rel, e] of batch) if (this.dirty.get(rel) === e) this.dirty.delete(rel);
        for (; this.firstLive <= sealed; this.firstLive++)
          await unlink(join(this.dir, journalName(this.firstLive))).catch((e: NodeJS.ErrnoException) => {
            if (e.code !== "ENOENT") throw e;
          });
        this.checkpointFailed = false;
      } catch (e) {
        // the journal still holds everything: a later checkpoint (or the next open) retries
        this.checkpointFailed = true;
        throw e;
      }
    };
    this.checkpointsPending++;
    const p = this.checkpoints.then(run, run).finally(() => {
      this.checkpointsPending--;
    });
    this.checkpoints = p.catch(() => undefined);
    return p;
  }

  private parse<T>(held: Held<unknown> | HeldAssessment | undefined): T | null {
    return held ? (JSON.parse(textOf(held)) as T) : null;
  }

  /** The check-and-set write shared by the three kinds of record. */
  private put<T extends { etag: string }, M extends { etag: string }, H extends { meta: M } = Held<M>>(
    lockKey: string,
    map: Map<string, H>,
    key: string,
    rel: string,
    record: T,
    expectedEtag: string | null,
    meta: (r: T) => M,
    conflict: string,
    serialize: (r: T, current: H | undefined) => { held: H; file: FileJson; entry?: Buffer } = (r) => {
      const text = JSON.stringify(r);
      return { held: { text, meta: meta(r) } as unknown as H, file: text };
    },
  ): Promise<T> {
    return this.serial(lockKey, async () => {
      const current = map.get(key);
      if ((current?.meta.etag ?? null) !== expectedEtag) throw new PreconditionFailedError(conflict);
      const { held, file, entry } = serialize(record, current);
      await this.commit(rel, file, () => map.set(key, held), entry);
      // the store keeps only the text, so the caller's own object is already a copy: parsing the
      // text again would cost a whole record's allocation on every write for nothing
      return record;
    });
  }

  async getAssessment(organization: string, id: string) {
    return this.parse<AssessmentRecord>(this.assessments.get(`${organization}/${id}`));
  }

  async getAssessmentParts(organization: string, id: string) {
    const held = this.assessments.get(`${organization}/${id}`);
    if (!held) return null;
    // the trail is left out: a view has no use for it
    return { head: parseHead<Omit<AssessmentRecord, "data" | "audit">>(held.head), dataJson: held.data };
  }

  async getAssessmentForEdit(organization: string, id: string) {
    const key = `${organization}/${id}`;
    const held = this.assessments.get(key);
    if (!held) return null;
    const sections = new Map(held.sections.map(([k, start, end]) => [k, [start, end] as const]));
    const sectionJson = (k: string) => {
      const at = sections.get(k);
      return at ? held.data.subarray(at[0], at[1]) : undefined;
    };
    const head = parseHead<Omit<AssessmentRecord, "audit" | "data">>(held.head);
    const recent = this.drafts.get(key);
    let data: AssessmentRecord["data"];
    if (recent?.data && recent.etag === held.meta.etag) data = recent.data;
    else {
      data = JSON.parse(held.data.toString("utf8")) as AssessmentRecord["data"];
      // a draft autosaved a moment ago is likely to be autosaved again: keep it
      if (recent) deepFreeze(data);
    }
    if (recent) this.cacheDraft(key, { etag: held.meta.etag, data });
    return { record: { ...head, data }, sectionJson };
  }

  private cacheDraft(key: string, entry: { etag: string; data?: AssessmentRecord["data"] }) {
    this.drafts.delete(key); // most recently used last
    this.drafts.set(key, entry);
    for (const k of this.drafts.keys()) {
      if (this.drafts.size <= this.draftCacheEntries) break;
      this.drafts.delete(k);
    }
  }

  async assessmentEtag(organization: string, id: string) {
    return this.assessments.get(`${organization}/${id}`)?.meta.etag ?? null;
  }

  async listAssessments(organization: string, filter: AssessmentFilter) {
    const all = [...this.assessments.values()].filter(
      (h) => h.meta.organization === organization && matchesFilter(h.meta, filter),
    );
    const held = new Map(all.map((h) => [h.meta, h]));
    const page = pageOf(
      all.map((h) => h.meta),
      filter,
    );
    return {
      items: page.items.map((m) => this.parse<AssessmentRecord>(held.get(m)) as AssessmentRecord),
      nextCursor: page.nextCursor,
    };
  }

  async listApproved(organization: string | null) {
    return [...this.assessments.values()]
      .filter((h) => (organization === null || h.meta.organization === organization) && h.meta.approved)
      .map((h) => JSON.parse(textOf(h)) as AssessmentRecord);
  }

  async findApproved(id: string) {
    let found: HeldAssessment | undefined;
    for (const h of this.assessments.values()) {
      if (h.meta.id === id && h.meta.approved && (!found || h.meta.organization < found.meta.organization))
        found = h;
    }
    return found ? parseHead<AssessmentHead>(found.head) : null;
  }

  async listResidentView() {
    const order = (h: HeldAssessment) => `${h.meta.organization}\u0000${h.meta.id}`;
    return [...this.assessments.values()]
      .filter((h) => h.meta.residentView)
      .sort((a, b) => (order(a) < order(b) ? -1 : 1))
      .map((h) => parseHead<AssessmentHead>(h.head));
  }

  async findByIdempotencyKey(organization: string, key: string) {
    for (const h of this.assessments.values()) {
      if (h.meta.organization === organization && h.meta.idempotencyKey === key)
        return JSON.parse(textOf(h)) as AssessmentRecord;
    }
    return null;
  }

  putAssessment(record: AssessmentRecord, expectedEtag: string | null, known?: KnownParts) {
    const key = `${record.organization}/${record.id}`;
    const rel = `assessments/${safe(record.organization)}/${safe(record.id)}.json`;
    return this.put<AssessmentRecord, AssessmentMeta, HeldAssessment>(
      key,
      this.assessments,
      key,
      rel,
      record,
      expectedEtag,
      assessmentMeta,
      `assessment ${record.id} has changed`,
      // the draft's JSON may be the one the API already made (and encoded) for the answer; an
      // autosave's audit events are added to the trail as a chunk of their own
      (r, current) => {
        const { audit, data, ...rest } = r;
        const draft = known?.draft ?? draftBytes(data as unknown as Record<string, unknown>);
        // an autosave's draft, kept frozen for the next one (the caller has said it will not change it)
        if (!known?.shareDraft) this.drafts.delete(key);
        else if (this.drafts.has(key)) this.cacheDraft(key, { etag: r.etag, data: deepFreeze(data) });
        else this.cacheDraft(key, { etag: r.etag }); // its first autosave: remember only that
        const meta = assessmentMeta(r);
        if (known?.appendAudit && current) {
          // the journal entry carries the record without its trail and draft, the events to
          // append, the draft's section keys in order and only the sections whose JSON changed,
          // so it grows neither with the trail nor with the draft; the trail's chunks are kept
          // as they are, with one for the new events
          const held = heldAssessment(rest, meta, withEvents(current.trail, audit), draft);
          const before = new Map(
            current.sections.map(([k, start, end]) => [k, current.data.subarray(start, end)]),
          );
          const changed: Part[] = [];
          for (const [k, start, end] of held.sections) {
            const json = held.data.subarray(start, end);
            const was = before.get(k);
            if (was?.equals(json)) continue;
            changed.push(`${changed.length === 0 ? "" : ","}${JSON.stringify(k)}:`, json);
          }
          const entry = frame([
            `{"f":${JSON.stringify(rel)},"b":${current.meta.revision},"a":${JSON.stringify(audit)},"k":${JSON.stringify(held.sections.map(([k]) => k))},"s":{`,
            ...changed,
            `},"d":${held.head}${DATA_KEY}null}}`,
          ]);
          return { held, file: () => bytesOf(recordParts(held)), entry };
        }
        const held = heldAssessment(rest, meta, trailChunks(JSON.stringify(audit)), draft);
        return { held, file: () => bytesOf(recordParts(held)), entry: entryOf(rel, recordParts(held)) };
      },
    );
  }

  async listStrategies(organization: string) {
    return [...this.strategies.values()]
      .filter((h) => h.meta.organization === organization)
      .map((h) => JSON.parse(h.text) as StrategyRecord);
  }

  async getStrategy(organization: string, id: string) {
    return this.parse<StrategyRecord>(this.strategies.get(`${organization}/${id}`));
  }

  putStrategy(record: StrategyRecord, expectedEtag: string | null) {
    const key = `${record.organization}/${record.id}`;
    return this.put(
      `strategy:${key}`,
      this.strategies,
      key,
      `strategies/${safe(record.organization)}/${safe(record.id)}.json`,
      record,
      expectedEtag,
      (r) => ({ organization: r.organization, etag: r.etag }),
      `strategy ${record.id} has changed`,
    );
  }

  async getFramework(organization: string) {
    return this.parse<FrameworkRecord>(this.frameworks.get(organization));
  }

  putFramework(record: FrameworkRecord, expectedEtag: string | null) {
    return this.put(
      `framework:${record.organization}`,
      this.frameworks,
      record.organization,
      `frameworks/${safe(record.organization)}.json`,
      record,
      expectedEtag,
      (r) => ({ organization: r.organization, etag: r.etag }),
      "framework has changed",
    );
  }

  async organizations() {
    const orgs = new Set<string>();
    for (const map of [this.assessments, this.strategies, this.frameworks] as const)
      for (const h of map.values()) orgs.add(h.meta.organization);
    return [...orgs].sort();
  }

  /** checkpoints asked for that have not finished (diagnostics and tests) */
  get checkpointsQueued(): number {
    return this.checkpointsPending;
  }

  /** checkpoints that sealed a journal file since open (diagnostics and tests) */
  get checkpointsRun(): number {
    return this.checkpointsDone;
  }

  /** fdatasyncs of the journal since open (diagnostics and tests) */
  get journalFlushes(): number {
    return this.journal?.flushes ?? 0;
  }

  async ready() {
    return this.journal !== null && !this.checkpointFailed;
  }

  /** Waits for the writes in flight, checkpoints everything and leaves no journal behind. */
  async close() {
    const journal = this.journal;
    if (!journal) return;
    try {
      await Promise.all([...this.locks.values()]);
      if (this.idle) clearTimeout(this.idle);
      await this.checkpoint();
      this.journal = null;
      await journal.close();
      await unlink(join(this.dir, journalName(journal.currentSeq)));
    } finally {
      this.release();
    }
  }
}

export { caseKeyOf };
