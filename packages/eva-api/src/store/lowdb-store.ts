import { mkdirSync, readdirSync, unlinkSync } from "node:fs";
import { readFile, unlink } from "node:fs/promises";
import { dirname, join } from "node:path";
import { Low } from "lowdb";
import { DurableJSONFile, fsyncDir, writeFileSynced } from "./durable-file.js";
import { caseKeyOf, type Filterable, matchesFilter, pageOf } from "./filter.js";
import { Journal, journalName, journalSeq, readEntries } from "./journal.js";
import { acquireLock } from "./lock-file.js";
import {
  type AssessmentFilter,
  type AssessmentRecord,
  type FrameworkRecord,
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
 * In memory each record is held as its JSON text (handed out as `JSON.parse` copies — cheaper
 * than structuredClone and never a live reference) plus a small index entry for the filters.
 * A lock file keeps a second process out.
 */

interface Held<M> {
  text: string;
  meta: M;
}
/**
 * An assessment's text is the rest of the record, then `"audit":<trail>`, then `"data":<draft>}`:
 * `auditAt` and `dataAt` are where the trail's and the draft's JSON start. So a GET builds the
 * view from the draft's text, and an autosave appends its audit event to the trail's text without
 * parsing or serialising the whole trail again.
 */
type HeldAssessment = Held<AssessmentMeta> & { auditAt: number; dataAt: number };
const AUDIT_KEY = '"audit":';
const DATA_KEY = '"data":';

/** An assessment record's JSON in that layout (the same JSON.stringify would give with those keys last). */
function assessmentLayout(
  record: Omit<AssessmentRecord, "audit" | "data">,
  auditJson: string,
  dataJson: string,
): { text: string; auditAt: number; dataAt: number } {
  const head = JSON.stringify(record);
  const prefix = head.length === 2 ? "{" : `${head.slice(0, -1)},`;
  const auditAt = prefix.length + AUDIT_KEY.length;
  const dataAt = auditAt + auditJson.length + 1 + DATA_KEY.length;
  return { text: `${prefix}${AUDIT_KEY}${auditJson},${DATA_KEY}${dataJson}}`, auditAt, dataAt };
}
const trailOf = (h: HeldAssessment) => h.text.slice(h.auditAt, h.dataAt - DATA_KEY.length - 1);

/** The JSON of `trail` (an array's JSON) with `events` appended. */
function appendEvents(trail: string, events: unknown[]): string {
  if (events.length === 0) return trail;
  const added = JSON.stringify(events);
  return trail === "[]" ? added : `${trail.slice(0, -1)},${added.slice(1)}`;
}

type AssessmentMeta = Filterable &
  Pick<AssessmentRecord, "organization" | "etag" | "idempotencyKey"> & { approved: boolean };
type Meta = { organization: string; etag: string };
type Kind = "assessments" | "strategies" | "frameworks";

export interface LowdbStoreOptions {
  /** checkpoint when the current journal file passes this many bytes (default 64 MiB) */
  checkpointBytes?: number;
  /** checkpoint after this many ms without a write (default 1000) */
  idleMs?: number;
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
    ...(r.idempotencyKey !== undefined ? { idempotencyKey: r.idempotencyKey } : {}),
    approved: r.status === "approved" || r.approvedVersions.length > 0,
    data: basics ? { basics: { title: basics.title, caseRef: structuredClone(basics.caseRef) } } : {},
  };
}

export class LowdbStore implements Store {
  private readonly assessments = new Map<string, HeldAssessment>();
  private readonly strategies = new Map<string, Held<Meta>>();
  private readonly frameworks = new Map<string, Held<Meta>>();
  private readonly locks = new Map<string, Promise<unknown>>();
  /** record files whose latest JSON is only in the journal, with the journal file holding it */
  private readonly dirty = new Map<string, { text: string; seq: number }>();
  private readonly release: () => void;
  private journal: Journal | null = null;
  /** the oldest journal file not yet deleted */
  private firstLive = 1;
  private checkpoints: Promise<void> = Promise.resolve();
  private checkpointRunning = false;
  private checkpointFailed = false;
  private idle: NodeJS.Timeout | null = null;
  private readonly checkpointBytes: number;
  private readonly idleMs: number;

  private constructor(
    private readonly dir: string,
    options: LowdbStoreOptions,
  ) {
    this.checkpointBytes = options.checkpointBytes ?? 64 * 1024 * 1024;
    this.idleMs = options.idleMs ?? 1000;
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
      this.assessments.set(`${record.organization}/${record.id}`, {
        ...assessmentLayout(rest, JSON.stringify(audit), JSON.stringify(data)),
        meta: assessmentMeta(record),
      });
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
    const replayed = new Map<string, string>();
    for (const seq of seqs) {
      for (const payload of readEntries(await readFile(join(this.dir, journalName(seq)))).payloads) {
        const entry = JSON.parse(payload) as { f: string; d: unknown };
        if (!filePattern.test(entry.f)) throw new Error(`journal ${seq}: unexpected file ${entry.f}`);
        replayed.set(entry.f, JSON.stringify(entry.d));
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
          const db = new Low<AssessmentRecord & StrategyRecord & FrameworkRecord>(
            new DurableJSONFile(join(this.dir, rel)),
            null as never,
          );
          await db.read();
          if (db.data) this.hold(kind, JSON.stringify(db.data), db.data);
        }
      }
    }
    for (const [rel, text] of replayed) this.hold(rel.split("/")[0] as Kind, text, JSON.parse(text));
    // 3. write what the journals held into the record files, then start a fresh journal
    const next = (seqs[seqs.length - 1] ?? 0) + 1;
    await this.writeFiles([...replayed]);
    for (const seq of seqs) await unlink(join(this.dir, journalName(seq)));
    this.firstLive = next;
    this.journal = await Journal.create(this.dir, next);
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

