import { Webhook } from "standardwebhooks";
import { afterEach, describe, expect, it } from "vitest";
import { followUpDueTick } from "../src/webhooks/follow-up-due.js";
import { submitDraft, type TestApp, testApp, token } from "./harness.js";
import { startReceiver } from "./receiver.js";

// Issue 22 "Done when": a real receiver on 127.0.0.1 hears submit and approve within seconds,
// each verified with the standardwebhooks library; a receiver that answers 500 twice gets the same
// webhook-id a third time; after a rotation both secrets verify for the overlap. Also: a delivery
// that never succeeds is failed after 3 days, and the SSRF guard holds at delivery time.

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of closers.splice(0).reverse()) await c();
});

const admin = token("kaarina", "admin");

/** A test app whose clock starts now (Standard Webhooks receivers refuse timestamps 5 min off). */
async function app(resolve?: (host: string) => Promise<string[]>) {
  const t = await testApp({
    start: Date.now(),
    webhookPolicy: { allowedHosts: ["127.0.0.1"], publicDelivery: true, ...(resolve ? { resolve } : {}) },
  });
  closers.push(() => t.close());
  return t;
}

async function receiver(answers: number[] = [], host = "127.0.0.1") {
  const r = await startReceiver(answers, host);
  closers.push(() => r.close());
  return r;
}

async function register(t: TestApp, url: string, events: string[]) {
  const res = await t.call("POST", "/v1/webhooks", { token: admin, body: { url, events } });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; secret: string; etag: string };
}

const headersOf = (h: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(h).filter(([, v]) => typeof v === "string")) as Record<string, string>;

