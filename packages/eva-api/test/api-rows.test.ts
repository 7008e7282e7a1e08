import { demoAssessment, exampleStrategies } from "eva-core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDraft, type TestApp, testApp, token } from "./harness.js";

// Every row of shared/API.md: the success case and its error statuses, on a real lowdb directory.
let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.close();
});

const preparer = token("kaarina", "preparer");
const approver = token("kaarina", "approver");
const admin = token("kaarina", "admin");
const full = () => {
  const { basics, ...rest } = structuredClone(demoAssessment);
  const { caseRef: _c, ...b } = basics;
  return { ...rest, basics: b };
};

async function expectProblem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const body = (await res.json()) as { status: number; title: string; type: string };
  expect(body.status).toBe(status);
  expect(body.title.length).toBeGreaterThan(0);
  return body as {
    status: number;
    title: string;
    type: string;
    errors?: Array<{ path: string; code: string; message: string }>;
    findings?: unknown[];
  };
}

describe("health, docs and me", () => {
  it("GET /healthz, /readyz, /openapi.json (3.1) and /docs answer without a token", async () => {
    expect((await t.call("GET", "/healthz", { token: null })).status).toBe(200);
    expect((await t.call("GET", "/readyz", { token: null })).status).toBe(200);
    const doc = (await (await t.call("GET", "/openapi.json", { token: null })).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe("3.1.0");
    for (const p of [
      "/v1/assessments",
      "/v1/assessments/{id}/submit",
      "/v1/cases/{system}/{caseId}/assessments",
      "/v1/evaluate",
    ]) {
      expect(Object.keys(doc.paths)).toContain(p);
    }
    const docs = await t.call("GET", "/docs", { token: null });
    expect(await docs.text()).toContain("/docs/swagger-ui-bundle.js");
    expect((await t.call("GET", "/docs/swagger-ui-bundle.js", { token: null })).status).toBe(200);
  });

  it("GET /v1/me: 200 with organization and roles; 401 without or with a bad token", async () => {
    const me = await (await t.call("GET", "/v1/me", { token: preparer })).json();
    expect(me).toEqual({ organization: "kaarina", roles: ["preparer"], name: "preparer of kaarina" });
    const p = await expectProblem(await t.call("GET", "/v1/me", { token: null }), 401);
    expect(p.title).toBe("Tunnistautuminen puuttuu");
    await expectProblem(await t.call("GET", "/v1/me", { token: "nope" }), 401);
  });

  it("answers unknown routes with 404 problem+json", async () => {
    await expectProblem(await t.call("GET", "/v1/nothing-here"), 404);
  });
});

describe("strategies and framework", () => {
  it("lists, reads, creates (admin), versions (PUT with If-Match) and reads past versions", async () => {
    const list = (await (await t.call("GET", "/v1/strategies")).json()) as { items: Array<{ id: string }> };
    expect(list.items.map((s) => s.id)).toEqual(["kaarina-strategia"]);
    const got = await t.call("GET", "/v1/strategies/kaarina-strategia");
    const etag = got.headers.get("etag") ?? "";
    expect(got.status).toBe(200);
    const next = { ...exampleStrategies.kaarina, vision: { fi: "Kaarina – uusi visio" } };
    await expectProblem(
      await t.call("PUT", "/v1/strategies/kaarina-strategia", { token: admin, body: next }),
      428,
    );
    await expectProblem(
      await t.call("PUT", "/v1/strategies/kaarina-strategia", {
        token: preparer,
        body: next,
        headers: { "if-match": etag },
      }),
      403,
    );
    await expectProblem(
      await t.call("PUT", "/v1/strategies/kaarina-strategia", {
        token: admin,
        body: next,
        headers: { "if-match": '"0-x"' },
      }),
      412,
    );
    const put = await t.call("PUT", "/v1/strategies/kaarina-strategia", {
      token: admin,
      body: next,
      headers: { "if-match": etag },
    });
    // the demo data has Kaarina's 2018 strategy and its 2022 renewal: the PUT makes version 3
    expect(((await put.json()) as { version: number }).version).toBe(3);
    const v1 = (await (await t.call("GET", "/v1/strategies/kaarina-strategia/versions/1")).json()) as {
      vision: { fi: string };
    };
    expect(v1.vision.fi).toBe("Kaarina – luonnollisesti yhdessä");
    await expectProblem(await t.call("GET", "/v1/strategies/kaarina-strategia/versions/9"), 404);
    const created = await t.call("POST", "/v1/strategies", {
      token: admin,
      body: { ...exampleStrategies.kaarina, id: "uusi" },
    });
    expect(created.status).toBe(201);
    await expectProblem(
      await t.call("POST", "/v1/strategies", {
        token: admin,
        body: { ...exampleStrategies.kaarina, id: "uusi" },
      }),
      409,
    );
    const bad = await expectProblem(
      await t.call("POST", "/v1/strategies", {
        token: admin,
        body: { ...exampleStrategies.kaarina, goals: [] },
      }),
      422,
    );
    expect(bad.errors?.[0]).toMatchObject({ path: "/goals", code: "too_small" });
  });

  it("GET /v1/framework and PUT with If-Match (admin only)", async () => {
    const res = await t.call("GET", "/v1/framework");
    const fw = (await res.json()) as { dimensions: unknown[] };
    const etag = res.headers.get("etag") ?? "";
    expect(fw.dimensions.length).toBeGreaterThan(10);
    await expectProblem(
      await t.call("PUT", "/v1/framework", { token: preparer, body: fw, headers: { "if-match": etag } }),
      403,
    );
    const ok = await t.call("PUT", "/v1/framework", {
      token: admin,
      body: fw,
      headers: { "if-match": etag },
    });
    expect(ok.status).toBe(200);
    await expectProblem(
      await t.call("PUT", "/v1/framework", { token: admin, body: fw, headers: { "if-match": etag } }),
      412,
    );
  });
});

describe("assessments", () => {
  it("POST creates a draft: 201 + Location + ETag; Idempotency-Key returns the same one", async () => {
    const body = {
      caseRef: { organization: "kaarina", system: "casem", caseId: "KAA/12/2026" },
      strategyId: "kaarina-strategia",
    };
    const a = await t.call("POST", "/v1/assessments", {
      token: preparer,
      body,
      headers: { "idempotency-key": "k1" },
    });
    expect(a.status).toBe(201);
    const id = ((await a.json()) as { id: string }).id;
    expect(a.headers.get("location")).toBe(`/v1/assessments/${id}`);
    expect(a.headers.get("etag")).toBeTruthy();
    const b = await t.call("POST", "/v1/assessments", {
      token: preparer,
      body,
      headers: { "idempotency-key": "k1" },
    });
    expect(((await b.json()) as { id: string }).id).toBe(id);
    await expectProblem(await t.call("POST", "/v1/assessments", { token: approver, body }), 403);
    const wrongOrg = await expectProblem(
      await t.call("POST", "/v1/assessments", {
        token: preparer,
        body: { ...body, caseRef: { ...body.caseRef, organization: "turku" } },
      }),
      422,
    );
    expect(wrongOrg.errors?.[0]?.path).toBe("/caseRef/organization");
    await expectProblem(
      await t.call("POST", "/v1/assessments", { token: preparer, body: { ...body, strategyId: "ghost" } }),
      422,
    );
  });

  it("validation errors name the field, in the caller's language", async () => {
    const body = {
      caseRef: { organization: "kaarina", system: "excel", caseId: "1" },
      strategyId: "kaarina-strategia",
    };
    for (const [lang, word] of [
      ["fi", "Virheellinen"],
      ["sv", "Ogiltig"],
      ["en", "Invalid"],
    ] as const) {
      const p = await expectProblem(
        await t.call("POST", "/v1/assessments", {
          token: preparer,
          body,
          headers: { "accept-language": lang },
        }),
        422,
      );
      expect(p.errors?.[0]?.path).toBe("/caseRef/system");
      expect(p.errors?.[0]?.message).toContain(word);
    }
  });

  it("GET list filters by case, status and text and paginates with a cursor", async () => {
    for (let i = 0; i < 3; i++) {
      await createDraft(t, `${100 + i}/02.02.00/2026`);
      t.advance(1000);
    }
    const page1 = (await (await t.call("GET", "/v1/assessments?limit=2")).json()) as {
      items: unknown[];
      nextCursor: string;
    };
    expect(page1.items).toHaveLength(2);
    const page2 = (await (
      await t.call("GET", `/v1/assessments?limit=2&cursor=${page1.nextCursor}`)
    ).json()) as { items: unknown[] };
    expect(page2.items.length).toBeGreaterThan(0);
    const byCase = (await (
      await t.call("GET", "/v1/assessments?caseSystem=dynasty&caseId=%20101%2F02.02.00%2F2026")
    ).json()) as { items: unknown[] };
    expect(byCase.items).toHaveLength(1);
    const approved = (await (await t.call("GET", "/v1/assessments?status=approved")).json()) as {
      items: Array<{ id: string }>;
    };
    expect(approved.items.map((x) => x.id)).toEqual(["demo-littoinen"]);
    const q = (await (await t.call("GET", "/v1/assessments?q=harjoitus")).json()) as {
      items: Array<{ id: string }>;
    };
    expect(q.items.map((x) => x.id)).toEqual(["demo-littoinen-draft"]);
    await expectProblem(await t.call("GET", "/v1/assessments?limit=1000"), 422);
  });

  it("GET one: 200 with ETag; another organization's id is 404", async () => {
    const res = await t.call("GET", "/v1/assessments/demo-littoinen");
    expect(res.status).toBe(200);
    expect(res.headers.get("etag")).toBeTruthy();
    await expectProblem(
      await t.call("GET", "/v1/assessments/demo-littoinen", { token: token("heinola", "admin") }),
      404,
    );
  });

  it("PATCH (merge patch) and PUT save a draft with If-Match: 428, 412, 415, 400, 422 and 200", async () => {
    const { id, etag } = await createDraft(t);
    const url = `/v1/assessments/${id}`;
    const mp = { "content-type": "application/merge-patch+json" };
    await expectProblem(
      await t.call("PATCH", url, { token: preparer, body: { basics: { title: "Uusi" } }, headers: mp }),
      428,
    );
    await expectProblem(
      await t.call("PATCH", url, {
        token: preparer,
        body: { basics: { title: "Uusi" } },
        headers: { ...mp, "if-match": '"9-x"' },
      }),
      412,
    );
    await expectProblem(
      await t.call("PATCH", url, {
        token: preparer,
        body: "title=x",
        headers: { "content-type": "text/plain", "if-match": etag },
      }),
      415,
    );
    await expectProblem(
      await t.call("PATCH", url, {
        token: preparer,
        body: "{not json",
        headers: { ...mp, "if-match": etag },
      }),
      400,
    );
    const bad = await expectProblem(
      await t.call("PATCH", url, {
        token: preparer,
        body: { ratings: [{ alternativeId: "a", criterionId: "dim:x", value: 4 }] },
        headers: { ...mp, "if-match": etag },
      }),
      422,
    );
    expect(bad.errors?.map((e) => e.path)).toContain("/ratings/0/value");
    const ok = await t.call("PATCH", url, {
      token: preparer,
      body: { basics: { title: "Uusi otsikko" } },
      headers: { ...mp, "if-match": etag },
    });
    expect(ok.status).toBe(200);
    const saved = (await ok.json()) as {
      assessment: { basics: { title: string; caseRef: { caseId: string } } };
    };
    expect(saved.assessment.basics.title).toBe("Uusi otsikko");
    expect(saved.assessment.basics.caseRef.caseId).toBe("123/02.02.00/2026"); // merged, not replaced
    const etag2 = ok.headers.get("etag") ?? "";
    const put = await t.call("PUT", url, {
      token: preparer,
      body: { ...saved.assessment, basics: { ...saved.assessment.basics, title: "PUT" } },
      headers: { "if-match": etag2 },
    });
    expect(put.status).toBe(200);
    await expectProblem(
      await t.call("PUT", url, {
        token: token("kaarina", "reader"),
        body: {},
        headers: { "if-match": etag2 },
      }),
      403,
    );
  });

  it("refuses a body over 1 MiB with 413", async () => {
    const { id, etag } = await createDraft(t);
    const big = { basics: { problem: "x".repeat(1_100_000) } };
    await expectProblem(
      await t.call("PATCH", `/v1/assessments/${id}`, {
        token: preparer,
        body: big,
        headers: { "if-match": etag },
      }),
      413,
    );
  });
});

describe("workflow, evaluation, summary, history, attachment, follow-ups", () => {
  it("draft → submit (422 while incomplete) → return → submit → approve (locked) → reopen", async () => {
    const { id, etag } = await createDraft(t);
    const url = `/v1/assessments/${id}`;
    const incomplete = await expectProblem(
      await t.call("POST", `${url}/submit`, { token: preparer, headers: { "if-match": etag } }),
      422,
    );
    expect(incomplete.type).toBe("urn:eva:problem:not-submittable");
    expect(incomplete.findings?.length).toBeGreaterThan(0);
    const put = await t.call("PUT", url, {
      token: preparer,
      body: {
        ...full(),
        basics: {
          ...full().basics,
          caseRef: { organization: "kaarina", system: "dynasty", caseId: "123/02.02.00/2026" },
        },
      },
      headers: { "if-match": etag },
    });
    expect(put.status).toBe(200);
    let e = put.headers.get("etag") ?? "";
    await expectProblem(await t.call("POST", `${url}/submit`, { token: preparer }), 428);
    await expectProblem(
      await t.call("POST", `${url}/approve`, { token: approver, headers: { "if-match": e } }),
      409,
    );
    let res = await t.call("POST", `${url}/submit`, { token: preparer, headers: { "if-match": e } });
    expect(res.status).toBe(200);
    e = res.headers.get("etag") ?? "";
    await expectProblem(
      await t.call("POST", `${url}/return`, { token: approver, body: {}, headers: { "if-match": e } }),
      422,
    );
    res = await t.call("POST", `${url}/return`, {
      token: approver,
      body: { comment: "Täydennä riskit." },
      headers: { "if-match": e },
    });
    expect((await res.json()) as { status: string; returnComment: string }).toMatchObject({
      status: "draft",
      returnComment: "Täydennä riskit.",
    });
    e = res.headers.get("etag") ?? "";
    res = await t.call("POST", `${url}/submit`, { token: preparer, headers: { "if-match": e } });
    e = res.headers.get("etag") ?? "";
    await expectProblem(
      await t.call("POST", `${url}/approve`, { token: preparer, headers: { "if-match": e } }),
      403,
    );
    res = await t.call("POST", `${url}/approve`, { token: approver, headers: { "if-match": e } });
    expect(((await res.json()) as { status: string }).status).toBe("approved");
    e = res.headers.get("etag") ?? "";
    await expectProblem(
      await t.call("PATCH", url, {
        token: preparer,
        body: { basics: { title: "lukittu" } },
        headers: { "if-match": e },
      }),
      409,
    );
    res = await t.call("POST", `${url}/reopen`, { token: approver, headers: { "if-match": e } });
    expect((await res.json()) as { status: string; version: number }).toMatchObject({
      status: "draft",
      version: 2,
    });
    const history = (await (await t.call("GET", `${url}/history`)).json()) as {
      versions: Array<{ version: number; status: string }>;
      events: Array<{ action: string; actor: string; patch: unknown[] }>;
    };
    expect(history.events.map((x) => x.action)).toEqual([
      "create",
      "update",
      "submit",
      "return",
      "submit",
      "approve",
      "reopen",
    ]);
    expect(history.versions).toEqual([
      expect.objectContaining({ version: 1, status: "approved" }),
      { version: 2, status: "draft" },
    ]);
    expect(history.events[1]?.patch.length).toBeGreaterThan(0);
  });

  it("evaluation and summary (json, md, html by query and Accept, fi/sv/en); 422 for an incomplete draft", async () => {
    const ev = (await (await t.call("GET", "/v1/assessments/demo-littoinen/evaluation")).json()) as {
      winnerIds: string[];
    };
    expect(ev.winnerIds).toEqual(["uudisrakennus"]);
    const json = (await (await t.call("GET", "/v1/assessments/demo-littoinen/summary?lang=sv")).json()) as {
      locale: string;
    };
    expect(json.locale).toBe("sv");
    const md = await t.call("GET", "/v1/assessments/demo-littoinen/summary?format=md&lang=en");
    expect(md.headers.get("content-type")).toMatch(/^text\/markdown/);
    expect(await md.text()).toContain("## Alternatives");
    const html = await t.call("GET", "/v1/assessments/demo-littoinen/summary", {
      headers: { accept: "text/html" },
    });
    expect(html.headers.get("content-type")).toMatch(/^text\/html/);
    const text = await html.text();
    expect(text).toContain('<html lang="fi">');
    expect(text).toContain('role="img"');
    const { id } = await createDraft(t);
    await expectProblem(await t.call("GET", `/v1/assessments/${id}/evaluation`), 422);
  });

  it("attachment record of an approved assessment: its PDF and HTML with their SHA-256; 409 before approval", async () => {
    const res = await t.call("GET", "/v1/assessments/demo-littoinen/attachment?lang=fi");
    const a = (await res.json()) as {
      file: { uri: string; sha256: string; size: number; mediaType: string; name: string };
      alternatives: Array<{ uri: string; sha256: string; size: number; mediaType: string }>;
      publicityClass: string;
      caseId: string;
      personalData: boolean;
    };
    expect(a).toMatchObject({ publicityClass: "public", caseId: "657/02.02.00/2023", personalData: false });
    expect(a.file).toMatchObject({ mediaType: "application/pdf", name: "EVA-657_02.02.00_2023-v1-fi.pdf" });
    expect(a.alternatives.map((x) => x.mediaType)).toEqual(["text/html"]);
    const { createHash } = await import("node:crypto");
    for (const f of [a.file, ...a.alternatives]) {
      expect(new URL(f.uri).pathname).toBe("/v1/assessments/demo-littoinen/versions/1/summary");
      const file = await t.call("GET", new URL(f.uri).pathname + new URL(f.uri).search);
      expect(file.headers.get("content-type")).toContain(f.mediaType);
      const bytes = Buffer.from(await file.arrayBuffer());
      expect(bytes.length).toBe(f.size);
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(f.sha256);
    }
    await expectProblem(await t.call("GET", "/v1/assessments/demo-littoinen-draft/attachment"), 409);
  });

  it("GET /v1/cases/{system}/{caseId}/assessments matches the normalised, URL-encoded case id", async () => {
    const res = await t.call(
      "GET",
      `/v1/cases/dynasty/${encodeURIComponent(" 657 / 02.02.00/2023 ")}/assessments`,
    );
    const body = (await res.json()) as { items: Array<{ id: string }> };
    expect(body.items.map((x) => x.id).sort()).toEqual(["demo-littoinen", "demo-littoinen-draft"]);
    expect(
      ((await (await t.call("GET", "/v1/cases/ahjo/HEL-2025-1/assessments")).json()) as { items: unknown[] })
        .items,
    ).toEqual([]);
    await expectProblem(await t.call("GET", "/v1/cases/excel/1/assessments"), 422);
  });

  it("POST /v1/evaluate is stateless and gives the same numbers as eva-core", async () => {
    const { evaluate } = await import("eva-core");
    const res = await t.call("POST", "/v1/evaluate", {
      body: { assessment: demoAssessment, strategy: exampleStrategies.kaarina },
    });
    expect(await res.json()).toEqual(
      JSON.parse(JSON.stringify(evaluate(demoAssessment, exampleStrategies.kaarina))),
    );
    const bad = await expectProblem(
      await t.call("POST", "/v1/evaluate", {
        body: { assessment: { ...demoAssessment, alternatives: [] }, strategy: exampleStrategies.kaarina },
      }),
      422,
    );
    expect(bad.errors?.some((x) => x.path.startsWith("/assessment/alternatives"))).toBe(true);
  });

  it("GET /v1/reports/strategy in JSON and CSV", async () => {
    const r = (await (
      await t.call("GET", "/v1/reports/strategy?strategyId=kaarina-strategia&from=2026-01-01&to=2026-12-31")
    ).json()) as {
      decisions: number;
      criteria: Array<{ criterionId: string; decisions: Array<{ rating: number }> }>;
    };
    expect(r.decisions).toBe(1);
    expect(
      r.criteria.find((x) => x.criterionId === "goal:sujuvat-arjen-palvelut")?.decisions[0]?.rating,
    ).toBe(3);
    const csv = await t.call(
      "GET",
      "/v1/reports/strategy?strategyId=kaarina-strategia&from=2026-01-01&to=2026-12-31&format=csv",
    );
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect((await csv.text()).split("\r\n").length).toBeGreaterThan(5);
    await expectProblem(
      await t.call("GET", "/v1/reports/strategy?strategyId=kaarina-strategia&from=2026-12-31&to=2026-01-01"),
      422,
    );
    await expectProblem(
      await t.call("GET", "/v1/reports/strategy?strategyId=ghost&from=2026-01-01&to=2026-12-31"),
      404,
    );
  });

  it("follow-ups on an approved assessment: predicted vs realised", async () => {
    const get = await t.call("GET", "/v1/assessments/demo-littoinen");
    const etag = get.headers.get("etag") ?? "";
    const record = {
      recordedAt: "2030-06-10",
      realised: [{ criterionId: "dim:children", value: 2, justification: "Oireilu loppui." }],
    };
    expect(
      (
        await t.call("POST", "/v1/assessments/demo-littoinen/follow-ups", {
          token: preparer,
          body: record,
          headers: { "if-match": etag },
        })
      ).status,
    ).toBe(200);
    const f = (await (await t.call("GET", "/v1/assessments/demo-littoinen/follow-ups")).json()) as {
      comparison: { meanAbsoluteError: number };
    };
    expect(f.comparison.meanAbsoluteError).toBe(1); // predicted +3, realised +2
    await expectProblem(
      await t.call("POST", "/v1/assessments/demo-littoinen-draft/follow-ups", {
        token: preparer,
        body: record,
        headers: { "if-match": "x" },
      }),
      409,
    );
  });

  it("the assessment view and list carry lastFollowUpAt: the newest record's date, absent before any", async () => {
    const before = (await (await t.call("GET", "/v1/assessments/demo-littoinen")).json()) as Record<
      string,
      unknown
    >;
    expect(before).not.toHaveProperty("lastFollowUpAt");
    let etag = String(before.etag);
    for (const recordedAt of ["2030-06-10", "2030-03-01"]) {
      const res = await t.call("POST", "/v1/assessments/demo-littoinen/follow-ups", {
        token: preparer,
        body: { recordedAt, realised: [] },
        headers: { "if-match": etag },
      });
      expect(res.status).toBe(200);
      etag = res.headers.get("etag") ?? "";
    }
    const one = (await (await t.call("GET", "/v1/assessments/demo-littoinen")).json()) as Record<
      string,
      unknown
    >;
    expect(one.lastFollowUpAt).toBe("2030-06-10");
    const list = (await (await t.call("GET", "/v1/assessments")).json()) as {
      items: Array<{ id: string; lastFollowUpAt?: string }>;
    };
    expect(list.items.find((x) => x.id === "demo-littoinen")?.lastFollowUpAt).toBe("2030-06-10");
    expect(list.items.find((x) => x.id === "demo-littoinen-draft")).not.toHaveProperty("lastFollowUpAt");
  });

  it("public view: only approved + public + marked; no names, no non-public risks", async () => {
    const list = (await (await t.call("GET", "/public/assessments", { token: null })).json()) as {
      items: Array<{ id: string }>;
    };
    expect(list.items.map((x) => x.id)).toEqual(["demo-littoinen"]);
    const s = (await (
      await t.call("GET", "/public/assessments/demo-littoinen/summary?lang=fi", { token: null })
    ).json()) as { preparedBy: unknown; participation: string[] };
    expect(s.preparedBy).toBeNull();
    expect(JSON.stringify(s)).not.toContain("Sanna Esimerkki");
    expect(JSON.stringify(s)).not.toContain("Littoisten koulun huoltajat");
    await expectProblem(
      await t.call("GET", "/public/assessments/demo-littoinen-draft/summary", { token: null }),
      404,
    );
  });

  it("the public and the signed-in summary never share a cached evaluation, in either order", async () => {
    // both are kept in the app's evaluation cache: the resident's copy must stay redacted and
    // the signed-in one whole, whichever was asked for first (each order on a fresh app)
    const publicSummary = async () =>
      JSON.stringify(
        await (
          await t.call("GET", "/public/assessments/demo-littoinen/summary?lang=fi", { token: null })
        ).json(),
      );
    const signedIn = async () =>
      JSON.stringify(await (await t.call("GET", "/v1/assessments/demo-littoinen/summary?lang=fi")).json());
    for (const publicFirst of [true, false]) {
      if (!publicFirst) {
        await t.close();
        t = await testApp();
      }
      const [pub, full] = publicFirst
        ? [await publicSummary(), await signedIn()]
        : [await signedIn(), await publicSummary()].reverse();
      for (const again of [pub, await publicSummary()]) {
        expect(again).not.toContain("Sanna Esimerkki");
        expect(again).not.toContain("Littoisten koulun huoltajat");
      }
      for (const again of [full, await signedIn()]) expect(again).toContain("Sanna Esimerkki");
    }
  });
});
