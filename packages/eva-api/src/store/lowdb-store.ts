import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { type Kind, type RecordJson, relOf } from "./data-dir.js";
import { mkdirDurable, writeFileDurable } from "./durable-file.js";
import { caseKeyOf, type Filterable, matchesFilter, pageOf } from "./filter.js";
import { acquireLock } from "./lock-file.js";
import { openDataDir } from "./open-data-dir.js";
import { encodeRecordFile, recordBody } from "./record-file.js";
import {
  type AssessmentFilter,
  type AssessmentHead,
  type AssessmentRecord,
  bytesOf,
  type FrameworkRecord,
  inResidentView,
  jsonOpen,
  type KnownParts,
  type Part,
  PreconditionFailedError,
  type Store,
  type StrategyRecord,
} from "./store.js";

/**
 * The embedded store (the "lowdb" default): one JSON file per record in the data directory
 * (data-dir.ts), each written atomically and durably (temp file, fsync, rename, fsync the
 * directory) before the write is acknowledged, each with a SHA-256 of its content
 * (record-file.ts). Writes to one record run one after another, so a conditional write cannot
 * interleave with another; writes to different records run side by side. A lock file keeps a
 * second process out.
 *
 * At start every file is read and verified, and the records are held in memory as JSON (the
 * larger parts as bytes outside the JavaScript heap) with a small index for the lists; reads hand
 * out parsed copies. An assessment is held in three pieces (HeldAssessment), so that an autosave,
 * a view and a summary neither parse nor serialise its audit trail, which grows with every save:
 * one draft saved 1,500 times (a 280 KB trail) cost 7.4 ms of CPU a save and 6.6 ms a summary
 * with the record held whole, 3.6 and 2.6 ms in pieces.
 *
 * Opening verifies the directory first (open-data-dir.ts): a damaged file stops the start.
 */

interface Held<M> {
  /** the record file's body, `{"record":…}` as UTF-8 */
  body: Buffer;
  meta: M;
}
/**
 * An assessment as three pieces of its JSON: `head`, the record without its trail and draft
 * (`{` and its keys, each followed by a comma: jsonOpen), `trail`, its audit trail's JSON array,
 * and `data`, its draft's JSON. Its record file's body is `{"record":` head `"audit":` trail
 * `,"data":` data `}}`.
 */
interface HeldAssessment {
  head: string;
  trail: Buffer;
  data: Uint8Array;
  meta: AssessmentMeta;
}
type AssessmentMeta = Filterable &
  Pick<AssessmentRecord, "organization" | "etag" | "idempotencyKey"> & {
    approved: boolean;
    residentView: boolean;
  };
type Meta = { organization: string; etag: string };

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
    residentView: inResidentView(r),
    // a case reference is flat: a spread copies it
    data: basics ? { basics: { title: basics.title, caseRef: basics.caseRef && { ...basics.caseRef } } } : {},
  };
}

const recordIn = <T>(held: Held<unknown>): T =>
  (JSON.parse(held.body.toString("utf8")) as { record: T }).record;
const utf8 = new TextDecoder();
/** The object an assessment's `head` opens. */
const headOf = (held: HeldAssessment): AssessmentHead =>
  JSON.parse(held.head.length === 1 ? "{}" : `${held.head.slice(0, -1)}}`) as AssessmentHead;
const assessmentIn = (held: HeldAssessment): AssessmentRecord => ({
  ...headOf(held),
  audit: JSON.parse(held.trail.toString("utf8")),
  data: JSON.parse(utf8.decode(held.data)),
});
/** The body of an assessment's record file, in parts. */
const assessmentBody = (held: Omit<HeldAssessment, "meta">): Part[] => [
  '{"record":',
  held.head,
  '"audit":',
  held.trail,
  ',"data":',
  held.data,
  "}}",
];
/** `trail` (a JSON array) with `events` appended. */
function withEvents(trail: Buffer, events: readonly unknown[]): Buffer {
  if (events.length === 0) return trail;
  const json = JSON.stringify(events);
  return trail.byteLength === 2 ? Buffer.from(json) : bytesOf([trail.subarray(0, -1), ",", json.slice(1)]);
}

