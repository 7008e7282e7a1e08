import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestPostgres, type TestPostgres } from "../../../../scripts/test-postgres.js";
import { startReceiver } from "../../test/receiver.js";
import { startServerProcess } from "../../test/server-process.js";
import { createWebhookWorker } from "../webhooks/worker.js";
import { migrations } from "./migrations.js";
import { PostgresStore } from "./postgres-store.js";
import { makeEtag } from "./store.js";
import {
  sampleEndpoint,
  sampleEvent,
  sampleRecord,
  sampleWebhookEvent,
  storeContract,
} from "./store-contract.js";

// A real PostgreSQL server (initdb + pg_ctl on a temporary directory, 127.0.0.1); every test gets
// a database of its own.
let server: TestPostgres;
let n = 0;
beforeAll(async () => {
  server = await startTestPostgres();
}, 60_000);
afterAll(() => {
  server?.stop();
});

async function freshDatabase(): Promise<string> {
  const name = `eva_test_${process.pid}_${++n}`;
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return server.url.replace(/\/postgres$/, `/${name}`);
}

storeContract("PostgreSQL", async () => {
  const url = await freshDatabase();
  let store = await PostgresStore.open(url);
  return {
    store,
    reopen: async () => {
      await store.close();
      store = await PostgresStore.open(url);
      return store;
    },
    cleanup: () => store.close(),
  };
});

describe("PostgreSQL store", () => {
  it("runs its migrations once, also when opened twice", async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([PostgresStore.open(url), PostgresStore.open(url)]);
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    expect((await c.query("select id from eva_migrations order by id")).rows).toEqual(
      migrations.map((m) => ({ id: m.id })),
    );
    await c.end();
    await a.close();
    await b.close();
  });

  it("migration 2 moves a trail out of the record's JSONB into audit_events, losing no event", async () => {
    // a database as the first release left it: the trail in the record and (mirrored) in
    // audit_events; one event the table lacks, which the record's trail has
    const url = await freshDatabase();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const first = migrations[0] as (typeof migrations)[number];
    await c.query(first.sql);
    await c.query(
      "create table eva_migrations (id integer primary key, name text not null, applied_at timestamptz not null default now())",
    );
    await c.query("insert into eva_migrations (id, name) values ($1, $2)", [first.id, first.name]);
    const event = sampleEvent;
    const r = { ...sampleRecord("old"), audit: [event(0), event(1), event(2)] };
    await c.query(
      `insert into assessments (organization, id, etag, revision, status, case_key, search, updated_at, record)
       values ('kaarina', 'old', $1, 1, 'draft', null, '', $2, $3)`,
      [r.etag, r.updatedAt, JSON.stringify(r)],
    );
    for (const seq of [0, 1])
      await c.query("insert into audit_events values ('kaarina', 'old', $1, $2)", [
        seq,
        JSON.stringify(r.audit[seq]),
      ]);
    const store = await PostgresStore.open(url);
    try {
      expect(await store.getAssessment("kaarina", "old")).toEqual(r);
      const row = await c.query(
        "select record ? 'audit' as has, audit_count from assessments where id = 'old'",
      );
      expect(row.rows).toEqual([{ has: false, audit_count: 3 }]);
      // the next autosave's event goes after them
      const edit = await store.getAssessmentForEdit("kaarina", "old");
      const next = {
        ...(edit?.record as typeof r),
        revision: 2,
        etag: makeEtag("assessment", "old", 2),
        audit: [event(3)],
      };
      await store.putAssessment(next, r.etag, { appendAudit: true });
      expect((await store.getAssessment("kaarina", "old"))?.audit).toEqual([0, 1, 2, 3].map(event));
    } finally {
      await store.close();
      await c.end();
    }
  });

  it("migration 3 marks the records already in the resident view, and no others", async () => {
    // a database as migrations 1 and 2 left it, with the demo's approved assessment (public and
    // marked for the resident view) and a copy of it not marked
    const url = await freshDatabase();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(
      "create table eva_migrations (id integer primary key, name text not null, applied_at timestamptz not null default now())",
    );
    for (const m of migrations.filter((x) => x.id <= 2)) {
      await c.query(m.sql);
      await c.query("insert into eva_migrations (id, name) values ($1, $2)", [m.id, m.name]);
    }
    const approvedVersion = (showInResidentView: boolean) => {
      const data = sampleRecord("x").data;
      return {
        version: 1,
        approvedAt: "2026-01-02T00:00:00.000Z",
        approvedBy: "test",
        data: {
          ...data,
          basics: {
            ...data.basics,
            publicity: { class: "public", containsPersonalData: false, showInResidentView },
          },
        },
      };
    };
    for (const [id, shown] of [
      ["shown", true],
      ["hidden", false],
    ] as const) {
      const { audit: _a, ...r } = {
        ...sampleRecord(id),
        status: "approved",
        approvedVersions: [approvedVersion(shown)],
      };
      await c.query(
        `insert into assessments (organization, id, etag, revision, status, case_key, search, updated_at, approved, record)
         values ('kaarina', $1, $2, 1, 'approved', null, '', $3, true, $4)`,
        [id, r.etag, r.updatedAt, JSON.stringify(r)],
      );
    }
    const store = await PostgresStore.open(url);
    try {
      expect((await store.listResidentView()).map((r) => r.id)).toEqual(["shown"]);
      expect((await store.findApproved("hidden"))?.id).toBe("hidden");
    } finally {
      await store.close();
      await c.end();
    }
  });

  it("two API processes on one database: concurrent PATCHes with one ETag, exactly one wins", async () => {
    const url = await freshDatabase();
    const dir = mkdtempSync(join(tmpdir(), "eva-pg-two-"));
    const env = { EVA_STORE: "postgres", EVA_DATABASE_URL: url };
    const one = await startServerProcess(dir, env);
    const two = await startServerProcess(dir, env);
    try {
      const token =
        one.tokens.find((t) => t.organization === "kaarina" && t.role === "preparer")?.token ?? "";
      const headers = { authorization: `Bearer ${token}` };
      const first = await fetch(`${one.url}/v1/assessments/demo-littoinen-draft`, { headers });
      const etag = first.headers.get("etag") ?? "";
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          fetch(`${(i % 2 ? two : one).url}/v1/assessments/demo-littoinen-draft`, {
            method: "PATCH",
            headers: { ...headers, "content-type": "application/merge-patch+json", "if-match": etag },
            body: JSON.stringify({ basics: { title: `Instanssi ${i % 2}, tallennus ${i}` } }),
          }),
        ),
      );
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 412)).toHaveLength(19);
      const winner = statuses.indexOf(200);
      // both instances read the winner's write, and the audit trail has exactly one update
      for (const s of [one, two]) {
        const body = (await (
          await fetch(`${s.url}/v1/assessments/demo-littoinen-draft`, { headers })
        ).json()) as { assessment: { basics: { title: string } } };
        expect(body.assessment.basics.title).toBe(`Instanssi ${winner % 2}, tallennus ${winner}`);
      }
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      const events = await c.query(
        "select event->>'action' as action from audit_events where assessment_id = 'demo-littoinen-draft' order by seq",
      );
      expect(events.rows.map((r) => r.action)).toEqual(["import", "update"]);
      await c.end();
    } finally {
      await one.stop();
      await two.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});

