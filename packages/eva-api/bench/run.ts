// `pnpm bench:api`: autocannon against a real server process on 127.0.0.1 (lowdb), with 500 and
// 5,000 stored assessments, 50 connections: GET one assessment and PATCH (autosave) one.
// Bounded: 8 s per run. Prints figures; asserts nothing.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { seedDemo } from "../src/seed.js";
import { LowdbStore } from "../src/store/lowdb-store.js";
import { type AssessmentRecord, makeEtag } from "../src/store/store.js";
import { startServerProcess } from "../test/server-process.js";

const DURATION = Number(process.env.EVA_BENCH_SECONDS ?? 8);

async function prepare(n: number): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), `eva-bench-${n}-`));
  const store = await LowdbStore.open(dir);
  await seedDemo(store, () => new Date());
  const template = (await store.getAssessment("kaarina", "demo-littoinen-draft")) as AssessmentRecord;
  for (let i = 0; i < n; i++) {
    const id = `bench-${i}`;
    await store.putAssessment({ ...template, id, etag: makeEtag("assessment", id, 1) }, null);
  }
  await store.close();
  return dir;
}

function run(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((ok, fail) => {
    autocannon(opts, (err, res) => (err ? fail(err) : ok(res)));
  });
}

const rows: string[] = [];
for (const n of (process.env.EVA_BENCH_SIZES ?? "500,5000").split(",").map(Number)) {
  const dir = await prepare(n);
  const server = await startServerProcess(dir, {
    EVA_RATE_LIMIT: "100000000",
    UV_THREADPOOL_SIZE: process.env.UV_THREADPOOL_SIZE ?? "4",
  });
  const token = server.tokens.find((t) => t.organization === "kaarina" && t.role === "preparer")?.token ?? "";
  const headers = { authorization: `Bearer ${token}` };
  let next = 0;
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
  // requests cycle through the stored assessments, each carrying that assessment's latest ETag
  let conn = 0;
  const etags = new Map<string, string>();
  const statuses: Record<number, number> = {};
  const patch = await run({
    url: server.url,
    connections: 50,
    duration: DURATION,
    initialContext: {},
    requests: [
      {
        method: "PATCH",
        setupRequest: (req, ctx) => {
          const context = ctx as Record<string, unknown>;
          const id = `bench-${conn++ % n}`;
          context.id = id;
          context.etag = etags.get(id) ?? makeEtag("assessment", id, 1);
          context.n = conn;
          return {
            ...req,
            path: `/v1/assessments/${context.id}`,
            headers: {
              ...headers,
              "content-type": "application/merge-patch+json",
              "if-match": String(context.etag),
            },
            body: JSON.stringify({ basics: { problem: `Ongelma, tallennus ${context.n}` } }),
          };
        },
        onResponse: (status, _body, ctx, resHeaders) => {
          const etag = resHeaders?.etag;
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (status === 200 && typeof etag === "string")
            etags.set(String((ctx as Record<string, unknown>).id), etag);
        },
      },
    ],
  });
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
  rows.push(
    `${String(n).padStart(5)} stored | statuses ${JSON.stringify(statuses)} | GET p50 ${get.latency.p50} ms, p99 ${get.latency.p99} ms, ${Math.round(get.requests.average)} req/s, non-2xx ${get.non2xx} | PATCH p50 ${patch.latency.p50} ms, p99 ${patch.latency.p99} ms, ${Math.round(patch.requests.average)} req/s, non-2xx ${patch.non2xx}`,
  );
}
process.stdout.write(`eva-api on lowdb, 50 connections, ${DURATION} s per run\n${rows.join("\n")}\n`);
