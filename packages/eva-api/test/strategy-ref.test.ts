import { exampleStrategies } from "eva-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDraft, type TestApp, testApp, token } from "./harness.js";

// Issue 21 item 5: a PATCH could point a draft at another organization's strategy, and the
// record's strategyId / strategyVersion (what the evaluation uses) then disagreed with the
// draft's strategyRef. The strategy must be the caller's organization's, in a version it has,
// and the two never disagree after any save.
let t: TestApp;
const preparer = token("kaarina", "preparer");
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

type View = {
  strategyId: string;
  strategyVersion: number;
  assessment: { strategyRef?: { id: string; version: number } };
};
type Problem = { errors?: Array<{ path: string; code: string; message: string }> };
const save = (method: "PATCH" | "PUT", id: string, etag: string, body: unknown, lang = "en") =>
  t.call(method, `/v1/assessments/${id}`, {
    token: preparer,
    body,
    headers: { "if-match": etag, "accept-language": lang },
  });
function expectAgrees(v: View) {
  expect(v.assessment.strategyRef).toEqual({ id: v.strategyId, version: v.strategyVersion });
}

describe("strategyRef of a draft", () => {
  it("PATCH to another organization's strategy is 422 at /strategyRef, and nothing changes", async () => {
    const { id, etag } = await createDraft(t, "SREF/1/2026");
    const res = await save("PATCH", id, etag, { strategyRef: { id: "heinola-strategia", version: 1 } }, "sv");
    expect(res.status).toBe(422);
    const p = (await res.json()) as Problem;
    expect(p.errors).toEqual([
      {
        path: "/strategyRef",
        code: "unknown_strategy",
        message: "Din organisation har ingen strategi heinola-strategia version 1.",
      },
    ]);
    const v = (await (await t.call("GET", `/v1/assessments/${id}`)).json()) as View;
    expect(v.strategyId).toBe("kaarina-strategia");
    expectAgrees(v);
  });

  it("PUT or PATCH to a version the strategy does not have is 422", async () => {
    const { id, etag } = await createDraft(t, "SREF/2/2026");
    const bad = { strategyRef: { id: "kaarina-strategia", version: 99 } };
    expect((await save("PATCH", id, etag, bad)).status).toBe(422);
    expect((await save("PUT", id, etag, bad)).status).toBe(422);
  });

  it("a draft saved without strategyRef (PUT without it, PATCH with null) keeps the record's", async () => {
    const { id, etag } = await createDraft(t, "SREF/3/2026");
    let res = await save("PUT", id, etag, { basics: { title: "Ilman strategiaviitettä" } });
    expect(res.status).toBe(200);
    expectAgrees((await res.json()) as View);
    res = await save("PATCH", id, res.headers.get("etag") ?? "", { strategyRef: null });
    expect(res.status).toBe(200);
    const v = (await res.json()) as View;
    expectAgrees(v);
    expect(v.strategyId).toBe("kaarina-strategia");
  });

  it("moving a draft to a newer version of its organization's strategy moves the record too", async () => {
    const admin = token("kaarina", "admin");
    const current = await t.call("GET", "/v1/strategies/kaarina-strategia", { token: admin });
    const put = await t.call("PUT", "/v1/strategies/kaarina-strategia", {
      token: admin,
      body: exampleStrategies.kaarina,
      headers: { "if-match": current.headers.get("etag") ?? "" },
    });
    expect(put.status).toBe(200);
    const version = ((await put.json()) as { version: number }).version;
    // the demo seeds Kaarina's 2018–2025 strategy (1) and its 2022 renewal (2): this PUT is 3
    expect(version).toBe(3);
    const { id, etag } = await createDraft(t, "SREF/4/2026");
    const res = await save("PATCH", id, etag, { strategyRef: { id: "kaarina-strategia", version: 1 } });
    expect(res.status).toBe(200);
    const v = (await res.json()) as View;
    expect(v.strategyVersion).toBe(1);
    expectAgrees(v);
  });
});
