// `pnpm bench:api`: autocannon against a real server process on 127.0.0.1, with 500 and 5,000
// stored assessments, 50 connections: GET one assessment, and PATCH (autosave) two ways: each
// connection its own draft (50 officials at work; also at a steady 250 and 50 a second, not as fast
// as the answers come), and each autosave to the next assessment in turn (the worst case: nothing the
// store holds ready from the save before); then one draft
// autosaved 3,000 times in a row, to show whether a save costs more as its audit trail grows.
// `pnpm bench:api:pg` (EVA_BENCH_STORE=postgres): the same against PostgreSQL (a throwaway server
// with fsync on, scripts/test-postgres.ts) with 5,000 and 50,000 assessments, seeded in batches.
// Each server first gets a 2 s warm-up (GETs and PATCHes of 50 extra assessments, not the measured
// ones), so that V8 has compiled the hot paths; the measured assessments' views are not cached
// by it. Bounded: 8 s per run. Prints figures, including the server's CPU time per request (from
// /proc, less disturbed by other load on the machine than latency); asserts nothing.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { startTestPostgres, type TestPostgres } from "../../../scripts/test-postgres.js";
import { seedDemo } from "../src/seed.js";
import { LowdbStore } from "../src/store/lowdb-store.js";
import { PostgresStore } from "../src/store/postgres-store.js";
import { type AssessmentRecord, makeEtag, type Store } from "../src/store/store.js";
import { startServerProcess } from "../test/server-process.js";
import { seedPostgresCopies } from "./seed-postgres.js";

const DURATION = Number(process.env.EVA_BENCH_SECONDS ?? 8);
const WARM_UP = Number(process.env.EVA_BENCH_WARMUP_SECONDS ?? 2);
const WARM_RECORDS = 50;
const STEADY_RATE = 250;
const REALISTIC_RATE = 50;
const postgres = process.env.EVA_BENCH_STORE === "postgres";
const sizes = (process.env.EVA_BENCH_SIZES ?? (postgres ? "5000,50000" : "500,5000")).split(",").map(Number);
const pgServer: TestPostgres | null = postgres ? await startTestPostgres({ durable: true }) : null;

/** user + system CPU seconds of a process so far (Linux /proc; 0 elsewhere) */
function cpuSeconds(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in USER_HZ (100/s)
  } catch {
    return 0;
  }
}

async function templateOf(store: Store): Promise<AssessmentRecord> {
  await seedDemo(store, () => new Date());
  return (await store.getAssessment("kaarina", "demo-littoinen-draft")) as AssessmentRecord;
}

