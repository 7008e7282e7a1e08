import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demoAssessment } from "eva-core";
import { describe, expect, it } from "vitest";
import { hashToken, type TokenEntry } from "../src/auth/auth.js";
import { fourEyesFromEnv, startServer } from "../src/server.js";
import { type TestApp, testApp, token } from "./harness.js";

// Issue 21 item 7: the demo admin holds every role and could approve its own assessment. The
// four-eyes rule (on by default outside demo mode): whoever created or submitted an assessment
// may not approve it.
const both = "test-kaarina-preparer-and-approver";
const tokens: TokenEntry[] = [
  { sha256: hashToken(both), organization: "kaarina", roles: ["preparer", "approver"], name: "Sanna" },
];

/** A Kaarina draft, completed with the demo data, submitted by `submitter`; its ETag after. */
async function submitted(t: TestApp, creator: string, submitter: string, caseId: string) {
  const res = await t.call("POST", "/v1/assessments", {
    token: creator,
    body: {
      caseRef: { organization: "kaarina", system: "dynasty", caseId },
      strategyId: "kaarina-strategia",
    },
  });
  const { id } = (await res.json()) as { id: string };
  const { basics, ...rest } = structuredClone(demoAssessment);
  const put = await t.call("PUT", `/v1/assessments/${id}`, {
    token: creator,
    body: { ...rest, basics: { ...basics, caseRef: { organization: "kaarina", system: "dynasty", caseId } } },
    headers: { "if-match": res.headers.get("etag") ?? "" },
  });
  expect(put.status).toBe(200);
  const sub = await t.call("POST", `/v1/assessments/${id}/submit`, {
    token: submitter,
    headers: { "if-match": put.headers.get("etag") ?? "" },
  });
  expect(sub.status).toBe(200);
  return { id, etag: sub.headers.get("etag") ?? "" };
}
const approve = (t: TestApp, who: string, id: string, etag: string) =>
  t.call("POST", `/v1/assessments/${id}/approve`, {
    token: who,
    headers: { "if-match": etag, "accept-language": "fi" },
  });

describe("four-eyes rule", () => {
  it("on: the one who created and submitted may not approve (403); another approver may", async () => {
    const t = await testApp({ tokens });
    try {
      const { id, etag } = await submitted(t, both, both, "4EYES/1/2026");
      const res = await approve(t, both, id, etag);
      expect(res.status).toBe(403);
      const p = (await res.json()) as { type: string; title: string };
      expect(p.type).toBe("urn:eva:problem:four-eyes");
      expect(p.title).toBe("Hyväksyjä ei voi olla arvioinnin valmistelija");
      expect((await approve(t, token("kaarina", "approver"), id, etag)).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it("on: neither the creator nor the submitter may approve", async () => {
    const t = await testApp({ tokens });
    try {
      // created by Sanna, submitted by the preparer: Sanna may not approve
      let s = await submitted(t, both, token("kaarina", "preparer"), "4EYES/2/2026");
      expect((await approve(t, both, s.id, s.etag)).status).toBe(403);
      // created by the preparer, submitted by Sanna: Sanna may not approve either
      s = await submitted(t, token("kaarina", "preparer"), both, "4EYES/3/2026");
      expect((await approve(t, both, s.id, s.etag)).status).toBe(403);
      // neither: she may
      s = await submitted(t, token("kaarina", "preparer"), token("kaarina", "preparer"), "4EYES/4/2026");
      expect((await approve(t, both, s.id, s.etag)).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it("off: one person may prepare and approve", async () => {
    const t = await testApp({ tokens, fourEyes: false });
    try {
      const { id, etag } = await submitted(t, both, both, "4EYES/5/2026");
      expect((await approve(t, both, id, etag)).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it("is on by default, off in demo mode (demo tokens) unless EVA_FOUR_EYES says otherwise", () => {
    expect(fourEyesFromEnv({}, false)).toBe(true);
    expect(fourEyesFromEnv({}, true)).toBe(false);
    expect(fourEyesFromEnv({ EVA_FOUR_EYES: "true" }, true)).toBe(true);
    expect(fourEyesFromEnv({ EVA_FOUR_EYES: "false" }, false)).toBe(false);
    expect(() => fourEyesFromEnv({ EVA_FOUR_EYES: "maybe" }, false)).toThrow(
      /^EVA_FOUR_EYES must be true or false: "maybe"$/,
    );
  });

  it("pnpm start's demo mode says so: in /app-config.json for the sign-in page, and in the log", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eva-4eyes-"));
    const server = await startServer({
      EVA_DATA_DIR: dir,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "silent",
    });
    try {
      expect(server.demoTokens.length).toBeGreaterThan(0);
      expect(server.notices.join("\n")).toMatch(/four-eyes rule is off/);
      const config = await (await fetch(`${server.url}/app-config.json`)).json();
      expect(config).toEqual({ signIn: "token", demo: true, fourEyes: false });
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