describe("webhook delivery to a real receiver on 127.0.0.1", () => {
  it("delivers submit and approve within seconds, each verifying with the secret", async () => {
    const t = await app();
    const r = await receiver();
    const hook = await register(t, r.url, ["assessment.submitted", "assessment.approved"]);
    t.worker.start(200);
    const { id, etag } = await submitDraft(t);
    const approved = await t.call("POST", `/v1/assessments/${id}/approve`, {
      token: token("kaarina", "approver"),
      headers: { "if-match": etag },
    });
    expect(approved.status).toBe(200);
    await r.until(2, 5000);
    const wh = new Webhook(hook.secret);
    const bodies = r.heard.map((h) => wh.verify(h.body, headersOf(h.headers)) as Record<string, unknown>);
    expect(bodies.map((b) => b.type).sort()).toEqual(["assessment.approved", "assessment.submitted"]);
    const approval = bodies.find((b) => b.type === "assessment.approved");
    expect(approval?.data).toEqual({
      organization: "kaarina",
      assessmentId: id,
      version: 1,
      status: "approved",
      caseRef: { system: "dynasty", caseId: "123/02.02.00/2026" },
      attachmentUrl: `http://localhost/v1/assessments/${id}/attachment`,
    });
    expect(new Set(r.heard.map((h) => h.headers["webhook-id"])).size).toBe(2);
    // a tampered body does not verify
    const [first] = r.heard;
    if (!first) throw new Error("nothing heard");
    expect(() => wh.verify(`${first.body} `, headersOf(first.headers))).toThrow();
    const deliveries = await (
      await t.call("GET", `/v1/webhooks/${hook.id}/deliveries`, { token: admin })
    ).json();
    await expect
      .poll(async () =>
        (
          await (await t.call("GET", `/v1/webhooks/${hook.id}/deliveries`, { token: admin })).json()
        ).items.map((d: { status: string }) => d.status),
      )
      .toEqual(["delivered", "delivered"]);
    expect(deliveries.items).toHaveLength(2);
  });

  it("sends the same webhook-id again after two 500s, the first retry within 30 s", async () => {
    const t = await app();
    const r = await receiver([500, 500]);
    const hook = await register(t, r.url, ["assessment.submitted"]);
    await submitDraft(t);
    const deliveries = async () =>
      (await (await t.call("GET", `/v1/webhooks/${hook.id}/deliveries`, { token: admin })).json()).items;
    expect(await t.worker.tick()).toBe(1);
    const [afterOne] = await deliveries();
    expect(afterOne).toMatchObject({ status: "pending", attempts: 1, responseStatus: 500 });
    expect(afterOne.responseExcerpt.length).toBeLessThanOrEqual(256);
    const wait = Date.parse(afterOne.nextAttemptAt) - Date.parse(afterOne.lastAttemptAt);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(30_000);
    // not due yet: nothing is sent
    expect(await t.worker.tick()).toBe(0);
    t.advance(wait);
    expect(await t.worker.tick()).toBe(1);
    const [afterTwo] = await deliveries();
    t.advance(Date.parse(afterTwo.nextAttemptAt) - Date.parse(afterTwo.lastAttemptAt));
    expect(await t.worker.tick()).toBe(1);
    expect(r.heard).toHaveLength(3);
    const ids = r.heard.map((h) => h.headers["webhook-id"]);
    expect(new Set(ids).size).toBe(1);
    const [third] = r.heard.slice(-1);
    if (!third) throw new Error("nothing heard");
    expect(() => new Webhook(hook.secret).verify(third.body, headersOf(third.headers))).not.toThrow();
    expect((await deliveries())[0]).toMatchObject({ status: "delivered", attempts: 3, responseStatus: 204 });
  });

  it("signs with both secrets for 24 h after a rotation, then with the new one only", async () => {
    const t = await app();
    const r = await receiver();
    const hook = await register(t, r.url, ["assessment.submitted", "assessment.returned"]);
    const rotated = await t.call("POST", `/v1/webhooks/${hook.id}/rotate-secret`, {
      token: admin,
      headers: { "if-match": hook.etag },
    });
    const fresh = (await rotated.json()) as { secret: string };
    const { id, etag } = await submitDraft(t);
    await t.worker.tick();
    const [during] = r.heard;
    if (!during) throw new Error("nothing heard");
    expect(String(during.headers["webhook-signature"]).split(" ")).toHaveLength(2);
    for (const secret of [hook.secret, fresh.secret])
      expect(() => new Webhook(secret).verify(during.body, headersOf(during.headers))).not.toThrow();
    // after the overlap the old secret signs no more
    t.advance(24 * 3600_000 + 1000);
    const back = await t.call("POST", `/v1/assessments/${id}/return`, {
      token: token("kaarina", "approver"),
      headers: { "if-match": etag },
      body: { comment: "Täydennä" },
    });
    expect(back.status).toBe(200);
    await t.worker.tick();
    const after = r.heard[1];
    if (!after) throw new Error("nothing heard");
    const h = headersOf(after.headers);
    const at = new Date(Number(h["webhook-timestamp"]) * 1000);
    // the library's own signature with each secret (verify() would refuse the moved clock's timestamp)
    expect(h["webhook-signature"]).toBe(
      new Webhook(fresh.secret).sign(h["webhook-id"] ?? "", at, after.body),
    );
  });

  it("gives up after 3 days of failures: failed, visible in the deliveries, and sent again on retry", async () => {
    const t = await app();
    const r = await receiver(Array(100).fill(503));
    const hook = await register(t, r.url, ["assessment.submitted"]);
    await submitDraft(t);
    const list = async () =>
      (await (await t.call("GET", `/v1/webhooks/${hook.id}/deliveries`, { token: admin })).json()).items;
    const start = (await list())[0];
    for (let i = 0; i < 100; i++) {
      await t.worker.tick();
      const [d] = await list();
      if (d.status !== "pending") break;
      t.advance(Date.parse(d.nextAttemptAt) - Date.parse(d.lastAttemptAt));
    }
    const [d] = await list();
    expect(d).toMatchObject({ status: "failed", responseStatus: 503, nextAttemptAt: null });
    expect(Date.parse(d.lastAttemptAt) - Date.parse(start.createdAt)).toBeGreaterThanOrEqual(
      3 * 24 * 3600_000,
    );
    // backoff: days of retries in a few dozen attempts, not thousands
    expect(d.attempts).toBeGreaterThan(10);
    expect(d.attempts).toBeLessThan(40);
    const heard = r.heard.length;
    const again = await t.call("POST", `/v1/webhooks/${hook.id}/deliveries/${d.id}/retry`, { token: admin });
    expect(again.status).toBe(202);
    await t.worker.tick();
    expect(r.heard.length).toBe(heard + 1);
    expect(r.heard.at(-1)?.headers["webhook-id"]).toBe(r.heard[0]?.headers["webhook-id"]);
  });

  it("refuses at delivery a host that now resolves to a private or loopback address (127.0.0.2 off the list)", async () => {
    const dns: Record<string, string[]> = { "hooks.example": ["93.184.215.14"] };
    const t = await app(async (host) => dns[host] ?? []);
    const r = await receiver([], "127.0.0.2");
    const port = new URL(r.url).port;
    const hook = await register(t, `https://hooks.example:${port}/hooks/eva`, ["assessment.submitted"]);
    // the name now points at loopback (DNS rebinding): the delivery must not connect
    dns["hooks.example"] = ["127.0.0.2"];
    await submitDraft(t);
    await t.worker.tick();
    const [d] = (await (await t.call("GET", `/v1/webhooks/${hook.id}/deliveries`, { token: admin })).json())
      .items;
    expect(d).toMatchObject({ status: "pending", attempts: 1, error: "refused: webhook_url_private" });
    for (const next of ["10.0.0.7", "169.254.169.254", "fd00:ec2::254"]) {
      dns["hooks.example"] = [next];
      t.advance(3600_000);
      await t.worker.tick();
      const [x] = (await (await t.call("GET", `/v1/webhooks/${hook.id}/deliveries`, { token: admin })).json())
        .items;
      expect(x.error).toBe("refused: webhook_url_private");
    }
    expect(r.heard).toEqual([]);
    // and 127.0.0.2 itself cannot be registered
    const direct = await t.call("POST", "/v1/webhooks", {
      token: admin,
      body: { url: r.url, events: ["assessment.submitted"] },
    });
    expect(direct.status).toBe(422);
  });

  it("sends follow_up.due once, when the approved version's follow-up date has passed", async () => {
    const t = await app();
    const r = await receiver();
    const hook = await register(t, r.url, ["follow_up.due"]);
    const { id, etag } = await submitDraft(t);
    const approved = await t.call("POST", `/v1/assessments/${id}/approve`, {
      token: token("kaarina", "approver"),
      headers: { "if-match": etag },
    });
    expect(approved.status).toBe(200);
    // the demo assessment's follow-up is on 2030-06-01
    expect(await followUpDueTick(t.store, t.clock)).toBe(0);
    t.advance(Date.parse("2030-06-02T08:00:00Z") - t.clock().getTime());
    // (the demo data's approved assessments fall due by then too)
    expect(await followUpDueTick(t.store, t.clock)).toBeGreaterThanOrEqual(1);
    expect(await followUpDueTick(t.store, t.clock)).toBe(0);
    // the mark is not a change a client sees: the assessment's ETag stays
    const now = await t.call("GET", `/v1/assessments/${id}`, { token: admin });
    expect(now.headers.get("etag")).toBe(approved.headers.get("etag"));
    await t.worker.tick();
    const ours = r.heard.map((h) => JSON.parse(h.body)).filter((b) => b.data.assessmentId === id);
    expect(ours).toHaveLength(1);
    const [body] = ours;
    expect(body).toMatchObject({
      type: "follow_up.due",
      data: { assessmentId: id, version: 1, status: "approved" },
    });
    const [d] = (await (await t.call("GET", `/v1/webhooks/${hook.id}/deliveries`, { token: admin })).json())
      .items;
    expect(d).toMatchObject({ type: "follow_up.due", status: "delivered" });
  });
});
