import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listen, type TestApp, testApp, token } from "./harness.js";

// OPTIONS and methods a path does not have (issue 24, item 1): answered before authentication and
// the rate limit, so that neither a missing token nor a missing principal can turn them into a
// 500. OPTIONS is a CORS preflight when CORS is configured, otherwise 204 with Allow; a method
// the path does not have is 405 with Allow; a path the API does not have stays 404.
let t: TestApp;
let cors: TestApp;
let http: Awaited<ReturnType<typeof listen>>;
beforeAll(async () => {
  t = await testApp({ rateLimit: 1 });
  cors = await testApp({ corsOrigins: ["https://asiahallinta.example.fi"] });
  http = await listen(t);
});
afterAll(async () => {
  await http.close();
  await t.close();
  await cors.close();
});

const allow = (res: { headers: Headers }) =>
  (res.headers.get("allow") ?? "")
    .split(",")
    .map((s) => s.trim())
    .sort();

describe("OPTIONS", () => {
  it("answers 204 with Allow on /v1 without a token (was 500 from the rate limiter)", async () => {
    const res = await t.call("OPTIONS", "/v1/me", { token: null });
    expect(res.status).toBe(204);
    expect(allow(res)).toEqual(["GET", "HEAD", "OPTIONS"]);
    expect(await res.text()).toBe("");
  });

  it("names every method of a path, and is not counted by the rate limit (1 a minute here)", async () => {
    const reader = token("kaarina", "reader");
    for (let i = 0; i < 3; i++) {
      const res = await t.call("OPTIONS", "/v1/assessments/demo-littoinen-draft", { token: reader });
      expect(res.status).toBe(204);
      expect(allow(res)).toEqual(["GET", "HEAD", "OPTIONS", "PATCH", "PUT"]);
    }
    expect((await t.call("GET", "/v1/me", { token: reader })).status).toBe(200);
  });

  it("answers on the public view and the documents too", async () => {
    const pub = await t.call("OPTIONS", "/public/assessments", { token: null });
    expect(pub.status).toBe(204);
    expect(allow(pub)).toEqual(["GET", "HEAD", "OPTIONS"]);
    expect(allow(await t.call("OPTIONS", "/openapi.json", { token: null }))).toEqual([
      "GET",
      "HEAD",
      "OPTIONS",
    ]);
  });

  it("is a CORS preflight when CORS is configured", async () => {
    const res = await cors.call("OPTIONS", "/v1/assessments", {
      token: null,
      headers: {
        origin: "https://asiahallinta.example.fi",
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization, content-type, idempotency-key",
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("https://asiahallinta.example.fi");
    expect(res.headers.get("access-control-allow-methods")).toContain("POST");
    // and a plain OPTIONS (no preflight headers) still gets Allow
    expect(allow(await cors.call("OPTIONS", "/v1/assessments", { token: null }))).toEqual([
      "GET",
      "HEAD",
      "OPTIONS",
      "POST",
    ]);
  });

  it("leaves a path the API does not have 404", async () => {
    const res = await t.call("OPTIONS", "/v1/no-such-thing", { token: null });
    expect(res.status).toBe(404);
  });
});

describe("methods a path does not have", () => {
  // over real HTTP: fetch refuses to send TRACE
  it("TRACE is 405 with Allow (was 404), as problem+json in the caller's language", async () => {
    const res = await http.send("TRACE", "/v1/me", { token: null, headers: { "accept-language": "sv" } });
    expect(res.status).toBe(405);
    expect(allow(res)).toEqual(["GET", "HEAD", "OPTIONS"]);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const body = JSON.parse(res.text) as { title: string; status: number; detail: string };
    expect(body.status).toBe(405);
    expect(body.title).toBe("Metoden är inte tillåten");
    expect(body.detail).toBe("Metoden TRACE går inte att använda här. Tillåtna: GET, HEAD, OPTIONS.");
  });

  it("OPTIONS over real HTTP without a token: 204, never 500", async () => {
    const res = await http.send("OPTIONS", "/v1/assessments/demo-littoinen/summary", { token: null });
    expect(res.status).toBe(204);
    expect(allow(res)).toEqual(["GET", "HEAD", "OPTIONS"]);
  });

  it("DELETE on an assessment is 405 with its methods, with or without a token", async () => {
    for (const tok of [null, token("kaarina", "preparer")]) {
      const res = await t.call("DELETE", "/v1/assessments/demo-littoinen-draft", { token: tok });
      expect(res.status).toBe(405);
      expect(allow(res)).toEqual(["GET", "HEAD", "OPTIONS", "PATCH", "PUT"]);
    }
  });

  it("POST on a read-only resource is 405 even with a body", async () => {
    const res = await t.call("POST", "/v1/assessments/demo-littoinen-draft/evaluation", {
      token: token("kaarina", "reader"),
      body: { x: 1 },
    });
    expect(res.status).toBe(405);
    expect(allow(res)).toEqual(["GET", "HEAD", "OPTIONS"]);
  });
});
