import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demoAssessment } from "eva-core";
import { startReceiver } from "./receiver.js";
import { postAs, startServerProcess } from "./server-process.js";

/**
 * Issue 22: every acknowledged approve is delivered, also across kill -9. One lane: `rounds`
 * times a real server process (lowdb in its own data directory, or PostgreSQL at
 * `databaseUrl`) gets `perRound` approvals one after another and is killed with SIGKILL at a
 * random moment during one of them; then it is started again, and every approval it answered 200 so far must reach
 * a receiver on 127.0.0.1 (allow-listed; EVA_WEBHOOK_PUBLIC=false). Returns what it counted.
 */
export async function webhookCrashLane(o: {
  rounds: number;
  seed: number;
  perRound?: number;
  databaseUrl?: string;
  /**
   * the longest wait for the deliveries after a restart; default 15 s, and 40 s on PostgreSQL,
   * where a delivery the killed process had taken waits for its lease (15 s) to run out
   */
  deliveryTimeoutMs?: number;
}) {
  const perRound = o.perRound ?? 3;
  const dir = mkdtempSync(join(tmpdir(), "eva-webhook-crash-"));
  const receiver = await startReceiver(() => 204);
  const env = {
    EVA_WEBHOOK_ALLOWED_HOSTS: "127.0.0.1",
    EVA_WEBHOOK_PUBLIC: "false",
    ...(o.databaseUrl ? { EVA_STORE: "postgres", EVA_DATABASE_URL: o.databaseUrl } : {}),
  };
  let seed = o.seed;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const acknowledged = new Set<string>();
  let kills = 0;
  /** the assessments whose approval the receiver has heard */
  const heard = () =>
    new Set(
      receiver.heard.map((h) => (JSON.parse(h.body) as { data: { assessmentId: string } }).data.assessmentId),
    );
  const lost = () => [...acknowledged].filter((id) => !heard().has(id));
  const waitForAll = async () => {
    const until = Date.now() + (o.deliveryTimeoutMs ?? (o.databaseUrl ? 40_000 : 15_000));
    while (lost().length > 0 && Date.now() < until) await new Promise((ok) => setTimeout(ok, 50));
  };
  try {
    for (let round = 0; round <= o.rounds; round++) {
      const server = await startServerProcess(dir, env);
      const call = postAs(server);
      // after the restart: everything acknowledged before must arrive
      await waitForAll();
      if (lost().length > 0 || round === o.rounds) {
        await server.stop();
        break;
      }
      if (round === 0) {
        const res = await call("/v1/webhooks", "admin", {
          url: receiver.url,
          events: ["assessment.approved"],
        });
        if (res.status !== 201) throw new Error(`register: ${res.status} ${await res.text()}`);
      }
      const submitted: Array<{ id: string; etag: string }> = [];
      for (let i = 0; i < perRound; i++) {
        const caseRef = {
          organization: "kaarina",
          system: "dynasty",
          caseId: `${o.seed}-${round}-${i}/02.02.00/2026`,
        };
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
        if (sub.status !== 200) throw new Error(`submit: ${sub.status} ${await sub.text()}`);
        submitted.push({ id, etag: sub.headers.get("etag") ?? "" });
      }
      // approvals one after another, and a kill at a random moment during the one after the
      // k-th answer (k random): while it makes its summary files, writes its record, or answers
      const k = Math.floor(random() * perRound);
      let killed = false;
      const approvals = (async () => {
        for (const [i, s] of submitted.entries()) {
          if (killed) return;
          const res = call(`/v1/assessments/${s.id}/approve`, "approver", undefined, s.etag);
          if (i === k)
            void new Promise((ok) => setTimeout(ok, random() * 1500)).then(() => {
              killed = true;
              return server.stop("SIGKILL");
            });
          try {
            const answer = await res;
            if (answer.status === 200) acknowledged.add(s.id);
          } catch {
            return; // the server died first: not acknowledged
          }
        }
      })();
      await approvals;
      // (at once, if the round's approvals were all answered before the kill's time)
      await server.stop("SIGKILL");
      kills++;
    }
    return { kills, acknowledged: acknowledged.size, lost: lost(), heard: receiver.heard.length };
  } finally {
    await receiver.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