describe("webhook deliveries from two instances on one database", () => {
  it("sends each event once per attempt: FOR UPDATE SKIP LOCKED, never the same one twice at a time", async () => {
    const url = await freshDatabase();
    const one = await PostgresStore.open(url, { max: 4 });
    const two = await PostgresStore.open(url, { max: 4 });
    // every delivery's first attempt is answered 500, its second 204
    const attempts = new Map<string, number>();
    const r = await startReceiver((h) => {
      const key = `${h.headers["webhook-id"]} ${h.url}`;
      attempts.set(key, (attempts.get(key) ?? 0) + 1);
      return attempts.get(key) === 1 ? 500 : 204;
    });
    try {
      for (const i of [1, 2, 3])
        await one
          .webhooks()
          .putEndpoint({ ...sampleEndpoint(`w${i}`, ["assessment.submitted"]), url: `${r.url}/${i}` }, null);
      for (let i = 0; i < 20; i++) {
        const rec = sampleRecord(`p${i}`);
        await (i % 2 ? one : two).putAssessment(rec, null, {
          events: [sampleWebhookEvent(rec, "assessment.submitted", i)],
        });
      }
      let now = Date.parse("2026-01-02T00:01:00.000Z");
      const clock = () => new Date(now);
      const policy = { allowedHosts: ["127.0.0.1"], publicDelivery: false };
      const workers = [one, two].map((s) =>
        createWebhookWorker({ store: s.webhooks(), policy, clock, random: () => 0, batch: 20 }),
      );
      const [a, b] = workers as [(typeof workers)[0], (typeof workers)[0]];
      // both instances at once, each ticking twice side by side: 60 deliveries, batches of 20
      const first = await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
      expect(first.reduce((x, y) => x + y, 0)).toBe(60);
      expect(r.heard).toHaveLength(60);
      expect(new Set(r.heard.map((h) => `${h.headers["webhook-id"]} ${h.url}`)).size).toBe(60);
      // not due again before the retry time
      expect(await Promise.all([a.tick(), b.tick()])).toEqual([0, 0]);
      now += 10_000;
      const second = await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
      expect(second.reduce((x, y) => x + y, 0)).toBe(60);
      expect([...attempts.values()].every((n) => n === 2)).toBe(true);
      expect(attempts.size).toBe(60);
      const delivered = await one.webhooks().listDeliveries("kaarina", "w2", 1000);
      expect(delivered).toHaveLength(20);
      expect(delivered.every((d) => d.status === "delivered" && d.attempts === 2)).toBe(true);
    } finally {
      await r.close();
      await one.close();
      await two.close();
    }
  });
});
