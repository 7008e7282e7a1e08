import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { demoAssessment } from "eva-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDraft, type TestApp, testApp, token } from "./harness.js";

// Issue 20: an approved version's summary is frozen (the same bytes forever, at a versioned URI)
// and the case system's attachment points at it, also after a reopen, until a newer approval.
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

const preparer = token("kaarina", "preparer");
const approver = token("kaarina", "approver");
const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

async function bytesOf(path: string, headers: Record<string, string> = {}) {
  const res = await t.call("GET", path, { headers });
  expect(res.status, path).toBe(200);
  return { res, body: Buffer.from(await res.arrayBuffer()) };
}

async function step(method: string, path: string, etag: string, as: string, body?: unknown) {
  const res = await t.call(method, path, {
    token: as,
    headers: { "if-match": etag },
    ...(body ? { body } : {}),
  });
  expect(res.status, `${method} ${path}: ${res.status === 200 ? "" : await res.clone().text()}`).toBe(200);
  return res.headers.get("etag") ?? "";
}

interface Attachment {
  version: number;
  file: { uri: string; sha256: string; size: number };
  alternatives: Array<{ uri: string; sha256: string; mediaType: string }>;
}
const attachment = async (id: string) =>
  (await (await t.call("GET", `/v1/assessments/${id}/attachment?lang=fi`)).json()) as Attachment;
const local = (uri: string) => new URL(uri).pathname + new URL(uri).search;

describe("frozen summaries and the pinned attachment", () => {
  let id = "";
  let etag = "";
  const url = () => `/v1/assessments/${id}`;

  it("a draft's summary comes as a PDF too, by ?format=pdf and by Accept (issue 20: it answered 422)", async () => {
    ({ id, etag } = await createDraft(t, "700/02.02.00/2026"));
    const { basics, ...rest } = structuredClone(demoAssessment);
    const { caseRef: _c, ...b } = basics;
    etag = await step("PATCH", url(), etag, preparer, { ...rest, basics: b });
    const byQuery = await bytesOf(`${url()}/summary?format=pdf&lang=sv`);
    expect(byQuery.res.headers.get("content-type")).toBe("application/pdf");
    expect(byQuery.body.subarray(0, 5).toString()).toBe("%PDF-");
    expect(byQuery.res.headers.get("content-disposition")).toMatch(
      /^inline; filename="EVA-700_02.02.00_2026-v1-sv\.pdf"$/,
    );
    const byAccept = await bytesOf(`${url()}/summary?lang=sv`, { accept: "application/pdf" });
    expect(byAccept.res.headers.get("content-type")).toBe("application/pdf");
    expect(byAccept.body.equals(byQuery.body)).toBe(true);
    await expect(t.call("GET", `${url()}/versions/1/summary`)).resolves.toHaveProperty("status", 404);
  });

  it("approval stores every language and format; the versioned URIs serve them with a strong, immutable ETag", async () => {
    etag = await step("POST", `${url()}/submit`, etag, preparer);
    etag = await step("POST", `${url()}/approve`, etag, approver);
    for (const lang of ["fi", "sv", "en"]) {
      for (const format of ["pdf", "html", "md", "json"]) {
        const path = `${url()}/versions/1/summary?lang=${lang}&format=${format}`;
        const { res, body } = await bytesOf(path);
        expect(res.headers.get("etag")).toBe(`"sha256-${sha(body)}"`);
        expect(res.headers.get("cache-control")).toBe("private, max-age=31536000, immutable");
        const again = await t.call("GET", path, {
          headers: { "if-none-match": res.headers.get("etag") ?? "" },
        });
        expect(again.status).toBe(304);
        expect(again.headers.get("etag")).toBe(res.headers.get("etag"));
      }
    }
    const json = JSON.parse(
      (await bytesOf(`${url()}/versions/1/summary?lang=en&format=json`)).body.toString(),
    );
    expect(json.status).toBe("approved");
    expect(json.approvedBy).toBe("approver of kaarina");
    expect(json.preparation.join(" ")).toMatch(/Approved by approver of kaarina on 01\/03\/2026\./);
    // the current summary of the approved assessment is the same frozen file
    const current = await bytesOf(`${url()}/summary?lang=fi&format=pdf`);
    expect(current.body.equals((await bytesOf(`${url()}/versions/1/summary?lang=fi&format=pdf`)).body)).toBe(
      true,
    );
  });

  it("reopen → PATCH: the attachment and the versioned URIs still serve the approved bytes; approve again → version 2, version 1 unchanged", async () => {
    const before = await attachment(id);
    expect(before.version).toBe(1);
    expect(local(before.file.uri)).toBe(`${url()}/versions/1/summary?lang=fi&format=pdf`);
    const pdf1 = (await bytesOf(local(before.file.uri))).body;
    const html1 = (await bytesOf(local(before.alternatives[0]?.uri ?? ""))).body;
    expect(sha(pdf1)).toBe(before.file.sha256);
    expect(sha(html1)).toBe(before.alternatives[0]?.sha256);

    etag = await step("POST", `${url()}/reopen`, etag, approver);
    t.advance(60_000);
    etag = await step("PATCH", url(), etag, preparer, { basics: { title: "Muutettu otsikko" } });
    // the draft's own summary shows the change…
    expect((await bytesOf(`${url()}/summary?lang=fi&format=html`)).body.toString()).toContain(
      "Muutettu otsikko",
    );
    // …while what the case system archived does not move
    const reopened = await attachment(id);
    expect(reopened).toEqual(before);
    expect((await bytesOf(local(before.file.uri))).body.equals(pdf1)).toBe(true);
    expect((await bytesOf(local(before.alternatives[0]?.uri ?? ""))).body.equals(html1)).toBe(true);
    await expect(t.call("GET", `${url()}/versions/2/summary`)).resolves.toHaveProperty("status", 404);

    etag = await step("POST", `${url()}/submit`, etag, preparer);
    etag = await step("POST", `${url()}/approve`, etag, approver);
    const after = await attachment(id);
    expect(after.version).toBe(2);
    expect(local(after.file.uri)).toBe(`${url()}/versions/2/summary?lang=fi&format=pdf`);
    expect(after.file.sha256).not.toBe(before.file.sha256);
    const html2 = (await bytesOf(local(after.alternatives[0]?.uri ?? ""))).body.toString();
    expect(html2).toContain("Muutettu otsikko");
    expect((await bytesOf(local(before.file.uri))).body.equals(pdf1)).toBe(true);
    const history = (await (await t.call("GET", `${url()}/history`)).json()) as {
      versions: Array<{ version: number }>;
    };
    expect(history.versions.map((v) => v.version)).toEqual([1, 2]);
  });

  it("serves stored bytes only: a file damaged on disk is refused (500), never served", async () => {
    const a = await attachment(id);
    const file = join(t.dir, "blobs", a.file.sha256.slice(0, 2), a.file.sha256);
    writeFileSync(file, Buffer.from("%PDF-1.7 not the approved file"));
    const res = await t.call("GET", local(a.file.uri));
    expect(res.status).toBe(500);
    expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  });

  it("404 for a version never approved and for another organization's assessment", async () => {
    for (const path of [`${url()}/versions/3/summary`, "/v1/assessments/nope/versions/1/summary"]) {
      const res = await t.call("GET", path);
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    }
    const other = await t.call("GET", `${url()}/versions/1/summary`, { token: token("heinola", "reader") });
    expect(other.status).toBe(404);
    expect((await t.call("GET", `${url()}/versions/0/summary`)).status).toBe(422);
    expect((await t.call("GET", `${url()}/versions/1/summary?format=docx`)).status).toBe(422);
  });
});
