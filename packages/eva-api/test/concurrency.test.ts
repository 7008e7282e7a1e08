import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDraft, type TestApp, testApp, token } from "./harness.js";

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.close();
});

describe("concurrent autosaves", () => {
  it("50 parallel PATCHes with the same ETag: exactly one succeeds, the rest 412, nothing mixed", async () => {
    const { id, etag } = await createDraft(t);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t.call("PATCH", `/v1/assessments/${id}`, {
          token: token("kaarina", "preparer"),
          body: { basics: { title: `Otsikko ${i}`, problem: `Ongelma ${i}` } },
          headers: { "content-type": "application/merge-patch+json", "if-match": etag },
        }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(49);
    const winner = statuses.indexOf(200);
    const stored = (await (await t.call("GET", `/v1/assessments/${id}`)).json()) as {
      assessment: { basics: { title: string; problem: string } };
    };
    // title and problem come from the same request: no mixed write
    expect(stored.assessment.basics).toMatchObject({
      title: `Otsikko ${winner}`,
      problem: `Ongelma ${winner}`,
    });
    const history = (await (await t.call("GET", `/v1/assessments/${id}/history`)).json()) as {
      events: unknown[];
    };
    expect(history.events).toHaveLength(2); // create + the one update
  });
});
