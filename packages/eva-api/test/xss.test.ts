import { demoAssessment } from "eva-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDraft, type TestApp, testApp, token } from "./harness.js";

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.close();
});

const payload = `<script>alert(1)</script><img src=x onerror=alert(2)>"'&`;

/** Puts the payload into every free-text field of the demo case. */
function poisoned(): Record<string, unknown> {
  const a = structuredClone(demoAssessment) as Record<string, unknown>;
  const walk = (v: unknown, key = ""): unknown => {
    if (typeof v === "string") {
      const structural = [
        "id",
        "alternativeId",
        "criterionId",
        "recommendedAlternativeId",
        "caseId",
        "organization",
        "system",
        "date",
        "deadline",
        "taskClass",
        "language",
        "class",
        "value",
        "confidence",
        "horizon",
        "category",
        "group",
        "method",
        "recordedAt",
        "outcome",
      ];
      // a short name has room for 30 characters: markup of its own that fits
      if (key === "shortName") return "<img src=x onerror=alert(3)>";
      return structural.includes(key) ? v : `${v} ${payload}`;
    }
    if (Array.isArray(v))
      return v.map((x) => walk(x, key === "affectedGroups" || key === "indicators" ? key : ""));
    if (v && typeof v === "object")
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [k, k === "affectedGroups" ? x : walk(x, k)]),
      );
    return v;
  };
  return walk(a) as Record<string, unknown>;
}

describe("summary with markup in every text field", () => {
  it("HTML, Markdown and the chart contain none of it unescaped", async () => {
    const { id, etag } = await createDraft(t, "9/02.02.00/2026");
    const body = poisoned();
    (body.basics as { caseRef: unknown }).caseRef = {
      organization: "kaarina",
      system: "dynasty",
      caseId: "9/02.02.00/2026",
    };
    const put = await t.call("PUT", `/v1/assessments/${id}`, {
      token: token("kaarina", "preparer"),
      body,
      headers: { "if-match": etag },
    });
    expect(put.status, await put.clone().text()).toBe(200);
    const html = await (await t.call("GET", `/v1/assessments/${id}/summary?format=html`)).text();
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).not.toMatch(/<[^>]*\sonerror=/i);
    const md = await (await t.call("GET", `/v1/assessments/${id}/summary?format=md`)).text();
    expect(md).not.toContain("<script>");
    expect(md).not.toContain("<img");
    // the PDF is made from the same summary too (it holds text only: nothing in it can run)
    const pdf = await t.call("GET", `/v1/assessments/${id}/summary?format=pdf`);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
  });
});
