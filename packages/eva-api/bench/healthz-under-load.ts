// `pnpm bench:api:starvation`: does heavy work starve the event loop? A real server process on
// 127.0.0.1 (lowdb): first /healthz alone, then /healthz while 8 clients each keep one
// maximum-size POST /v1/evaluate running (6 alternatives, every criterion rated, samples at the
// documented maximum of 100,000), back to back for EVA_BENCH_SECONDS (10). /healthz is asked every
// 20 ms, one at a time, and its latency printed as p50 / p99 / max; so are the evaluations
// (answered, 503 with Retry-After from the queue limit, latency). Prints figures; asserts nothing.
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { type AssessmentDraft, demoAssessment, exampleStrategies } from "eva-core";
import { startServerProcess } from "../test/server-process.js";

const SECONDS = Number(process.env.EVA_BENCH_SECONDS ?? 10);
const CLIENTS = 8;
const SAMPLES = 100_000;

/** The demo case grown to the schema's 6 alternatives, each rated on every criterion. */
function sixAlternatives(): AssessmentDraft {
  const a = structuredClone(demoAssessment) as AssessmentDraft &
    Required<Pick<AssessmentDraft, "alternatives">>;
  const source = "uudisrakennus";
  const extra = [4, 5, 6].map((n) => `vaihtoehto-${n}`);
  a.alternatives = [
    ...a.alternatives,
    ...extra.map((id, i) => ({
      id,
      name: `Vaihtoehto ${i + 4}`,
      description: "Kuormitustestin lisävaihtoehto.",
      actions: "Kuten uudisrakennus, eri painotuksin.",
      baseline: false,
    })),
  ];
  const clamp = (v: number) => Math.max(-3, Math.min(3, v));
  const copies = extra.flatMap((id, i) =>
    (a.ratings ?? [])
      .filter((r) => r.alternativeId === source)
      .map((r) => ({
        ...r,
        alternativeId: id,
        ...(typeof r.value === "number" ? { value: clamp(r.value + (i % 3) - 1) } : {}),
      })),
  );
  a.ratings = [...(a.ratings ?? []), ...copies];
  if (a.economy?.flows) {
    const flow = a.economy.flows.find((f) => f.alternativeId === source);
    if (flow) a.economy.flows = [...a.economy.flows, ...extra.map((id) => ({ ...flow, alternativeId: id }))];
  }
  return a;
}

const quantile = (sorted: number[], q: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number);
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

async function probeHealthz(url: string, until: () => boolean): Promise<number[]> {
  const times: number[] = [];
  while (!until()) {
    const started = performance.now();
    const res = await fetch(`${url}/healthz`);
    await res.arrayBuffer();
    times.push(performance.now() - started);
    await sleep(20);
  }
  return times.sort((x, y) => x - y);
}

const dir = mkdtempSync(join(tmpdir(), "eva-bench-starve-"));
const server = await startServerProcess(
  dir,
  process.env.EVA_BENCH_ENV ? JSON.parse(process.env.EVA_BENCH_ENV) : {},
);
try {
  const token = server.tokens.find((t) => t.organization === "kaarina" && t.role === "reader")?.token ?? "";
  const body = JSON.stringify({
    assessment: sixAlternatives(),
    strategy: exampleStrategies.kaarina,
    samples: SAMPLES,
  });
  const evaluate = () =>
    fetch(`${server.url}/v1/evaluate`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body,
    });
  const first = await evaluate();
  if (first.status !== 200) throw new Error(`evaluate: ${first.status} ${await first.text()}`);
  await first.arrayBuffer();
  // warm-up: the JIT, and the worker threads' own
  await Promise.all(Array.from({ length: 4 }, async () => (await evaluate()).arrayBuffer()));

  let idleDone = false;
  setTimeout(() => {
    idleDone = true;
  }, 3000);
  const idle = await probeHealthz(server.url, () => idleDone);

  let stop = false;
  const answered: number[] = [];
  let refused = 0;
  const retryAfter = new Set<string>();
  const clients = Array.from({ length: CLIENTS }, async () => {
    while (!stop) {
      const started = performance.now();
      const res = await evaluate();
      await res.arrayBuffer();
      if (res.status === 200) answered.push(performance.now() - started);
      else if (res.status === 503) {
        refused++;
        retryAfter.add(res.headers.get("retry-after") ?? "none");
        await sleep(100);
      } else throw new Error(`evaluate: ${res.status}`);
    }
  });
  setTimeout(() => {
    stop = true;
  }, SECONDS * 1000);
  const loaded = await probeHealthz(server.url, () => stop);
  await Promise.all(clients);
  answered.sort((x, y) => x - y);

  const line = (name: string, xs: number[]) =>
    `${name.padEnd(38)} n=${String(xs.length).padStart(4)}  p50 ${fmt(quantile(xs, 0.5))}  p99 ${fmt(quantile(xs, 0.99))}  max ${fmt(xs[xs.length - 1] ?? Number.NaN)}`;
  process.stdout.write(
    [
      `cores ${availableParallelism()}, load average ${loadavg()[0]?.toFixed(2)} (the machine is shared)`,
      line("/healthz, idle", idle),
      line(`/healthz, ${CLIENTS} evaluations running`, loaded),
      line(`POST /v1/evaluate (6 alt., ${SAMPLES / 1000}k samples)`, answered),
      `  answered ${answered.length} in ${SECONDS} s (${(answered.length / SECONDS).toFixed(1)}/s), 503 ${refused}${refused ? ` (Retry-After: ${[...retryAfter].join(", ")})` : ""}`,
      "",
    ].join("\n"),
  );
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