  /** Journals one record file's new JSON; `apply` updates memory once it is durable. */
  private async commit(rel: string, text: string, apply: () => void): Promise<void> {
    const journal = this.journal;
    if (!journal) throw new Error("The store is closed.");
    await journal.append(`{"f":${JSON.stringify(rel)},"d":${text}}`, (seq) => {
      apply();
      this.dirty.set(rel, { text, seq });
    });
    if (this.idle) this.idle.refresh();
    else {
      this.idle = setTimeout(() => void this.checkpoint().catch(() => undefined), this.idleMs);
      this.idle.unref();
    }
    if (journal.bytes >= this.checkpointBytes && !this.checkpointRunning)
      void this.checkpoint().catch(() => undefined);
  }

  /** Writes record files durably: temp + fsync + rename each (4 at a time), then each directory once. */
  private async writeFiles(files: Array<[string, string]>): Promise<void> {
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(4, files.length) }, async () => {
        while (next < files.length) {
          const [rel, text] = files[next++] as [string, string];
          await writeFileSynced(join(this.dir, rel), text);
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
      this.checkpointRunning = true;
      try {
        const sealed = await journal.rotate();
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
      } finally {
        this.checkpointRunning = false;
      }
    };
    const p = this.checkpoints.then(run, run);
    this.checkpoints = p.catch(() => undefined);
    return p;
  }

  private parse<T>(held: Held<unknown> | undefined): T | null {
    return held ? (JSON.parse(held.text) as T) : null;
  }

  /** The check-and-set write shared by the three kinds of record. */
  private put<T extends { etag: string }, M extends { etag: string }>(
    lockKey: string,
    map: Map<string, Held<M>>,
    key: string,
    rel: string,
    record: T,
    expectedEtag: string | null,
    meta: (r: T) => M,
    conflict: string,
    serialize: (r: T, current: Held<M> | undefined) => Held<M> & Record<string, unknown> = (r) => ({
      text: JSON.stringify(r),
      meta: meta(r),
    }),
  ): Promise<T> {
    return this.serial(lockKey, async () => {
      const current = map.get(key);
      if ((current?.meta.etag ?? null) !== expectedEtag) throw new PreconditionFailedError(conflict);
      const held = serialize(record, current);
      await this.commit(rel, held.text, () => map.set(key, held));
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
    // the text up to `,"data":` is the rest of the record (the trail last)
    return {
      head: JSON.parse(`${held.text.slice(0, held.dataAt - DATA_KEY.length - 1)}}`) as Omit<
        AssessmentRecord,
        "data"
      >,
      dataJson: held.text.slice(held.dataAt, -1),
    };
  }

  async getAssessmentWithoutAudit(organization: string, id: string) {
    const held = this.assessments.get(`${organization}/${id}`);
    if (!held) return null;
    // the text without `"audit":<trail>,`
    const text = `${held.text.slice(0, held.auditAt - AUDIT_KEY.length)}${held.text.slice(held.dataAt - DATA_KEY.length)}`;
    return JSON.parse(text) as Omit<AssessmentRecord, "audit">;
  }

  async assessmentEtag(organization: string, id: string) {
    return this.assessments.get(`${organization}/${id}`)?.meta.etag ?? null;
  }

  async listAssessments(organization: string, filter: AssessmentFilter) {
    const all = [...this.assessments.values()].filter(
      (h) => h.meta.organization === organization && matchesFilter(h.meta, filter),
    );
    const texts = new Map(all.map((h) => [h.meta, h.text]));
    const page = pageOf(
      all.map((h) => h.meta),
      filter,
    );
    return {
      items: page.items.map((m) => JSON.parse(texts.get(m) ?? "null") as AssessmentRecord),
      nextCursor: page.nextCursor,
    };
  }

  async listApproved(organization: string | null) {
    return [...this.assessments.values()]
      .filter((h) => (organization === null || h.meta.organization === organization) && h.meta.approved)
      .map((h) => JSON.parse(h.text) as AssessmentRecord);
  }

  async findByIdempotencyKey(organization: string, key: string) {
    for (const h of this.assessments.values()) {
      if (h.meta.organization === organization && h.meta.idempotencyKey === key)
        return JSON.parse(h.text) as AssessmentRecord;
    }
    return null;
  }

  putAssessment(
    record: AssessmentRecord,
    expectedEtag: string | null,
    known?: { dataJson?: string; appendAudit?: boolean },
  ) {
    const key = `${record.organization}/${record.id}`;
    return this.put(
      key,
      this.assessments,
      key,
      `assessments/${safe(record.organization)}/${safe(record.id)}.json`,
      record,
      expectedEtag,
      assessmentMeta,
      `assessment ${record.id} has changed`,
      // the draft's JSON may be the one the API already made for the answer; an autosave's audit
      // event is appended to the trail's text as it is
      (r, current) => {
        const { audit, data, ...rest } = r;
        const trail =
          known?.appendAudit && current
            ? appendEvents(trailOf(current as HeldAssessment), audit)
            : JSON.stringify(audit);
        return {
          ...assessmentLayout(rest, trail, known?.dataJson ?? JSON.stringify(data)),
          meta: assessmentMeta(r),
        };
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
