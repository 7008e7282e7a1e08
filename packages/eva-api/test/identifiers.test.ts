import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testApp, token } from "./harness.js";

// Identifiers with control characters (issue 24, item 7): a case id with a line break, a tab or a
// bidirectional override was stored and went on to case systems and CSV files. Now the body, the
// path and the query all refuse it with a clear 422 in the caller's language.
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

type Problem = { status: number; errors?: Array<{ path: string; code: string; message: string }> };
const en = { "accept-language": "en" };
const message =
  "The identifier contains a control character (such as a line break, a tab or an invisible character). Remove it.";

describe("control characters in identifiers", () => {
  it("POST /v1/assessments: a case id with a line break is 422 and nothing is stored", async () => {
    const res = await t.call("POST", "/v1/assessments", {
      token: token("kaarina", "preparer"),
      headers: en,
      body: {
        caseRef: { organization: "kaarina", system: "dynasty", caseId: "657/02.02.00/2023\nDROP" },
        strategyId: "kaarina-strategia",
      },
    });
    expect(res.status).toBe(422);
    expect(((await res.json()) as Problem).errors).toEqual([
      { path: "/caseRef/caseId", code: "control_character", message },
    ]);
    const list = (await (await t.call("GET", "/v1/assessments?q=DROP")).json()) as { items: unknown[] };
    expect(list.items).toEqual([]);
  });

  it("PATCH: autosave refuses a case id with a right-to-left override", async () => {
    const get = await t.call("GET", "/v1/assessments/demo-littoinen-draft");
    const res = await t.call("PATCH", "/v1/assessments/demo-littoinen-draft", {
      token: token("kaarina", "preparer"),
      headers: { ...en, "if-match": get.headers.get("etag") ?? "" },
      body: { basics: { caseRef: { caseId: "\u202e3202/00.20.20/756" } } },
    });
    expect(res.status).toBe(422);
    expect(((await res.json()) as Problem).errors?.[0]).toMatchObject({
      path: "/basics/caseRef/caseId",
      code: "control_character",
    });
  });

  it.each([
    ["an assessment id", "/v1/assessments/demo%0Alittoinen", "/id"],
    ["a case id in the path", "/v1/cases/dynasty/657%2F02.02.00%2F2023%09/assessments", "/caseId"],
    ["a case id in the query", "/v1/assessments?caseSystem=dynasty&caseId=657%00", "/caseId"],
    ["a strategy id", "/v1/strategies/kaarina%0D", "/id"],
  ])("GET with %s: 422, not a lookup", async (_what, path, pointer) => {
    const res = await t.call("GET", path, { headers: en });
    expect(res.status).toBe(422);
    expect(((await res.json()) as Problem).errors).toEqual([
      { path: pointer, code: "control_character", message },
    ]);
  });
});
