// `pnpm --filter eva-api bench:webhooks` (part of `pnpm bench`): approve → delivered latency with
// 10 endpoints. A real server process (lowdb, or PostgreSQL with EVA_BENCH_STORE=postgres and
// EVA_DATABASE_URL) with 10 endpoints on receivers on 127.0.0.1 (allow-listed;
// EVA_WEBHOOK_PUBLIC=false) that take assessment.approved; APPROVALS approvals one after another,
// and for each endpoint the time from the approve's 200 answer to the receiver hearing its event
// (negative: the event arrived before the answer did). Prints figures; asserts nothing.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demoAssessment } from "eva-core";
import { startReceiver } from "../test/receiver.js";
import { postAs, startServerProcess } from "../test/server-process.js";

const APPROVALS = Number(process.env.EVA_BENCH_APPROVALS ?? 40);
const ENDPOINTS = 10;

const dir = mkdtempSync(join(tmpdir(), "eva-bench-webhooks-"));
const receivers = await Promise.all(Array.from({ length: ENDPOINTS }, () => startReceiver(() => 204)));
const server = await startServerProcess(dir, {
  EVA_WEBHOOK_ALLOWED_HOSTS: "127.0.0.1",
  EVA_WEBHOOK_PUBLIC: "false",
  ...(process.env.EVA_BENCH_STORE === "postgres"
    ? { EVA_STORE: "postgres", EVA_DATABASE_URL: process.env.EVA_DATABASE_URL ?? "" }
    : {}),
});
try {
  const call = postAs(server);
  for (const r of receivers) {
    const res = await call("/v1/webhooks", "admin", { url: r.url, events: ["assessment.approved"] });
    if (res.status !== 201) throw new Error(`register: ${res.status}`);
  }
  const latencies: number[] = [];
  const approveMs: number[] = [];
  for (let i = 0; i < APPROVALS; i++) {
    const caseRef = { organization: "kaarina", system: "dynasty", caseId: `${i}/02.02.00/2026` };
    const made = await call("/v1/assessments", "preparer", {
      caseRef,
      strategyId: "kaarina-strategia",
      assessment: { ...demoAssessment, basics: { ...demoAssessment.basics, caseRef } },
    });
    const { id } = (await made.json()) as { id: string };
    const sub = await call(
      `/v1/assessments/${id}/submit`,
      "preparer",
      undefined,
      made.headers.get("etag") ?? "",
    );
    const before = receivers.map((r) => r.heard.length);
    const sent = performance.now();
    const res = await call(
      `/v1/assessments/${id}/approve`,
      "approver",
      undefined,
      sub.headers.get("etag") ?? "",
    );
    if (res.status !== 200) throw new Error(`approve: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
    const acknowledged = Date.now();
    approveMs.push(performance.now() - sent);
    await Promise.all(receivers.map((r, k) => r.until((before[k] ?? 0) + 1, 10_000)));
    for (const [k, r] of receivers.entries())
      latencies.push((r.heard[before[k] ?? 0]?.at ?? 0) - acknowledged);
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
  const ms = (v: number) => `${v.toFixed(0)} ms`;
  process.stdout.write(
    [
      `webhooks (${process.env.EVA_BENCH_STORE === "postgres" ? "PostgreSQL" : "lowdb"}): ${APPROVALS} approvals × ${ENDPOINTS} endpoints = ${latencies.length} deliveries`,
      `  approve → delivered (from the 200 answer): p50 ${ms(q(0.5))}, p99 ${ms(q(0.99))}, max ${ms(sorted.at(-1) ?? Number.NaN)}, min ${ms(sorted[0] ?? Number.NaN)}`,
      `  the approve itself (summary files made): p50 ${ms([...approveMs].sort((a, b) => a - b)[Math.floor(approveMs.length / 2)] ?? 0)}`,
      "",
    ].join("\n"),
  );
} finally {
  await server.stop();
  for (const r of receivers) await r.close();
  rmSync(dir, { recursive: true, force: true });
}
