import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testApp, token } from "./harness.js";

// Issue 21 item 2: client input that used to answer 500. Each case here did on the code before
// this file: a merge patch nested 5,000 deep (RangeError in the recursive merge), a case id
// decoded twice (so `%25` became a lone `%` and threw URIError, and `657%252F…` matched
// `657/…`), and malformed percent-encoding.
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

type Problem = {
  type: string;
  status: number;
  errors?: Array<{ path: string; code: string; message: string }>;
};
async function problemOf(res: Response, status: number): Promise<Problem> {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  return (await res.json()) as Problem;
}
const nested = (depth: number, leaf = "1") => `${'{"a":'.repeat(depth)}${leaf}${"}".repeat(depth)}`;

describe("JSON nested deeper than the documented 32 levels", () => {
  it("a merge patch nested 5,000 deep is 422 with the path where it gets too deep, in the caller's language", async () => {
    const draft = await t.call("GET", "/v1/assessments/demo-littoinen-draft");
    const res = await t.call("PATCH", "/v1/assessments/demo-littoinen-draft", {
      token: token("kaarina", "preparer"),
      body: `{"basics":${nested(5000)}}`,
      headers: { "if-match": draft.headers.get("etag") ?? "", "accept-language": "en" },
    });
    const p = await problemOf(res, 422);
    expect(p.type).toBe("urn:eva:problem:validation-failed");
    expect(p.errors).toEqual([
      {
        path: `/basics${"/a".repeat(31)}`,
        code: "too_deep",
        message: "JSON may be nested at most 32 levels deep.",
      },
    ]);
  });

  it("counts arrays and objects alike, not brackets inside strings, and names array indices", async () => {
    const res = await t.call("POST", "/v1/evaluate", {
      body: `{"x":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[","y":[0,${"[".repeat(40)}${"]".repeat(40)}]}`,
      headers: { "accept-language": "fi" },
    });
    const p = await problemOf(res, 422);
    expect(p.errors?.[0]?.path).toBe(`/y/1${"/0".repeat(30)}`);
    expect(p.errors?.[0]?.message).toBe("JSON-rakenne saa olla enintään 32 tasoa syvä.");
  });

  it("32 levels are accepted as JSON (and then validated as usual)", async () => {
    const res = await t.call("POST", "/v1/evaluate", { body: nested(32) });
    const p = await problemOf(res, 422);
    expect(p.errors?.some((e) => e.code === "too_deep")).toBe(false);
  });
});

describe("path parameters are decoded exactly once", () => {
  it("a case id `657%2F02.02.00%2F2023` (sent as 657%252F…) does not match the case 657/02.02.00/2023", async () => {
    const once = await t.call("GET", "/v1/cases/dynasty/657%2F02.02.00%2F2023/assessments");
    expect(once.status).toBe(200);
    expect(((await once.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
    const twice = await t.call("GET", "/v1/cases/dynasty/657%252F02.02.00%252F2023/assessments");
    expect(twice.status).toBe(200);
    expect(((await twice.json()) as { items: unknown[] }).items).toEqual([]);
  });

  it("a case id with a percent sign (100%) is an ordinary id, not a 500", async () => {
    const res = await t.call("GET", "/v1/cases/other/100%25/assessments");
    expect(res.status).toBe(200);
    expect(((await res.json()) as { items: unknown[] }).items).toEqual([]);
  });
});

describe("malformed percent-encoding is 400", () => {
  it.each([
    "/v1/assessments/%ZZ",
    "/v1/cases/dynasty/100%/assessments",
    "/v1/cases/dynasty/%E0%A4%A/assessments",
    "/v1/assessments/%C3%28",
    "/v1/assessments?q=%ZZ",
    "/public/assessments/%ZZ/summary",
    "/%ZZ",
  ])("%s", async (path) => {
    const p = await problemOf(await t.call("GET", path), 400);
    expect(p.type).toBe("urn:eva:problem:malformed-uri");
  });
});

describe("names of Object.prototype's members in a path", () => {
  it.each(["constructor", "__proto__", "toString", "hasOwnProperty"])("/docs/%s is 404", async (name) => {
    await problemOf(await t.call("GET", `/docs/${name}`), 404);
  });
});
