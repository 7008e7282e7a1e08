import pg from "pg";
import { caseKeyOf } from "./filter.js";
import { migrations } from "./migrations.js";
import {
  type AssessmentFilter,
  type AssessmentRecord,
  type FrameworkRecord,
  PreconditionFailedError,
  type Store,
  type StrategyRecord,
} from "./store.js";

/**
 * The store for several API instances: PostgreSQL, one row per record with the record as JSONB
 * and the columns lookups need (case key, status, idempotency key, order) indexed. Writes are
 * conditional on the ETag column in one statement, so two instances can never both win; new
 * audit events go to the append-only audit_events table in the same transaction.
 */
export class PostgresStore implements Store {
  private constructor(private readonly pool: pg.Pool) {}

  static async open(connectionString: string, options: { max?: number } = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString, max: options.max ?? 10 });
    const store = new PostgresStore(pool);
    await store.migrate();
    return store;
  }

  /** Runs the migrations not yet applied; an advisory lock keeps two starting instances apart. */
  private async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query("select pg_advisory_lock(727274)");
      await client.query(
        "create table if not exists eva_migrations (id integer primary key, name text not null, applied_at timestamptz not null default now())",
      );
      const done = new Set(
        (await client.query<{ id: number }>("select id from eva_migrations")).rows.map((r) => r.id),
      );
      for (const m of migrations) {
        if (done.has(m.id)) continue;
        await client.query("begin");
        await client.query(m.sql);
        await client.query("insert into eva_migrations (id, name) values ($1, $2)", [m.id, m.name]);
        await client.query("commit");
      }
    } catch (e) {
      await client.query("rollback").catch(() => undefined);
      throw e;
    } finally {
      await client.query("select pg_advisory_unlock(727274)").catch(() => undefined);
      client.release();
    }
  }

  async getAssessment(organization: string, id: string) {
    const r = await this.pool.query<{ record: AssessmentRecord }>(
      "select record from assessments where organization = $1 and id = $2",
      [organization, id],
    );
    return r.rows[0]?.record ?? null;
  }

  async listAssessments(organization: string, f: AssessmentFilter) {
    const where = ["organization = $1"];
    const args: unknown[] = [organization];
    const add = (sql: string, v: unknown) => {
      args.push(v);
      where.push(sql.replace("?", `$${args.length}`));
    };
    if (f.caseKey) add("case_key = ?", f.caseKey);
    if (f.status) add("status = ?", f.status);
    if (f.q) add("search like ?", `%${f.q.toLocaleLowerCase("fi").replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    if (f.cursor) {
      const [updated = "", id = ""] = Buffer.from(f.cursor, "base64url").toString("utf8").split("\u0000");
      args.push(updated, id);
      where.push(`(updated_at, id) < ($${args.length - 1}, $${args.length})`);
    }
    args.push(f.limit + 1);
    const r = await this.pool.query<{ record: AssessmentRecord }>(
      `select record from assessments where ${where.join(" and ")} order by updated_at desc, id desc limit $${args.length}`,
      args,
    );
    const items = r.rows.slice(0, f.limit).map((x) => x.record);
    const last = items[items.length - 1];
    return {
      items,
      nextCursor:
        r.rows.length > f.limit && last
          ? Buffer.from(`${last.updatedAt}\u0000${last.id}`, "utf8").toString("base64url")
          : null,
    };
  }

  async listApproved(organization: string | null) {
    const r = await this.pool.query<{ record: AssessmentRecord }>(
      "select record from assessments where approved and ($1::text is null or organization = $1) order by organization, id",
      [organization],
    );
    return r.rows.map((x) => x.record);
  }

  async findByIdempotencyKey(organization: string, key: string) {
    const r = await this.pool.query<{ record: AssessmentRecord }>(
      "select record from assessments where organization = $1 and idempotency_key = $2",
      [organization, key],
    );
    return r.rows[0]?.record ?? null;
  }

  async putAssessment(record: AssessmentRecord, expectedEtag: string | null) {
    const client = await this.pool.connect();
    try {
      await client.query("begin");
      const search =
        `${record.data.basics?.title ?? ""} ${record.data.basics?.caseRef?.caseId ?? ""}`.toLocaleLowerCase(
          "fi",
        );
      const cols = [
        record.etag,
        record.revision,
        record.status,
        caseKeyOf(record),
        record.idempotencyKey ?? null,
        search,
        record.updatedAt,
        record.status === "approved" || record.approvedVersions.length > 0,
        JSON.stringify(record),
      ];
      const res =
        expectedEtag === null
          ? await client.query(
              `insert into assessments (organization, id, etag, revision, status, case_key, idempotency_key, search, updated_at, approved, record)
               values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) on conflict do nothing`,
              [record.organization, record.id, ...cols],
            )
          : await client.query(
              `update assessments set etag = $3, revision = $4, status = $5, case_key = $6, idempotency_key = $7, search = $8,
               updated_at = $9, approved = $10, record = $11 where organization = $1 and id = $2 and etag = $12`,
              [record.organization, record.id, ...cols, expectedEtag],
            );
      if (res.rowCount !== 1) throw new PreconditionFailedError(`assessment ${record.id} has changed`);
      const known =
        (
          await client.query<{ n: number }>(
            "select count(*)::int as n from audit_events where organization = $1 and assessment_id = $2",
            [record.organization, record.id],
          )
        ).rows[0]?.n ?? 0;
      for (let seq = known; seq < record.audit.length; seq++) {
        await client.query(
          "insert into audit_events (organization, assessment_id, seq, event) values ($1, $2, $3, $4)",
          [record.organization, record.id, seq, JSON.stringify(record.audit[seq])],
        );
      }
      await client.query("commit");
      return structuredClone(record);
    } catch (e) {
      await client.query("rollback").catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }

  async listStrategies(organization: string) {
    const r = await this.pool.query<{ record: StrategyRecord }>(
      "select record from strategies where organization = $1 order by id",
      [organization],
    );
    return r.rows.map((x) => x.record);
  }

  async getStrategy(organization: string, id: string) {
    const r = await this.pool.query<{ record: StrategyRecord }>(
      "select record from strategies where organization = $1 and id = $2",
      [organization, id],
    );
    return r.rows[0]?.record ?? null;
  }

  async putStrategy(record: StrategyRecord, expectedEtag: string | null) {
    const res =
      expectedEtag === null
        ? await this.pool.query(
            "insert into strategies (organization, id, etag, record) values ($1, $2, $3, $4) on conflict do nothing",
            [record.organization, record.id, record.etag, JSON.stringify(record)],
          )
        : await this.pool.query(
            "update strategies set etag = $3, record = $4 where organization = $1 and id = $2 and etag = $5",
            [record.organization, record.id, record.etag, JSON.stringify(record), expectedEtag],
          );
    if (res.rowCount !== 1) throw new PreconditionFailedError(`strategy ${record.id} has changed`);
    return structuredClone(record);
  }

  async getFramework(organization: string) {
    const r = await this.pool.query<{ record: FrameworkRecord }>(
      "select record from frameworks where organization = $1",
      [organization],
    );
    return r.rows[0]?.record ?? null;
  }

  async putFramework(record: FrameworkRecord, expectedEtag: string | null) {
    const res =
      expectedEtag === null
        ? await this.pool.query(
            "insert into frameworks (organization, etag, record) values ($1, $2, $3) on conflict do nothing",
            [record.organization, record.etag, JSON.stringify(record)],
          )
        : await this.pool.query(
            "update frameworks set etag = $2, record = $3 where organization = $1 and etag = $4",
            [record.organization, record.etag, JSON.stringify(record), expectedEtag],
          );
    if (res.rowCount !== 1) throw new PreconditionFailedError("framework has changed");
    return structuredClone(record);
  }

  async organizations() {
    const r = await this.pool.query<{ organization: string }>(
      "select organization from assessments union select organization from strategies union select organization from frameworks order by 1",
    );
    return r.rows.map((x) => x.organization);
  }

  async ready() {
    try {
      await this.pool.query("select 1");
      return true;
    } catch {
      return false;
    }
  }

  async close() {
    await this.pool.end();
  }
}
