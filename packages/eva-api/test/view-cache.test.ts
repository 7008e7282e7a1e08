import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storedAssessmentBody } from "../src/services/view-cache.js";
import { assessmentView } from "../src/services/views.js";
import type { AssessmentRecord } from "../src/store/store.js";
import { makeEtag } from "../src/store/store.js";
import { type TestApp, testApp, token } from "./harness.js";

// GETs of an unchanged assessment are answered from a cache of view texts keyed by ETag: these
// check that no path to a changed record can get the old text, and that a hit looks like a miss.
let t: TestApp;
const path = "/v1/assessments/demo-littoinen-draft";
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

const get = async (tok = token("kaarina", "reader")) => {
  const res = await t.call("GET", path, { token: tok });
  return {
    status: res.status,
    etag: res.headers.get("etag"),
    type: res.headers.get("content-type"),
    text: await res.text(),
  };
};

describe("assessment view cache", () => {
  it("answers a repeated GET with the same body and headers", async () => {
    const first = await get();
    const second = await get();
    expect(first.status).toBe(200);
    expect(second).toEqual(first);
    expect(first.type).toBe("application/json");
    expect(JSON.parse(first.text).etag).toBe(first.etag);
  });

  it("never answers with the old text after a PATCH", async () => {
    const before = await get();
    const res = await t.call("PATCH", path, {
      token: token("kaarina", "preparer"),
      headers: { "content-type": "application/merge-patch+json", "if-match": before.etag ?? "" },
      body: { basics: { problem: "Välimuistin testi" } },
    });
    expect(res.status).toBe(200);
    const after = await get();
    expect(after.etag).toBe(res.headers.get("etag"));
    expect(after.etag).not.toBe(before.etag);
    expect(JSON.parse(after.text).assessment.basics.problem).toBe("Välimuistin testi");
    const answer = await res.text();
    expect(after.text).toBe(answer);
    // the store keeps the answer's draft bytes: a view made from them again is the same text
    const stored = await storedAssessmentBody(t.store, "kaarina", "demo-littoinen-draft");
    expect(Buffer.from(stored?.body ?? []).toString()).toBe(answer);
  });

  it("never caches the answer of a PATCH that lost the race (it would carry the winner's ETag)", async () => {
    const before = await get();
    const patch = (problem: string) =>
      t.call("PATCH", path, {
        token: token("kaarina", "preparer"),
        headers: { "content-type": "application/merge-patch+json", "if-match": before.etag ?? "" },
        body: { basics: { problem } },
      });
    const [a, b] = await Promise.all([patch("Ensimmäinen"), patch("Toinen")]);
    expect([a.status, b.status].sort()).toEqual([200, 412]);
    const winner = a.status === 200 ? a : b;
    const after = await get();
    expect(after.etag).toBe(winner.headers.get("etag"));
    expect(after.text).toBe(await winner.text());
  });

  it("sees a write that went to the store without the API", async () => {
    await get(); // cached
    const r = (await t.store.getAssessment("kaarina", "demo-littoinen-draft")) as AssessmentRecord;
    const next: AssessmentRecord = {
      ...r,
      revision: r.revision + 1,
      etag: makeEtag("assessment", r.id, r.revision + 1),
      data: { ...r.data, basics: { ...r.data.basics, title: "Suoraan varastoon" } },
    };
    await t.store.putAssessment(next, r.etag);
    const after = await get();
    expect(after.etag).toBe(next.etag);
    expect(JSON.parse(after.text).assessment.basics.title).toBe("Suoraan varastoon");
  });

  it("builds a view from the store's text exactly as from the parsed record, for every demo assessment", async () => {
    const statuses = new Set<string>();
    for (const org of await t.store.organizations()) {
      const page = await t.store.listAssessments(org, { limit: 100 });
      for (const r of page.items) {
        statuses.add(r.status);
        const fromText = await storedAssessmentBody(t.store, org, r.id);
        expect(Buffer.from(fromText?.body ?? []).toString()).toBe(JSON.stringify(assessmentView(r)));
        expect(fromText?.etag).toBe(r.etag);
      }
    }
    expect([...statuses].sort()).toEqual(["approved", "draft", "submitted"]);
  });

  it("keeps organizations apart: a cached assessment is still 404 for another organization", async () => {
    await get();
    const other = await get(token("heinola", "reader"));
    expect(other.status).toBe(404);
    expect(other.type).toMatch(/^application\/problem\+json/);
  });
});
