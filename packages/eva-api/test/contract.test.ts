import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkedFetch, checkResponse, takeViolations } from "./contract.js";
import { listen, type TestApp, testApp } from "./harness.js";

// The contract test checks itself: answers that break the document in each way it checks are
// found (so a silent checker cannot pass every other test), and the hooks are in place, through
// app.fetch and through fetch to 127.0.0.1. Each test takes what it recorded, so that
// contract-setup.ts does not fail it.
const problem = (status: number, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type: "urn:eva:problem:x", title: "x", status, instance: "/v1/me" }), {
    status,
    headers: { "content-type": "application/problem+json", "x-request-id": "r1", ...headers },
  });
const me = (body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status: 200,
    headers: { "content-type": "application/json", "x-request-id": "r1", ...headers },
  });
const found = async (method: string, path: string, res: Response) => {
  await checkResponse(method, `http://127.0.0.1${path}`, res);
  return takeViolations().map((v) => v.message);
};

describe("the contract checker", () => {
  it("passes answers the document declares", async () => {
    expect(
      await found("GET", "/v1/me", me({ organization: "kaarina", roles: ["reader"], name: "R" })),
    ).toEqual([]);
    expect(await found("GET", "/v1/me", problem(401, { "www-authenticate": "Bearer" }))).toEqual([]);
    expect(await found("TRACE", "/v1/me", problem(405, { allow: "GET, HEAD, OPTIONS" }))).toEqual([]);
  });

  it.each([
    ["an undeclared status", "GET", "/v1/me", () => problem(404), /status 404 is not declared/],
    ["a required header missing", "GET", "/v1/me", () => problem(401), /required header WWW-Authenticate/],
    [
      "a header a client acts on, undeclared",
      "GET",
      "/v1/me",
      () => me({ organization: "k", roles: [], name: "n" }, { etag: '"1"' }),
      /header etag is sent but not declared/,
    ],
    ["a body off its schema", "GET", "/v1/me", () => me({ organization: "k" }), /body does not match/],
    [
      "a member the schema does not have",
      "GET",
      "/v1/me",
      () => me({ organization: "k", roles: [], name: "n", secret: 1 }),
      /body does not match/,
    ],
    [
      "an undeclared content type",
      "GET",
      "/v1/me",
      () => new Response("hi", { headers: { "content-type": "text/plain", "x-request-id": "r" } }),
      /content type "text\/plain" is not declared/,
    ],
    ["405 with the wrong Allow", "DELETE", "/v1/me", () => problem(405, { allow: "GET" }), /405 Allow "GET"/],
    ["a method answered other than 405", "DELETE", "/v1/me", () => problem(404), /not 405/],
    ["an API path answered 200 though undocumented", "GET", "/v1/nothing", () => me({}), /undocumented path/],
  ])("finds %s", async (_what, method, path, res, expected) => {
    const messages = await found(method, path, res());
    expect(messages.join("\n")).toMatch(expected);
  });
});

describe("the hooks", () => {
  let t: TestApp;
  let http: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => {
    t = await testApp();
    http = await listen(t);
  });
  afterAll(async () => {
    await http.close();
    await t.close();
  });

  it("check what a test app answers, and what fetch gets from 127.0.0.1", async () => {
    // a stand-in app.fetch answers GET /v1/me with a 404, which the document does not declare
    const fake = checkedFetch((() => problem(404)) as unknown as TestApp["app"]["fetch"]);
    await fake(new Request("http://localhost/v1/me"));
    expect(takeViolations().map((v) => v.message)).toEqual(["status 404 is not declared"]);
    // the real API on 127.0.0.1: its 401 is declared
    await fetch(`${http.url}/v1/me`);
    expect(takeViolations()).toEqual([]);
    // a server on 127.0.0.1 that answers like the API should not: the global fetch hook sees it
    const liar = createServer((_req, res) => res.writeHead(200, { "content-type": "text/plain" }).end("ok"));
    await new Promise<void>((ok) => liar.listen(0, "127.0.0.1", () => ok()));
    try {
      await fetch(`http://127.0.0.1:${(liar.address() as AddressInfo).port}/v1/me`);
      expect(takeViolations().map((v) => v.message)).toEqual([
        "required header X-Request-Id is missing",
        'content type "text/plain" is not declared for 200 (application/json)',
      ]);
    } finally {
      await new Promise<void>((ok) => liar.close(() => ok()));
    }
  });
});