/** A data directory (tokens; lowdb data) and, for PostgreSQL, a fresh database, with n assessments. */
async function prepare(n: number): Promise<{ dir: string; env: Record<string, string> }> {
  const dir = mkdtempSync(join(tmpdir(), `eva-bench-${n}-`));
  if (pgServer) {
    const name = `eva_bench_${n}_${process.pid}`;
    const admin = new pg.Client({ connectionString: pgServer.url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = pgServer.url.replace(/\/postgres$/, `/${name}`);
    const store = await PostgresStore.open(url);
    const template = await templateOf(store);
    await store.close();
    const started = performance.now();
    await seedPostgresCopies(url, template, n, "bench-");
    await seedPostgresCopies(url, template, WARM_RECORDS, "warm-");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("analyze");
    await client.end();
    process.stdout.write(`seeded ${n} rows in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    return { dir, env: { EVA_STORE: "postgres", EVA_DATABASE_URL: url } };
  }
  const store = await LowdbStore.open(dir);
  const template = await templateOf(store);
  const started = performance.now();
  // 50 at a time: each write waits for its own fsyncs, and they overlap
  const ids = Array.from({ length: n + WARM_RECORDS }, (_, i) => (i < n ? `bench-${i}` : `warm-${i - n}`));
  for (let i = 0; i < ids.length; i += 50)
    await Promise.all(
      ids
        .slice(i, i + 50)
        .map((id) => store.putAssessment({ ...template, id, etag: makeEtag("assessment", id, 1) }, null)),
    );
  await store.close();
  process.stdout.write(`seeded ${n} records in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return { dir, env: {} };
}

function run(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((ok, fail) => {
    autocannon(opts, (err, res) => (err ? fail(err) : ok(res)));
  });
}

/**
 * Sends `rate` requests a second for `seconds`, each to a draft from `free` that has no request
 * in flight (one every 1000/rate ms by the clock, however long the answers take), and gives the
 * latencies from when each was due.
 */
async function steadyPatches(
  rate: number,
  seconds: number,
  free: string[],
  send: (id: string) => Promise<number>,
): Promise<{ p50: number; p99: number; max: number; count: number; non2xx: number }> {
  const latencies: number[] = [];
  let non2xx = 0;
  const started = performance.now();
  const total = Math.round(rate * seconds);
  const inFlight = new Set<Promise<void>>();
  if (free.length === 0) throw new Error("steadyPatches: no draft to save");
  for (let k = 0; k < total; k++) {
    const due = started + (k * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((ok) => setTimeout(ok, wait));
    while (free.length === 0) await Promise.race(inFlight);
    const id = free.shift() as string;
    const p = send(id).then((status) => {
      latencies.push(performance.now() - due);
      if (status < 200 || status > 299) non2xx++;
      free.push(id);
      inFlight.delete(p);
    });
    inFlight.add(p);
  }
  await Promise.all(inFlight);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { p50: at(0.5), p99: at(0.99), max: latencies.at(-1) ?? 0, count: latencies.length, non2xx };
}

const rows: string[] = [];
for (const n of sizes) {
  const { dir, env } = await prepare(n);
  const server = await startServerProcess(dir, {
    EVA_RATE_LIMIT: "100000000",
    UV_THREADPOOL_SIZE: process.env.UV_THREADPOOL_SIZE ?? "4",
    ...env,
  });
  const token = server.tokens.find((t) => t.organization === "kaarina" && t.role === "preparer")?.token ?? "";
  const headers = { authorization: `Bearer ${token}` };
  /** an autosave of assessment `id` that sets the problem text, with its latest known ETag */
  const autosave = (req: autocannon.Request, id: string, etags: Map<string, string>, problem: string) => ({
    ...req,
    path: `/v1/assessments/${id}`,
    headers: {
      ...headers,
      "content-type": "application/merge-patch+json",
      "if-match": etags.get(id) ?? makeEtag("assessment", id, 1),
    },
    body: JSON.stringify({ basics: { problem } }),
  });
  // warm-up: each connection reads and autosaves its own extra assessment
  const warmEtags = new Map<string, string>();
  let warmConn = 0;
  await run({
    url: server.url,
    connections: WARM_RECORDS,
    duration: WARM_UP,
    initialContext: {},
    requests: [
      {
        method: "GET",
        setupRequest: (req, ctx) => {
          const context = ctx as Record<string, unknown>;
          context.id ??= `warm-${warmConn++ % WARM_RECORDS}`;
          return { ...req, path: `/v1/assessments/${context.id}`, headers };
        },
      },
      {
        method: "PATCH",
        setupRequest: (req, ctx) => {
          const id = String((ctx as Record<string, unknown>).id);
          return autosave(req, id, warmEtags, `Lämmittely ${warmConn}`);
        },
        onResponse: (status, _body, ctx, resHeaders) => {
          if (status === 200 && typeof resHeaders?.etag === "string")
            warmEtags.set(String((ctx as Record<string, unknown>).id), resHeaders.etag);
        },
      },
    ],
  });
  let next = 0;
  const cpu0 = cpuSeconds(server.child.pid);
  const get = await run({
    url: server.url,
    connections: 50,
    duration: DURATION,
    requests: [
      {
        method: "GET",
        setupRequest: (req) => ({ ...req, path: `/v1/assessments/bench-${next++ % n}`, headers }),
      },
    ],
  });
  const cpu1 = cpuSeconds(server.child.pid);
  // requests carry their assessment's latest ETag; `pick` chooses each request's assessment
  const statuses: Record<number, number> = {};
  const etags = new Map<string, string>();
  let saves = 0;
  const patchRun = async (pick: () => string, done: (id: string) => void = () => undefined) => {
    return run({
      url: server.url,
      connections: 50,
      duration: DURATION,
      initialContext: {},
      requests: [
        {
          method: "PATCH",
          setupRequest: (req, ctx) => {
            const id = pick();
            (ctx as Record<string, unknown>).id = id;
            saves++;
            return autosave(req, id, etags, `Ongelma, tallennus ${saves}`);
          },
          onResponse: (status, _body, ctx, resHeaders) => {
            const id = String((ctx as Record<string, unknown>).id);
            const etag = resHeaders?.etag;
            statuses[status] = (statuses[status] ?? 0) + 1;
            if (status === 200 && typeof etag === "string") etags.set(id, etag);
            done(id);
          },
        },
      ],
    });
  };
  // 1. as 50 officials do: 50 drafts (spread over the stored ones), each autosaved again as soon
  // as its last save is answered; a request takes a draft no other request has in flight
  const step = Math.max(1, Math.floor(n / 50));
  const free = Array.from({ length: 50 }, (_, i) => `bench-${(i * step) % n}`);
  const patch = await patchRun(
    () => free.shift() ?? "bench-0",
    (id) => free.push(id),
  );
  const cpu2 = cpuSeconds(server.child.pid);
  // the saves in flight when a run ended were never answered to autocannon: read those drafts'
  // ETags again, once those saves are done
  const refreshEtags = async () => {
    await new Promise((ok) => setTimeout(ok, 500));
    for (let i = 0; i < 50; i++) {
      const id = `bench-${(i * step) % n}`;
      const etag = (await fetch(`${server.url}/v1/assessments/${id}`, { headers })).headers.get("etag");
      if (etag) etags.set(id, etag);
    }
  };
  await refreshEtags();
  // 1b. the same 50 drafts at a steady 250 autosaves a second, one every 4 ms (each official
  // saving five times a second, more than typing with the wizard's 0.8 s debounce sends): the
  // latency an official feels when the server is busy but not saturated. The runs above send as
  // fast as the answers come, so they measure the server's throughput as much as its latency
  // (and autocannon's own rate limit sends a second's requests in one burst, so it is not used
  // here). Each latency counts from when the save was due, so a late send counts against it.
  // (the 50 drafts again: those whose saves were in flight when the run above ended are not in `free`)
  const drafts = () => Array.from({ length: 50 }, (_, i) => `bench-${(i * step) % n}`);
  const steadySave = async (id: string) => {
    const res = await fetch(`${server.url}/v1/assessments/${id}`, {
      method: "PATCH",
      headers: {
        ...headers,
        "content-type": "application/merge-patch+json",
        "if-match": etags.get(id) ?? makeEtag("assessment", id, 1),
      },
      body: JSON.stringify({ basics: { problem: `Tasainen tallennus ${++saves}` } }),
    });
    await res.arrayBuffer();
    statuses[res.status] = (statuses[res.status] ?? 0) + 1;
    const etag = res.headers.get("etag");
    if (res.status === 200 && etag) etags.set(id, etag);
    return res.status;
  };
  // first a municipality's busy hour: 50 officials, each autosaving once a second (50 a second)
  const realistic = await steadyPatches(REALISTIC_RATE, DURATION, drafts(), steadySave);
  const steady = await steadyPatches(STEADY_RATE, DURATION, drafts(), steadySave);
  const cpu2b = cpuSeconds(server.child.pid);
  // 2. the worst case: every autosave to the next stored assessment in turn, none of them
  // edited a moment ago
  let next2 = 0;
  const spread = await patchRun(() => `bench-${next2++ % n}`);
  const cpu3 = cpuSeconds(server.child.pid);
  // 3. one official, one draft, autosave after autosave: does a save cost more as the draft's
  // audit trail grows? (mean of 20 saves after 100, 1,000 and 3,000 earlier ones)
  const serial: number[] = [];
  {
    const id = "warm-1";
    let etag = (await fetch(`${server.url}/v1/assessments/${id}`, { headers })).headers.get("etag") ?? "";
    let started = 0;
    for (let i = 1; i <= 3020; i++) {
      if (i === 101 || i === 1001 || i === 3001) started = performance.now();
      const res = await fetch(`${server.url}/v1/assessments/${id}`, {
        method: "PATCH",
        headers: { ...headers, "content-type": "application/merge-patch+json", "if-match": etag },
        body: JSON.stringify({ basics: { problem: `Yksi virkailija, tallennus ${i}` } }),
      });
      await res.arrayBuffer();
      etag = res.headers.get("etag") ?? etag;
      if (i === 120 || i === 1020 || i === 3020) serial.push((performance.now() - started) / 20);
    }
  }
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
  const perRequest = (cpu: number, r: autocannon.Result) =>
    r.requests.total > 0 ? `${Math.round((cpu * 1e6) / r.requests.total)} µs CPU/req` : "-";
  rows.push(
    `${String(n).padStart(5)} stored | statuses ${JSON.stringify(statuses)} | GET p50 ${get.latency.p50} ms, p90 ${get.latency.p90} ms, p99 ${get.latency.p99} ms, ${Math.round(get.requests.average)} req/s, ${perRequest(cpu1 - cpu0, get)}, non-2xx ${get.non2xx} | PATCH own draft p50 ${patch.latency.p50} ms, p90 ${patch.latency.p90} ms, p99 ${patch.latency.p99} ms, ${Math.round(patch.requests.average)} req/s, ${perRequest(cpu2 - cpu1, patch)}, non-2xx ${patch.non2xx} | PATCH own draft at a steady ${STEADY_RATE}/s p50 ${steady.p50.toFixed(1)} ms, p99 ${steady.p99.toFixed(1)} ms, max ${steady.max.toFixed(1)} ms, ${steady.count} saves, non-2xx ${steady.non2xx} | at ${REALISTIC_RATE}/s p50 ${realistic.p50.toFixed(1)} ms, p99 ${realistic.p99.toFixed(1)} ms, max ${realistic.max.toFixed(1)} ms, non-2xx ${realistic.non2xx} | PATCH each to the next assessment p50 ${spread.latency.p50} ms, p90 ${spread.latency.p90} ms, p99 ${spread.latency.p99} ms, ${Math.round(spread.requests.average)} req/s, ${perRequest(cpu3 - cpu2b, spread)}, non-2xx ${spread.non2xx} | one draft autosaved serially, after 100 / 1,000 / 3,000 saves: ${serial.map((ms) => ms.toFixed(1)).join(" / ")} ms a save`,
  );
}
pgServer?.stop();
process.stdout.write(
  `eva-api on ${postgres ? "PostgreSQL (fsync on)" : "lowdb"}, 50 connections, ${DURATION} s per run after a ${WARM_UP} s warm-up, load average before ${loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")}\n${rows.join("\n")}\n`,
);