export interface LowdbStoreOptions {
  /** where the store says what it did that an operator should know (a torn write dropped, a conversion) */
  log?: (message: string) => void;
}

export class LowdbStore implements Store {
  private readonly assessments = new Map<string, HeldAssessment>();
  private readonly strategies = new Map<string, Held<Meta>>();
  private readonly frameworks = new Map<string, Held<Meta>>();
  private readonly locks = new Map<string, Promise<unknown>>();
  /** directories known to exist (and be durable), so a write makes none */
  private readonly dirs = new Set<string>();
  private readonly release: () => void;
  private readonly log: (message: string) => void;
  private closed = false;

  private constructor(
    private readonly dir: string,
    options: LowdbStoreOptions,
  ) {
    this.log = options.log ?? ((m) => console.warn(m));
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

  private async load(): Promise<void> {
    const found = await openDataDir(this.dir, this.log);
    for (const [rel, { record, body }] of found.records) this.hold(rel, record, body);
  }

  private hold(rel: string, record: RecordJson, body: Buffer = recordBody(record)) {
    const kind = rel.split("/")[0] as Kind;
    const meta = { organization: record.organization, etag: record.etag };
    if (kind === "assessments") {
      const { audit, data, ...rest } = record as unknown as AssessmentRecord;
      this.assessments.set(`${record.organization}/${record.id}`, {
        head: jsonOpen(rest),
        trail: Buffer.from(JSON.stringify(audit)),
        data: Buffer.from(JSON.stringify(data)),
        meta: assessmentMeta(record as unknown as AssessmentRecord),
      });
    } else if (kind === "strategies")
      this.strategies.set(`${record.organization}/${record.id}`, { body, meta });
    else this.frameworks.set(record.organization, { body, meta });
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
   * The check-and-set write shared by the three kinds of record: `make` gives what to hold and the
   * record file's body; the file is durable before memory changes.
   */
  private put<T extends { etag: string }, H extends { meta: { etag: string } }>(
    map: Map<string, H>,
    key: string,
    rel: string,
    record: T,
    expectedEtag: string | null,
    conflict: string,
    make: (current: H | undefined) => { held: H; body: readonly Part[] },
  ): Promise<T> {
    return this.serial(rel, async () => {
      if (this.closed) throw new Error("The store is closed.");
      const current = map.get(key);
      if ((current?.meta.etag ?? null) !== expectedEtag) throw new PreconditionFailedError(conflict);
      const { held, body } = make(current);
      const file = join(this.dir, rel);
      const dir = dirname(file);
      if (!this.dirs.has(dir)) {
        await mkdirDurable(dir);
        this.dirs.add(dir);
      }
      await writeFileDurable(file, encodeRecordFile(body));
      map.set(key, held);
      // the store keeps only the bytes, so the caller's own object is already a copy
      return record;
    });
  }

  /** putStrategy and putFramework: the record whole. */
  private putWhole<T extends { organization: string; etag: string }>(
    map: Map<string, Held<Meta>>,
    key: string,
    rel: string,
    record: T,
    expectedEtag: string | null,
    conflict: string,
  ): Promise<T> {
    return this.put(map, key, rel, record, expectedEtag, conflict, () => {
      const body = recordBody(record);
      return { held: { body, meta: { organization: record.organization, etag: record.etag } }, body: [body] };
    });
  }

  async getAssessment(organization: string, id: string) {
    const held = this.assessments.get(`${organization}/${id}`);
    return held ? assessmentIn(held) : null;
  }

  /** For a view: the record without its trail and draft, and the draft's JSON as held. */
  async getAssessmentParts(organization: string, id: string) {
    const held = this.assessments.get(`${organization}/${id}`);
    return held ? { head: headOf(held), dataJson: held.data } : null;
  }

  /** For an autosave: the record without its trail (putAssessment's appendAudit adds the new events). */
  async getAssessmentForEdit(organization: string, id: string) {
    const held = this.assessments.get(`${organization}/${id}`);
    if (!held) return null;
    const record = { ...headOf(held), data: JSON.parse(utf8.decode(held.data)) as AssessmentRecord["data"] };
    return { record };
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
      items: page.items.map((m) => assessmentIn(held.get(m) as HeldAssessment)),
      nextCursor: page.nextCursor,
    };
  }

  async listApproved(organization: string | null) {
    return [...this.assessments.values()]
      .filter((h) => (organization === null || h.meta.organization === organization) && h.meta.approved)
      .map(assessmentIn);
  }

  async findApproved(id: string) {
    let found: HeldAssessment | undefined;
    for (const h of this.assessments.values()) {
      if (h.meta.id === id && h.meta.approved && (!found || h.meta.organization < found.meta.organization))
        found = h;
    }
    return found ? headOf(found) : null;
  }

  async listResidentView() {
    const order = (h: HeldAssessment) => `${h.meta.organization}\u0000${h.meta.id}`;
    return [...this.assessments.values()]
      .filter((h) => h.meta.residentView)
      .sort((a, b) => (order(a) < order(b) ? -1 : 1))
      .map(headOf);
  }

  async findByIdempotencyKey(organization: string, key: string) {
    for (const h of this.assessments.values()) {
      if (h.meta.organization === organization && h.meta.idempotencyKey === key) return assessmentIn(h);
    }
    return null;
  }

  /**
   * `known.appendAudit`: `record.audit` holds just the new events, appended to the stored trail
   * (getAssessmentForEdit). `known.draft`: the draft's JSON already made (the answer's), kept as is.
   */
  putAssessment(record: AssessmentRecord, expectedEtag: string | null, known?: KnownParts) {
    return this.put(
      this.assessments,
      `${record.organization}/${record.id}`,
      relOf("assessments", record.organization, record.id),
      record,
      expectedEtag,
      `assessment ${record.id} has changed`,
      (current) => {
        const { audit, data, ...rest } = record;
        const draft = known?.draft;
        const [only, ...more] = draft?.parts ?? [];
        const held: HeldAssessment = {
          head: jsonOpen(rest),
          trail:
            known?.appendAudit && current
              ? withEvents(current.trail, audit)
              : Buffer.from(JSON.stringify(audit)),
          data: !draft
            ? Buffer.from(JSON.stringify(data))
            : only && more.length === 0
              ? only
              : bytesOf(draft.parts, draft.length),
          meta: assessmentMeta(record),
        };
        return { held, body: assessmentBody(held) };
      },
    );
  }

  async listStrategies(organization: string) {
    return [...this.strategies.values()]
      .filter((h) => h.meta.organization === organization)
      .map((h) => recordIn<StrategyRecord>(h));
  }

  async getStrategy(organization: string, id: string) {
    const held = this.strategies.get(`${organization}/${id}`);
    return held ? recordIn<StrategyRecord>(held) : null;
  }

  putStrategy(record: StrategyRecord, expectedEtag: string | null) {
    return this.putWhole(
      this.strategies,
      `${record.organization}/${record.id}`,
      relOf("strategies", record.organization, record.id),
      record,
      expectedEtag,
      `strategy ${record.id} has changed`,
    );
  }

  async getFramework(organization: string) {
    const held = this.frameworks.get(organization);
    return held ? recordIn<FrameworkRecord>(held) : null;
  }

  putFramework(record: FrameworkRecord, expectedEtag: string | null) {
    return this.putWhole(
      this.frameworks,
      record.organization,
      relOf("frameworks", record.organization),
      record,
      expectedEtag,
      "framework has changed",
    );
  }

  async organizations() {
    const orgs = new Set<string>();
    for (const map of [this.assessments, this.strategies, this.frameworks] as const)
      for (const h of map.values()) orgs.add(h.meta.organization);
    return [...orgs].sort();
  }

  async ready() {
    return !this.closed;
  }

  /** Waits for the writes in flight, then lets the directory go. */
  async close() {
    if (this.closed) return;
    try {
      await Promise.all([...this.locks.values()]);
    } finally {
      this.closed = true;
      this.release();
    }
  }
}

export { caseKeyOf };
