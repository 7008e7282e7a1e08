import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createEvaClient } from "../src/client.js";
import { createDraft, type TestApp, testApp, token } from "./harness.js";

// Conditional GETs (RFC 9110 § 13.1.2 If-None-Match, § 15.4.5 304) and the summary's ETag per
// representation (§ 8.8.3: a tag names one representation, so one URL negotiated by Accept and
// Accept-Language needs a tag, and a Vary, per language and format), on a real lowdb directory.
let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.close();
});

const preparer = token("kaarina", "preparer");
const langs = ["fi", "sv", "en"] as const;
const formats = ["json", "md", "html"] as const;

describe("GET /v1/assessments/{id} with If-None-Match", () => {
  it("answers 304 with the ETag and no body while the tag is current, 200 once it is not", async () => {
    const { id, etag } = await createDraft(t);
    const url = `/v1/assessments/${id}`;
    for (const inm of [etag, `W/${etag}`, `"x", ${etag}`, "*"]) {
      const res = await t.call("GET", url, { headers: { "if-none-match": inm } });
      expect(res.status, inm).toBe(304);
      expect(res.headers.get("etag")).toBe(etag);
      expect(await res.text()).toBe("");
    }
    const other = await t.call("GET", url, { headers: { "if-none-match": '"1-nothing"' } });
    expect(other.status).toBe(200);
    expect(other.headers.get("etag")).toBe(etag);

    const saved = await t.call("PATCH", url, {
      token: preparer,
      body: { basics: { title: "Uusi otsikko" } },
      headers: { "content-type": "application/merge-patch+json", "if-match": etag },
    });
    expect(saved.status).toBe(200);
    const next = saved.headers.get("etag") ?? "";
    expect(next).not.toBe(etag);
    const stale = await t.call("GET", url, { headers: { "if-none-match": etag } });
    expect(stale.status).toBe(200);
    expect(stale.headers.get("etag")).toBe(next);
    expect(
      ((await stale.json()) as { assessment: { basics: { title: string } } }).assessment.basics.title,
    ).toBe("Uusi otsikko");
  });

  it("keeps another organization's assessment a 404, whatever If-None-Match says", async () => {
    for (const inm of [
      "*",
      (await t.call("GET", "/v1/assessments/demo-littoinen")).headers.get("etag") ?? "",
    ]) {
      const res = await t.call("GET", "/v1/assessments/demo-littoinen", {
        token: token("heinola", "admin"),
        headers: { "if-none-match": inm },
      });
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(res.headers.get("etag")).toBeNull();
    }
  });
});

