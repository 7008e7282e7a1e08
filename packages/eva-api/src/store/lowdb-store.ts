import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { type Delivery, deliveriesOf, type WebhookEndpoint } from "../webhooks/events.js";
import type { WebhookStore } from "../webhooks/webhook-store.js";
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
  /** the ids of its outbox: the pending deliveries its file holds (state in LowdbStore.pending) */
  outbox: string[];
}

/**
 * webhooks/<org>.json: the organization's endpoints and its deliveries that have finished (the
 * latest HISTORY) or were sent again by hand (pending).
 */
interface WebhooksRecord {
  organization: string;
  etag: string;
  revision: number;
  endpoints: WebhookEndpoint[];
  deliveries: Delivery[];
}
const HISTORY = 1000;
/** Where a pending delivery is written: its assessment's outbox, or the organization's webhooks file. */
type PendingAt = { d: Delivery; assessment?: { key: string; rel: string } };
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
/** The body of an assessment's record file, in parts, with its outbox's deliveries. */
const assessmentBody = (
  held: Omit<HeldAssessment, "meta" | "outbox">,
  outbox: readonly Delivery[],
): Part[] => [
  '{"record":',
  held.head,
  '"audit":',
  held.trail,
  ',"data":',
  held.data,
  outbox.length > 0 ? `},"outbox":${JSON.stringify(outbox)}}` : "}}",
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
  private readonly hooks = new Map<string, WebhooksRecord>();
  /**
   * Every pending delivery, by id, where its file is. Attempts are counted here and written only
   * when the delivery finishes: after a restart a pending delivery is tried at once, and its
   * deadline (expiresAt, written) still holds.
   */
  private readonly pending = new Map<string, PendingAt>();
  /** deliveries a worker has taken, until when (claimDue) */
  private readonly taken = new Map<string, string>();
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
    const outboxes: Array<[string, string, Delivery[]]> = [];
    for (const [rel, { record, body, outbox }] of found.records) {
      this.hold(rel, record, body);
      if (outbox) outboxes.push([`${record.organization}/${record.id}`, rel, outbox]);
    }
    for (const r of this.hooks.values())
      for (const d of r.deliveries) if (d.status === "pending") this.pending.set(d.id, { d });
    // an outbox delivery whose end the webhooks file already has finished just before a crash
    // (the file is written first, then the outbox): it is not sent again
    for (const [key, rel, outbox] of outboxes) {
      const finished = new Set(
        this.hooks
          .get(outbox[0]?.organization ?? "")
          ?.deliveries.filter((d) => d.status !== "pending")
          .map((d) => d.id),
      );
      const held = this.assessments.get(key);
      if (!held) continue;
      for (const d of outbox) {
        if (finished.has(d.id)) continue;
        held.outbox.push(d.id);
        this.pending.set(d.id, { d, assessment: { key, rel } });
      }
    }
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
        outbox: [],
      });
    } else if (kind === "webhooks") this.hooks.set(record.organization, record as unknown as WebhooksRecord);
    else if (kind === "strategies")
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
      await this.writeRecord(rel, body);
      map.set(key, held);
      // the store keeps only the bytes, so the caller's own object is already a copy
      return record;
    });
  }

  /** A record's file, durable when it resolves. */
  private async writeRecord(rel: string, body: readonly Part[]) {
    const file = join(this.dir, rel);
    const dir = dirname(file);
    if (!this.dirs.has(dir)) {
      await mkdirDurable(dir);
      this.dirs.add(dir);
    }
    await writeFileDurable(file, encodeRecordFile(body));
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
  async putAssessment(record: AssessmentRecord, expectedEtag: string | null, known?: KnownParts) {
    const key = `${record.organization}/${record.id}`;
    const rel = relOf("assessments", record.organization, record.id);
    const endpoints = this.hooks.get(record.organization)?.endpoints ?? [];
    const added = (known?.events ?? []).flatMap((e) => deliveriesOf(e, endpoints));
    const saved = await this.put(
      this.assessments,
      key,
      rel,
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
          // the outbox's deliveries that are still pending, and those of the new events
          outbox: [
            ...(current?.outbox ?? []).filter((id) => this.pending.has(id)),
            ...added.map((d) => d.id),
          ],
        };
        return { held, body: assessmentBody(held, this.outboxOf(held.outbox, added)) };
      },
    );
    for (const d of added) this.pending.set(d.id, { d, assessment: { key, rel } });
    return saved;
  }

  /** The deliveries of an outbox: their state now (`added`: those not yet in `pending`). */
  private outboxOf(ids: readonly string[], added: readonly Delivery[] = []): Delivery[] {
    const byId = new Map(added.map((d) => [d.id, d]));
    return ids.flatMap((id) => {
      const d = this.pending.get(id)?.d ?? byId.get(id);
      return d ? [d] : [];
    });
  }

  /** The webhook endpoints and deliveries, kept in webhooks/<org>.json and the assessments' outboxes. */
  webhooks(): WebhookStore {
    return {
      listEndpoints: async (organization) => structuredClone(this.hooks.get(organization)?.endpoints ?? []),
      putEndpoint: async (endpoint, expectedEtag) => {
        await this.updateHooks(endpoint.organization, (r) => {
          const i = r.endpoints.findIndex((e) => e.id === endpoint.id);
          if ((r.endpoints[i]?.etag ?? null) !== expectedEtag)
            throw new PreconditionFailedError(`webhook ${endpoint.id} has changed`);
          if (i === -1) r.endpoints.push(endpoint);
          else r.endpoints[i] = endpoint;
        });
        return structuredClone(endpoint);
      },
      deleteEndpoint: (organization, id, expectedEtag) =>
        this.updateHooks(organization, (r) => {
          const i = r.endpoints.findIndex((e) => e.id === id);
          if (r.endpoints[i]?.etag !== expectedEtag)
            throw new PreconditionFailedError(`webhook ${id} has changed`);
          r.endpoints.splice(i, 1);
        }),
      listDeliveries: async (organization, endpointId, limit) => {
        const all = new Map<string, Delivery>();
        for (const d of this.hooks.get(organization)?.deliveries ?? []) all.set(d.id, d);
        for (const { d } of this.pending.values()) all.set(d.id, d);
        return structuredClone(
          [...all.values()]
            .filter((d) => d.organization === organization && d.endpointId === endpointId)
            .sort((a, b) =>
              a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1,
            )
            .slice(0, limit),
        );
      },
      claimDue: async (now, until, limit) => {
        const out: Delivery[] = [];
        for (const { d } of this.pending.values()) {
          if (out.length >= limit) break;
          if (d.nextAttemptAt === null || d.nextAttemptAt > now) continue;
          const takenUntil = this.taken.get(d.id);
          if (takenUntil !== undefined && takenUntil > now) continue;
          this.taken.set(d.id, until);
          out.push(structuredClone(d));
        }
        return out;
      },
      saveAttempt: (d) => this.saveAttempt(d),
      retry: async (organization, endpointId, id, now) => {
        const again = (d: Delivery): Delivery => ({
          ...d,
          status: "pending",
          nextAttemptAt: now,
          expiresAt: new Date(Date.parse(now) + 3 * 24 * 3600 * 1000).toISOString(),
        });
        const at = this.pending.get(id);
        if (at) {
          if (at.d.organization !== organization || at.d.endpointId !== endpointId) return null;
          at.d = again(at.d);
          return structuredClone(at.d);
        }
        const found = this.hooks
          .get(organization)
          ?.deliveries.find((d) => d.id === id && d.endpointId === endpointId);
        if (!found) return null;
        const next = again(found);
        await this.updateHooks(organization, (r) => {
          r.deliveries = r.deliveries.map((d) => (d.id === id ? next : d));
        });
        this.pending.set(id, { d: next });
        return structuredClone(next);
      },
    };
  }

  /**
   * A delivery after an attempt. Pending again: only in memory. Finished: written to the
   * webhooks file first, then out of its assessment's outbox (a crash between the two leaves it in
   * both, and the start keeps the finished one).
   */
  private async saveAttempt(d: Delivery) {
    const at = this.pending.get(d.id);
    this.taken.delete(d.id);
    if (!at) return;
    if (d.status === "pending") {
      at.d = d;
      return;
    }
    await this.updateHooks(d.organization, (r) => {
      const others = r.deliveries.filter((x) => x.id !== d.id);
      const finished = others.filter((x) => x.status !== "pending");
      // the latest HISTORY finished deliveries, and every pending one
      const drop = new Set(finished.slice(0, Math.max(0, finished.length + 1 - HISTORY)).map((x) => x.id));
      r.deliveries = [...others.filter((x) => !drop.has(x.id)), d];
    });
    this.pending.delete(d.id);
    const where = at.assessment;
    if (where) {
      await this.serial(where.rel, async () => {
        const held = this.assessments.get(where.key);
        if (!held?.outbox.includes(d.id)) return;
        const next = { ...held, outbox: held.outbox.filter((id) => this.pending.has(id)) };
        await this.writeRecord(where.rel, assessmentBody(next, this.outboxOf(next.outbox)));
        this.assessments.set(where.key, next);
      });
    }
  }

  /** Changes the organization's webhooks file (`change` may throw to refuse), one change at a time. */
  private updateHooks(organization: string, change: (r: WebhooksRecord) => void): Promise<void> {
    const rel = relOf("webhooks", organization);
    return this.serial(rel, async () => {
      if (this.closed) throw new Error("The store is closed.");
      const current = this.hooks.get(organization);
      const next: WebhooksRecord = structuredClone(
        current ?? { organization, etag: "", revision: 0, endpoints: [], deliveries: [] },
      );
      change(next);
      next.revision += 1;
      next.etag = `"${next.revision}"`;
      await this.writeRecord(rel, [recordBody(next)]);
      this.hooks.set(organization, next);
    });
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
