import { demoAssessment, type Evaluation } from "eva-core";
import { describe, expect, it } from "vitest";
import { testApp, token } from "../../test/harness.js";
import { EvaluationCache } from "./evaluation-cache.js";

const fake = (n: number) => ({ n }) as unknown as Evaluation;

describe("the evaluation cache", () => {
  it("keys on the data itself: any change of data, strategy version or seed is another key", () => {
    const k = (data: unknown, version = 1, seed = 1) =>
      EvaluationCache.key("kaarina", "s", version, seed, data);
    const changed = { ...demoAssessment, basics: { ...demoAssessment.basics, title: "Toinen otsikko" } };
    expect(k(demoAssessment)).toBe(k(structuredClone(demoAssessment)));
    expect(k(changed)).not.toBe(k(demoAssessment));
    expect(k(demoAssessment, 2)).not.toBe(k(demoAssessment));
    expect(k(demoAssessment, 1, 2)).not.toBe(k(demoAssessment));
    expect(EvaluationCache.key("heinola", "s", 1, 1, demoAssessment)).not.toBe(k(demoAssessment));
  });

  it("keeps at most its bound, dropping the least recently used", () => {
    const cache = new EvaluationCache(2);
    cache.put("a", fake(1));
    cache.put("b", fake(2));
    expect(cache.get("a")).toEqual(fake(1)); // a is now the most recent
    cache.put("c", fake(3));
    expect(cache.size).toBe(2);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toEqual(fake(1));
    expect(cache.get("c")).toEqual(fake(3));
  });

  it("never answers with a stale summary: a saved change shows in the next summary", async () => {
    const t = await testApp();
    try {
      const id = "demo-littoinen-draft";
      const title = async () =>
        (
          (await (await t.call("GET", `/v1/assessments/${id}/summary?format=json`)).json()) as {
            title: string;
          }
        ).title;
      const before = await title();
      expect(await title()).toBe(before); // the second one comes from the cache
      const view = (await (await t.call("GET", `/v1/assessments/${id}`)).json()) as { etag: string };
      const patched = await t.call("PATCH", `/v1/assessments/${id}`, {
        token: token("kaarina", "preparer"),
        body: { basics: { title: "Littoisten koulu, uusi otsikko" } },
        headers: { "if-match": view.etag },
      });
      expect(patched.status).toBe(200);
      expect(await title()).toBe("Littoisten koulu, uusi otsikko");
    } finally {
      await t.close();
    }
  });
});
