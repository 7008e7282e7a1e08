import pg from "pg";
import { RETRY_FOR_MS } from "../webhooks/events.js";
import { type BlobStore, PostgresBlobStore } from "./blobs.js";
import { caseKeyOf } from "./filter.js";
import { migrations } from "./migrations.js";
import { PostgresWebhookStore } from "./postgres-webhooks.js";
import {
  type AssessmentFilter,
  type AssessmentHead,
  type AssessmentRecord,
  type FrameworkRecord,
  inResidentView,
  type KnownParts,
  PreconditionFailedError,
  type Store,
  type StrategyRecord,
} from "./store.js";

/** The columns of an assessments row `a` that make its record: the row's JSONB and its trail, which audit_events holds. */
const RECORD = `a.record, coalesce((select jsonb_agg(e.event order by e.seq)
  from audit_events e where e.organization = a.organization and e.assessment_id = a.id), '[]'::jsonb) as audit`;
type RecordRow = { record: Omit<AssessmentRecord, "audit">; audit: AssessmentRecord["audit"] };
const recordOf = (row: RecordRow): AssessmentRecord => ({ ...row.record, audit: row.audit });

/**
 * The store for several API instances: PostgreSQL, one row per record with the record as JSONB
 * and the columns lookups need (case key, status, idempotency key, order) indexed. Writes are
 * conditional on the ETag column in one statement, so two instances can never both win; the
 * audit trail is the append-only audit_events table (not in the record's JSONB, so a save does
 * not rewrite it), its new events written by the same statement.
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

  /** The webhook endpoints and deliveries, in the same database. */
  webhooks() {
    return new PostgresWebhookStore(this.pool);
  }

  /** The approved summaries' files, in the same database (summary_blobs). */
  blobStore(): BlobStore {
    return new PostgresBlobStore(this.pool);
  }

  async getAssessment(organization: string, id: string) {
    const r = await this.pool.query<RecordRow>(
      `select ${RECORD} from assessments a where organization = $1 and id = $2`,
      [organization, id],
    );
    const row = r.rows[0];
    return row ? recordOf(row) : null;
  }

  /** For a view: the record without its draft and trail, and the draft's JSON as PostgreSQL gives it (not parsed). */
  async getAssessmentParts(organization: string, id: string) {
    const r = await this.pool.query<{ head: Omit<AssessmentRecord, "data" | "audit">; data: string }>(
      "select record - 'data' as head, (record->'data')::text as data from assessments where organization = $1 and id = $2",
      [organization, id],
    );
    const row = r.rows[0];
    return row ? { head: row.head, dataJson: Buffer.from(row.data) } : null;
  }

  /** The record as stored, without its trail (an autosave appends to it: putAssessment's appendAudit). */
  async getAssessmentForEdit(organization: string, id: string) {
    const r = await this.pool.query<{ record: Omit<AssessmentRecord, "audit"> }>(
      "select record from assessments where organization = $1 and id = $2",
      [organization, id],
    );
    const record = r.rows[0]?.record;
    return record ? { record } : null;
  }

  async assessmentEtag(organization: string, id: string) {
    const r = await this.pool.query<{ etag: string }>(
      "select etag from assessments where organization = $1 and id = $2",
      [organization, id],
    );
    return r.rows[0]?.etag ?? null;
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
    const r = await this.pool.query<RecordRow>(
      `select ${RECORD} from assessments a where ${where.join(" and ")} order by updated_at desc, id desc limit $${args.length}`,
      args,
    );
    const items = r.rows.slice(0, f.limit).map(recordOf);
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
    const r = await this.pool.query<RecordRow>(
      `select ${RECORD} from assessments a where approved and ($1::text is null or organization = $1) order by organization, id`,
      [organization],
    );
    return r.rows.map(recordOf);
  }

  async findApproved(id: string) {
    const r = await this.pool.query<{ record: AssessmentHead }>(
      "select record - 'data' as record from assessments where approved and id = $1 order by organization limit 1",
      [id],
    );
    return r.rows[0]?.record ?? null;
  }

  async listResidentView() {
    const r = await this.pool.query<{ record: AssessmentHead }>(
      "select record - 'data' as record from assessments where resident_view order by organization, id",
    );
    return r.rows.map((x) => x.record);
  }

  async findByIdempotencyKey(organization: string, key: string) {
    const r = await this.pool.query<RecordRow>(
      `select ${RECORD} from assessments a where organization = $1 and idempotency_key = $2`,
      [organization, key],
    );
    const row = r.rows[0];
    return row ? recordOf(row) : null;
  }

  /**
   * One statement (so atomic without a transaction, and one round trip): the row, written only on
   * the expected ETag, and its new audit events. The trail is not part of the row's JSONB, so a
   * save never rewrites it: with `appendAudit`, `record.audit` holds just the new events, which
   * get the seqs after the row's audit_count; otherwise it is the whole trail, whose events the
   * table lacks are added (the trail is append-only).
   */
  async putAssessment(record: AssessmentRecord, expectedEtag: string | null, known?: KnownParts) {
    const { audit, ...rest } = record;
    const append = known?.appendAudit === true && expectedEtag !== null;
    const search =
      `${record.data.basics?.title ?? ""} ${record.data.basics?.caseRef?.caseId ?? ""}`.toLocaleLowerCase(
        "fi",
      );
    const args = [
      record.organization,
      record.id,
      record.etag,
      record.revision,
      record.status,
      caseKeyOf(record),
      record.idempotencyKey ?? null,
      search,
      record.updatedAt,
      record.status === "approved" || record.approvedVersions.length > 0,
      JSON.stringify(rest),
      JSON.stringify(audit),
      inResidentView(record),
    ];
    const events = `insert into audit_events (organization, assessment_id, seq, event)
      select $1, $2, ${append ? "w.audit_count - jsonb_array_length($12::jsonb) + t.ord - 1" : "t.ord - 1"}, t.e
      from w, jsonb_array_elements($12::jsonb) with ordinality as t(e, ord)
      ${append ? "" : "on conflict (organization, assessment_id, seq) do nothing"}`;
    const write =
      expectedEtag === null
        ? `insert into assessments (organization, id, etag, revision, status, case_key, idempotency_key, search, updated_at, approved, record, audit_count, resident_view)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, jsonb_array_length($12::jsonb), $13) on conflict do nothing
           returning audit_count`
        : `update assessments set etag = $3, revision = $4, status = $5, case_key = $6, idempotency_key = $7, search = $8,
           updated_at = $9, approved = $10, record = $11, resident_view = $13,
           audit_count = ${append ? "audit_count + jsonb_array_length($12::jsonb)" : "greatest(audit_count, jsonb_array_length($12::jsonb))"}
           where organization = $1 and id = $2 and etag = $14
           returning audit_count`;
    // the events' deliveries, one for each endpoint that takes the event, in the same statement:
    // written only if the row is (joined with w), durable with it
    const outbox = (known?.events ?? []).map((event) => ({
      event,
      expiresAt: new Date(Date.parse(event.timestamp) + RETRY_FOR_MS).toISOString(),
    }));
    const allArgs = expectedEtag === null ? args : [...args, expectedEtag];
    let deliveries = "";
    if (outbox.length > 0) {
      allArgs.push(JSON.stringify(outbox));
      const o = `$${allArgs.length}`;
      deliveries = `, outbox as (insert into webhook_deliveries (id, organization, endpoint_id, status, created_at, next_attempt_at, record)
        select x.id, $1, ep.id, 'pending', t.o->'event'->>'timestamp', t.o->'event'->>'timestamp',
          jsonb_build_object('id', x.id, 'organization', $1::text, 'endpointId', ep.id, 'event', t.o->'event',
            'status', 'pending', 'attempts', 0, 'createdAt', t.o->'event'->>'timestamp',
            'expiresAt', t.o->>'expiresAt', 'nextAttemptAt', t.o->'event'->>'timestamp')
        from w, jsonb_array_elements(${o}::jsonb) as t(o)
          join webhook_endpoints ep on ep.organization = $1 and (t.o->'event'->>'type') = any(ep.events)
          cross join lateral (select 'dlv_' || substr(translate(encode(sha256(convert_to((t.o->'event'->>'id') || ' ' || ep.id, 'UTF8')), 'base64'), '+/=', '-_'), 1, 22) as id) x
        on conflict (id) do nothing)`;
    }
    const res = await this.pool.query<{ n: number }>(
      `with w as (${write}), events as (${events})${deliveries} select count(*)::int as n from w`,
      allArgs,
    );
    if (res.rows[0]?.n !== 1) throw new PreconditionFailedError(`assessment ${record.id} has changed`);
    // nothing here holds the caller's object, so it is already a copy (a structuredClone of a
    // 20 KB draft cost about 350 µs, and the API could no longer reuse the draft's JSON for the answer)
    return record;
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