describe("summary ETags", () => {
  it("give every language and format a tag of its own, each answered 304 only for itself", async () => {
    const url = "/v1/assessments/demo-littoinen/summary";
    const tags = new Map<string, string>();
    for (const lang of langs)
      for (const format of formats) {
        const res = await t.call("GET", `${url}?lang=${lang}&format=${format}`);
        expect(res.status).toBe(200);
        const tag = res.headers.get("etag") ?? "";
        expect(tag).toMatch(/^"[^"]+"$/);
        // the same representation again: the same bytes under the same tag
        const again = await t.call("GET", `${url}?lang=${lang}&format=${format}`);
        expect(again.headers.get("etag")).toBe(tag);
        expect(await again.text()).toBe(await res.text());
        tags.set(`${lang}/${format}`, tag);
      }
    expect(new Set(tags.values()).size).toBe(langs.length * formats.length);
    for (const [rep, tag] of tags)
      for (const [other, otherTag] of tags) {
        const [lang, format] = rep.split("/");
        const res = await t.call("GET", `${url}?lang=${lang}&format=${format}`, {
          headers: { "if-none-match": otherTag },
        });
        expect(res.status, `${rep} with ${other}'s tag`).toBe(rep === other ? 304 : 200);
        expect(res.headers.get("etag")).toBe(tag);
        if (rep === other) expect(await res.text()).toBe("");
      }
  });

  it("negotiated by Accept and Accept-Language, say so in Vary and tag what was chosen", async () => {
    const url = "/v1/assessments/demo-littoinen/summary";
    const byHeaders = await t.call("GET", url, { headers: { accept: "text/html", "accept-language": "sv" } });
    expect(byHeaders.headers.get("content-type")).toMatch(/^text\/html/);
    expect(byHeaders.headers.get("vary")).toBe("Accept, Accept-Language");
    const byQuery = await t.call("GET", `${url}?lang=sv&format=html`);
    expect(byQuery.headers.get("vary")).toBeNull();
    expect(byHeaders.headers.get("etag")).toBe(byQuery.headers.get("etag"));
    expect((await t.call("GET", `${url}?format=md`)).headers.get("vary")).toBe("Accept-Language");
    expect((await t.call("GET", `${url}?lang=en`)).headers.get("vary")).toBe("Accept");
    const fiHtml = await t.call("GET", url, { headers: { accept: "text/html", "accept-language": "fi" } });
    expect(fiHtml.headers.get("etag")).not.toBe(byHeaders.headers.get("etag"));
    // a 304 carries the same Vary
    const cached = await t.call("GET", url, {
      headers: {
        accept: "text/html",
        "accept-language": "sv",
        "if-none-match": byHeaders.headers.get("etag") ?? "",
      },
    });
    expect(cached.status).toBe(304);
    expect(cached.headers.get("vary")).toBe("Accept, Accept-Language");
  });

  it("change with the draft: after a save the old tag gets the new summary", async () => {
    const draft = "/v1/assessments/demo-littoinen-draft";
    const before = await t.call("GET", `${draft}/summary?lang=fi&format=json`);
    expect(before.status).toBe(200);
    const tag = before.headers.get("etag") ?? "";
    const current = (await t.call("GET", draft)).headers.get("etag") ?? "";
    const saved = await t.call("PATCH", draft, {
      token: preparer,
      body: { basics: { title: "Littoisten koulu, tarkennettu" } },
      headers: { "content-type": "application/merge-patch+json", "if-match": current },
    });
    expect(saved.status).toBe(200);
    const after = await t.call("GET", `${draft}/summary?lang=fi&format=json`, {
      headers: { "if-none-match": tag },
    });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(tag);
    expect(JSON.stringify(await after.json())).toContain("Littoisten koulu, tarkennettu");
  });

  it("the public summary is tagged apart from the signed-in one and answers 304 to its tag", async () => {
    const url = "/public/assessments/demo-littoinen/summary?lang=fi&format=html";
    const res = await t.call("GET", url, { token: null });
    expect(res.status).toBe(200);
    const tag = res.headers.get("etag") ?? "";
    expect(tag).toMatch(/^"[^"]+"$/);
    const signedIn = await t.call("GET", "/v1/assessments/demo-littoinen/summary?lang=fi&format=html");
    expect(signedIn.headers.get("etag")).not.toBe(tag);
    const cached = await t.call("GET", url, { token: null, headers: { "if-none-match": tag } });
    expect(cached.status).toBe(304);
    expect(await cached.text()).toBe("");
  });
});

describe("the typed client's getAssessmentIfChanged", () => {
  it("gives null while the ETag is current and the assessment once it has changed", async () => {
    const eva = createEvaClient("http://eva.test", preparer, {
      fetch: ((input: RequestInfo | URL, init?: RequestInit) =>
        t.app.request(input instanceof URL ? input.href : input, init)) as typeof fetch,
    });
    const { id } = await createDraft(t);
    const first = await eva.getAssessment(id);
    expect(await eva.getAssessmentIfChanged(id, first.etag)).toBeNull();
    await eva.patchAssessment(id, { basics: { title: "Muuttunut" } }, first.etag);
    const changed = await eva.getAssessmentIfChanged(id, first.etag);
    expect(changed?.assessment.basics?.title).toBe("Muuttunut");
    expect(changed?.etag).not.toBe(first.etag);
    await expect(eva.getAssessmentIfChanged("no-such-id", first.etag)).rejects.toMatchObject({ status: 404 });
  });
});
