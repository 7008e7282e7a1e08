import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createEvaClient } from "../src/client.js";
import { submitDraft, type TestApp, testApp, token } from "./harness.js";

// Issue 22: the webhook endpoints' routes (admin only, per organization) and where an endpoint
// may point (SSRF at registration). Deliveries are in webhook-delivery.test.ts.

let t: TestApp;
beforeEach(async () => {
  t = await testApp({
    webhookPolicy: {
      allowedHosts: ["127.0.0.1"],
      publicDelivery: true,
      // no DNS from a test: these names resolve here
      resolve: async (host) =>
        ({
          "public.example": ["93.184.215.14"],
          "internal.example": ["10.1.2.3"],
          "v6.example": ["fd00:ec2::254"],
        })[host] ?? [],
    },
  });
});
afterEach(() => t.close());

const admin = token("kaarina", "admin");
const register = (url: string, as = admin, events = ["assessment.approved"]) =>
  t.call("POST", "/v1/webhooks", { token: as, body: { url, events } });

describe("webhook endpoints", () => {
  it("registers one for the admin, shows its secret only then, and lists it for its organization only", async () => {
    const res = await register("https://public.example/eva");
    expect(res.status).toBe(201);
    const made = (await res.json()) as { id: string; secret: string; etag: string };
    expect(made.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(res.headers.get("location")).toBe(`/v1/webhooks/${made.id}`);
    expect(res.headers.get("etag")).toBe(made.etag);
    const list = await (await t.call("GET", "/v1/webhooks", { token: admin })).json();
    expect(list.items).toHaveLength(1);
    expect(JSON.stringify(list)).not.toContain(made.secret);
    const other = await (await t.call("GET", "/v1/webhooks", { token: token("heinola", "admin") })).json();
    expect(other.items).toEqual([]);
    // another organization's endpoint is not found, never forbidden
    const del = await t.call("DELETE", `/v1/webhooks/${made.id}`, {
      token: token("heinola", "admin"),
      headers: { "if-match": made.etag },
    });
    expect(del.status).toBe(404);
  });

  it("is for admins only", async () => {
    for (const role of ["preparer", "approver", "reader"] as const) {
      expect((await register("https://public.example/eva", token("kaarina", role))).status).toBe(403);
      expect((await t.call("GET", "/v1/webhooks", { token: token("kaarina", role) })).status).toBe(403);
    }
  });

  it("validates the body with JSON Pointer paths in the caller's language", async () => {
    const res = await t.call("POST", "/v1/webhooks", {
      token: admin,
      body: { url: "https://public.example/eva", events: ["assessment.exploded"] },
      headers: { "accept-language": "sv" },
    });
    expect(res.status).toBe(422);
    const p = await res.json();
    expect(p.errors.map((e: { path: string }) => e.path)).toEqual(["/events/0"]);
  });

  it("refuses at registration: http off the list, loopback off the list, 10.x, 169.254.169.254, a name resolving to a private address", async () => {
    const cases: Array<[string, string]> = [
      ["http://public.example/eva", "webhook_url_https"],
      ["https://127.0.0.2/eva", "webhook_url_private"],
      ["https://[::1]/eva", "webhook_url_private"],
      ["https://10.0.0.8/eva", "webhook_url_private"],
      ["https://169.254.169.254/latest/meta-data/", "webhook_url_private"],
      ["https://internal.example/eva", "webhook_url_private"],
      ["https://v6.example/eva", "webhook_url_private"],
      ["https://nowhere.example/eva", "webhook_url_unresolvable"],
      ["https://user:pw@public.example/eva", "webhook_url_invalid"],
      ["not a url", "webhook_url_invalid"],
    ];
    for (const [url, code] of cases) {
      const res = await t.call("POST", "/v1/webhooks", {
        token: admin,
        body: { url, events: ["assessment.approved"] },
        headers: { "accept-language": "en" },
      });
      expect(res.status, url).toBe(422);
      const p = await res.json();
      expect(p.errors, url).toEqual([{ path: "/url", code, message: expect.any(String) }]);
    }
    // the allow-listed host may use http (and its private address)
    expect((await register("http://127.0.0.1:9/eva")).status).toBe(201);
  });

  it("deletes and rotates only with the current ETag", async () => {
    const made = (await (await register("https://public.example/eva")).json()) as {
      id: string;
      etag: string;
      secret: string;
    };
    const path = `/v1/webhooks/${made.id}`;
    expect((await t.call("DELETE", path, { token: admin })).status).toBe(428);
    expect((await t.call("POST", `${path}/rotate-secret`, { token: admin })).status).toBe(428);
    const rotated = await t.call("POST", `${path}/rotate-secret`, {
      token: admin,
      headers: { "if-match": made.etag },
    });
    expect(rotated.status).toBe(200);
    const r = (await rotated.json()) as { secret: string; etag: string; previousSecretValidUntil: string };
    expect(r.secret).not.toBe(made.secret);
    expect(r.previousSecretValidUntil).toBe("2026-03-02T09:00:00.000Z");
    expect((await t.call("DELETE", path, { token: admin, headers: { "if-match": made.etag } })).status).toBe(
      412,
    );
    expect((await t.call("DELETE", path, { token: admin, headers: { "if-match": r.etag } })).status).toBe(
      204,
    );
    expect((await (await t.call("GET", "/v1/webhooks", { token: admin })).json()).items).toEqual([]);
    expect((await t.call("GET", `${path}/deliveries`, { token: admin })).status).toBe(404);
  });

  it("records a delivery for each workflow event the endpoint takes, visible in its deliveries", async () => {
    const made = (await (
      await register("http://127.0.0.1:9/eva", admin, ["assessment.submitted", "assessment.returned"])
    ).json()) as { id: string };
    const { id, etag } = await submitDraft(t);
    const returned = await t.call("POST", `/v1/assessments/${id}/return`, {
      token: token("kaarina", "approver"),
      headers: { "if-match": etag },
      body: { comment: "Lisää kustannukset" },
    });
    expect(returned.status).toBe(200);
    const list = await (await t.call("GET", `/v1/webhooks/${made.id}/deliveries`, { token: admin })).json();
    expect(list.items.map((d: { type: string; status: string }) => `${d.type} ${d.status}`).sort()).toEqual([
      "assessment.returned pending",
      "assessment.submitted pending",
    ]);
    expect(
      (await t.call("POST", `/v1/webhooks/${made.id}/deliveries/dlv_nope/retry`, { token: admin })).status,
    ).toBe(404);
    const again = await t.call("POST", `/v1/webhooks/${made.id}/deliveries/${list.items[0].id}/retry`, {
      token: admin,
    });
    expect(again.status).toBe(202);
  });

  it("is in the typed client: register, list, rotate, deliveries, delete", async () => {
    const eva = createEvaClient("http://eva.test", admin, {
      fetch: ((input: RequestInfo | URL, init?: RequestInit) =>
        t.app.request(input instanceof URL ? input.href : input, init)) as typeof fetch,
    });
    const made = await eva.createWebhook({
      url: "https://public.example/eva",
      events: ["assessment.approved"],
    });
    expect(made.secret.startsWith("whsec_")).toBe(true);
    expect((await eva.webhooks()).map((w) => w.id)).toEqual([made.id]);
    const rotated = await eva.rotateWebhookSecret(made.id, made.etag);
    expect(await eva.webhookDeliveries(made.id)).toEqual([]);
    await expect(eva.deleteWebhook(made.id, made.etag)).rejects.toMatchObject({ status: 412 });
    await eva.deleteWebhook(made.id, rotated.etag);
    expect(await eva.webhooks()).toEqual([]);
  });
});
