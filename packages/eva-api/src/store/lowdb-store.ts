import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { Low } from "lowdb";
import { DurableJSONFile } from "./durable-file.js";
import { caseKeyOf, matchesFilter, pageOf } from "./filter.js";
import { acquireLock } from "./lock-file.js";
import {
  type AssessmentFilter,
  type AssessmentRecord,
  type FrameworkRecord,
  PreconditionFailedError,
  type Store,
  type StrategyRecord,
} from "./store.js";

const copy = <T>(x: T): T => structuredClone(x);
const safe = (s: string) => encodeURIComponent(s).replace(/\./g, "%2E");

/**
 * The embedded store: lowdb with one JSON file per assessment, strategy and framework under the
 * data directory, so one write costs the same with 5 or 5,000 assessments. Records are held in
 * memory (read once at start) and handed out as copies; every write goes to disk durably before
 * it is acknowledged; a lock file keeps a second process out.
 */
export class LowdbStore implements Store {
  private readonly assessments = new Map<string, AssessmentRecord>();
  private readonly strategies = new Map<string, StrategyRecord>();
  private readonly frameworks = new Map<string, FrameworkRecord>();
  private readonly locks = new Map<string, Promise<unknown>>();
  private readonly release: () => void;

  private constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    this.release = acquireLock(dir);
  }

  static async open(dir: string): Promise<LowdbStore> {
    const store = new LowdbStore(dir);
    try {
      await store.load();
    } catch (e) {
      store.release();
      throw e;
    }
    return store;
  }

  private async load(): Promise<void> {
    for (const [kind, target] of [
      ["assessments", this.assessments],
      ["strategies", this.strategies],
    ] as const) {
      const base = join(this.dir, kind);
      mkdirSync(base, { recursive: true });
      for (const org of readdirSync(base)) {
        for (const f of readdirSync(join(base, org)).filter((x) => x.endsWith(".json"))) {
          const db = new Low<AssessmentRecord & StrategyRecord>(
            new DurableJSONFile(join(base, org, f)),
            null as never,
          );
          await db.read();
          if (db.data) target.set(`${db.data.organization}/${db.data.id}`, db.data);
        }
      }
    }
    const fw = join(this.dir, "frameworks");
    mkdirSync(fw, { recursive: true });
    for (const f of readdirSync(fw).filter((x) => x.endsWith(".json"))) {
      const db = new Low<FrameworkRecord>(new DurableJSONFile(join(fw, f)), null as never);
      await db.read();
      if (db.data) this.frameworks.set(db.data.organization, db.data);
    }
  }

  /** Runs writes to one key one after another, so check-and-set cannot interleave. */
  private serial<T>(key: string, f: () => Promise<T>): Promise<T> {
    const prev = this.locks.get(key) ?? Promise.resolve();
    const next = prev.then(f, f);
    this.locks.set(
      key,
      next.catch(() => undefined),
    );
    return next;
  }

  private async save<T>(file: string, data: T): Promise<void> {
    const db = new Low<T>(new DurableJSONFile<T>(file), data);
    db.data = data;
    await db.write();
  }

  async getAssessment(organization: string, id: string) {
    const r = this.assessments.get(`${organization}/${id}`);
    return r ? copy(r) : null;
  }

  async listAssessments(organization: string, filter: AssessmentFilter) {
    const all = [...this.assessments.values()].filter(
      (r) => r.organization === organization && matchesFilter(r, filter),
    );
    const page = pageOf(all, filter);
    return { items: page.items.map(copy), nextCursor: page.nextCursor };
  }

  async listApproved(organization: string | null) {
    return [...this.assessments.values()]
      .filter(
        (r) =>
          (organization === null || r.organization === organization) &&
          (r.status === "approved" || r.approvedVersions.length > 0),
      )
      .map(copy);
  }

  async findByIdempotencyKey(organization: string, key: string) {
    for (const r of this.assessments.values()) {
      if (r.organization === organization && r.idempotencyKey === key) return copy(r);
    }
    return null;
  }

  putAssessment(record: AssessmentRecord, expectedEtag: string | null) {
    const key = `${record.organization}/${record.id}`;
    return this.serial(key, async () => {
      const current = this.assessments.get(key);
      if ((current?.etag ?? null) !== expectedEtag)
        throw new PreconditionFailedError(`assessment ${record.id} has changed`);
      const data = copy(record);
      await this.save(
        join(this.dir, "assessments", safe(record.organization), `${safe(record.id)}.json`),
        data,
      );
      this.assessments.set(key, data);
      return copy(data);
    });
  }

  async listStrategies(organization: string) {
    return [...this.strategies.values()].filter((s) => s.organization === organization).map(copy);
  }

  async getStrategy(organization: string, id: string) {
    const s = this.strategies.get(`${organization}/${id}`);
    return s ? copy(s) : null;
  }

  putStrategy(record: StrategyRecord, expectedEtag: string | null) {
    const key = `${record.organization}/${record.id}`;
    return this.serial(`strategy:${key}`, async () => {
      const current = this.strategies.get(key);
      if ((current?.etag ?? null) !== expectedEtag)
        throw new PreconditionFailedError(`strategy ${record.id} has changed`);
      const data = copy(record);
      await this.save(
        join(this.dir, "strategies", safe(record.organization), `${safe(record.id)}.json`),
        data,
      );
      this.strategies.set(key, data);
      return copy(data);
    });
  }

  async getFramework(organization: string) {
    const f = this.frameworks.get(organization);
    return f ? copy(f) : null;
  }

  putFramework(record: FrameworkRecord, expectedEtag: string | null) {
    return this.serial(`framework:${record.organization}`, async () => {
      const current = this.frameworks.get(record.organization);
      if ((current?.etag ?? null) !== expectedEtag)
        throw new PreconditionFailedError("framework has changed");
      const data = copy(record);
      await this.save(join(this.dir, "frameworks", `${safe(record.organization)}.json`), data);
      this.frameworks.set(record.organization, data);
      return copy(data);
    });
  }

  async organizations() {
    const orgs = new Set<string>();
    for (const r of this.assessments.values()) orgs.add(r.organization);
    for (const r of this.strategies.values()) orgs.add(r.organization);
    for (const r of this.frameworks.values()) orgs.add(r.organization);
    return [...orgs].sort();
  }

  async ready() {
    return true;
  }

  async close() {
    await Promise.all([...this.locks.values()]);
    this.release();
  }
}

export { caseKeyOf };
