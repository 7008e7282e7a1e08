import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "eva-api";
import { demoAssessment } from "eva-core";
import { describe, expect, it } from "vitest";
import { type EvaEvent, webhookHandler } from "./receiver.js";

// The README's usage block, verbatim; the first test keeps the two equal, the second runs it
// against a real EVA on 127.0.0.1 (allow-listed; EVA_WEBHOOK_PUBLIC=false) with the secret that
// registering the endpoint answered.
const usage = `import { createServer } from "node:http";
import { type EvaEvent, webhookHandler } from "./src/receiver.js";

const heard: EvaEvent[] = [];
const handler = webhookHandler(secret, async (event, webhookId) => {
  // e.g. file the approved summary in the case: GET event.data.attachmentUrl with your token
  heard.push(event);
});
const receiver = createServer(handler).listen(port, "127.0.0.1");`;

describe("README", () => {
  it("shows the usage block that this test runs", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    expect(readme).toContain(`\`\`\`ts\n${usage}\n\`\`\``);
  });

  it("hears a submitted assessment from a real EVA, verified, once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eva-receiver-"));
    const server = await startServer({
      EVA_DATA_DIR: dir,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "silent",
      EVA_WEBHOOK_ALLOWED_HOSTS: "127.0.0.1",
      EVA_WEBHOOK_PUBLIC: "false",
    });
    const tokenOf = (role: string) =>
      server.demoTokens.find((t) => t.organization === "kaarina" && t.role === role)?.token ?? "";
    const call = async (path: string, role: string, body: unknown, etag?: string) => {
      const res = await fetch(`${server.url}${path}`, {
        method: "POST",
        headers: {
          authorization: `Bearer ${tokenOf(role)}`,
          "content-type": "application/json",
          ...(etag ? { "if-match": etag } : {}),
        },
        body: JSON.stringify(body),
      });
      return { status: res.status, etag: res.headers.get("etag") ?? "", json: await res.json() };
    };
    const pending: Array<() => Promise<void>> = [() => server.stop()];
    try {
      // a free port for the receiver, registered first: its secret is answered only then
      const probe = createServer().listen(0, "127.0.0.1");
      await new Promise((ok) => probe.once("listening", ok));
      const port = (probe.address() as AddressInfo).port;
      await new Promise((ok) => probe.close(ok));
      const hook = await call("/v1/webhooks", "admin", {
        url: `http://127.0.0.1:${port}/hooks/eva`,
        events: ["assessment.submitted"],
      });
      expect(hook.status).toBe(201);
      const secret: string = hook.json.secret;

      const heard: EvaEvent[] = [];
      const handler = webhookHandler(secret, async (event, webhookId) => {
        // e.g. file the approved summary in the case: GET event.data.attachmentUrl with your token
        heard.push(event);
      });
      const receiver = createServer(handler).listen(port, "127.0.0.1");
      // (the README block ends here)
      pending.push(() => new Promise((ok) => receiver.close(() => ok())));
      await new Promise((ok) => receiver.once("listening", ok));

      const caseRef = { organization: "kaarina", system: "dynasty", caseId: "900/02.02.00/2026" };
      const made = await call("/v1/assessments", "preparer", {
        caseRef,
        strategyId: "kaarina-strategia",
        assessment: { ...demoAssessment, basics: { ...demoAssessment.basics, caseRef } },
      });
      expect(made.status).toBe(201);
      const submitted = await call(
        `/v1/assessments/${made.json.id}/submit`,
        "preparer",
        undefined,
        made.etag,
      );
      expect(submitted.status).toBe(200);
      await expect.poll(() => heard.length, { timeout: 10_000 }).toBe(1);
      expect(heard[0]).toMatchObject({
        type: "assessment.submitted",
        data: { assessmentId: made.json.id, status: "submitted", caseRef: { system: "dynasty" } },
      });

      // a request that is not signed with the secret is refused
      const forged = await fetch(`http://127.0.0.1:${port}/hooks/eva`, {
        method: "POST",
        headers: { "webhook-id": "msg_x", "webhook-timestamp": "1", "webhook-signature": "v1,AAAA" },
        body: "{}",
      });
      expect(forged.status).toBe(401);
    } finally {
      for (const close of pending.reverse()) await close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
