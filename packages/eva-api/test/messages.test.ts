import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { problemCatalogues } from "../src/problem-messages.js";
import { createDraft, listen, type TestApp, testApp, token } from "./harness.js";

// Every problem+json text follows Accept-Language (issue 24, item 7): the five field messages
// that were English whatever the caller asked, and each problem's detail.
let t: TestApp;
let limited: TestApp;
let http: Awaited<ReturnType<typeof listen>>;
beforeAll(async () => {
  t = await testApp();
  limited = await testApp({ rateLimit: 1 });
  http = await listen(t);
});
afterAll(async () => {
  await http.close();
  await t.close();
  await limited.close();
});

const preparer = token("kaarina", "preparer");
type Problem = {
  title: string;
  detail?: string;
  errors?: Array<{ path: string; code: string; message: string }>;
};
const problemIn = async (lang: string, send: (h: Record<string, string>) => Response | Promise<Response>) =>
  (await (await send({ "accept-language": lang })).json()) as Problem;

describe("the field messages that were English only", () => {
  it("reports: to before from (date_order)", async () => {
    const q = "/v1/reports/strategy?strategyId=kaarina-strategia&from=2026-05-01&to=2026-01-31";
    const sv = await problemIn("sv", (headers) => t.call("GET", q, { headers }));
    expect(sv.errors).toEqual([
      { path: "/to", code: "date_order", message: "Slutdatumet är före startdatumet." },
    ]);
    const fi = await problemIn("fi", (headers) => t.call("GET", q, { headers }));
    expect(fi.errors?.[0]?.message).toBe("Päättymispäivä on ennen alkamispäivää.");
  });

  it("create: another organization's case (wrong_organization)", async () => {
    const body = {
      caseRef: { organization: "heinola", system: "dynasty", caseId: "1/02.02.00/2026" },
      strategyId: "kaarina-strategia",
    };
    const sv = await problemIn("sv", (headers) =>
      t.call("POST", "/v1/assessments", { token: preparer, body, headers }),
    );
    expect(sv.errors).toEqual([
      {
        path: "/caseRef/organization",
        code: "wrong_organization",
        message: "Ärendet hör till en annan organisation; använd din egen (kaarina).",
      },
    ]);
  });

  it("create: a strategy that does not exist (unknown_strategy)", async () => {
    const body = {
      caseRef: { organization: "kaarina", system: "dynasty", caseId: "1/02.02.00/2026" },
      strategyId: "no-such-strategy",
    };
    const fi = await problemIn("fi", (headers) =>
      t.call("POST", "/v1/assessments", { token: preparer, body, headers }),
    );
    expect(fi.errors).toEqual([
      { path: "/strategyId", code: "unknown_strategy", message: "Strategiaa no-such-strategy ei ole." },
    ]);
  });

  it("save: the draft's case moved to another organization (wrong_organization)", async () => {
    const d = await createDraft(t, "2/02.02.00/2026");
    const patch = { basics: { caseRef: { organization: "heinola" } } };
    const sv = await problemIn("sv", (headers) =>
      t.call("PATCH", `/v1/assessments/${d.id}`, {
        token: preparer,
        body: patch,
        headers: { ...headers, "if-match": d.etag },
      }),
    );
    expect(sv.errors).toEqual([
      {
        path: "/basics/caseRef/organization",
        code: "wrong_organization",
        message: "Ärendet hör till en annan organisation; använd din egen (kaarina).",
      },
    ]);
  });

  it("autosave: a merge patch that is not an object (invalid_type)", async () => {
    const d = await createDraft(t, "3/02.02.00/2026");
    const fi = await problemIn("fi", (headers) =>
      t.call("PATCH", `/v1/assessments/${d.id}`, {
        token: preparer,
        body: "[1, 2]",
        headers: { ...headers, "if-match": d.etag },
      }),
    );
    expect(fi.errors).toEqual([
      { path: "", code: "invalid_type", message: "Arvo on väärää tyyppiä (odotettiin: object)." },
    ]);
  });
});

describe("every problem's title and detail", () => {
  // one request for each kind of problem the API answers
  const cases: Array<[string, (h: Record<string, string>) => Response | Promise<Response>]> = [
    ["401", (headers) => t.call("GET", "/v1/me", { token: "wrong", headers })],
    ["403", (headers) => t.call("POST", "/v1/strategies", { body: {}, headers })],
    ["404", (headers) => t.call("GET", "/v1/assessments/no-such-id", { headers })],
    ["404 path", (headers) => t.call("GET", "/v1/no-such-path", { headers })],
    [
      "409",
      (headers) =>
        t.call("PATCH", "/v1/assessments/demo-littoinen", {
          token: preparer,
          body: {},
          headers: { ...headers, "if-match": "x" },
        }),
    ],
    [
      "412",
      (headers) =>
        t.call("PATCH", "/v1/assessments/demo-littoinen-draft", {
          token: preparer,
          body: {},
          headers: { ...headers, "if-match": '"stale"' },
        }),
    ],
    [
      "428",
      (headers) =>
        t.call("PATCH", "/v1/assessments/demo-littoinen-draft", { token: preparer, body: {}, headers }),
    ],
    [
      "400",
      (headers) => t.call("POST", "/v1/assessments", { token: preparer, body: '{"caseRef":', headers }),
    ],
    [
      "415",
      (headers) =>
        t.call("POST", "/v1/assessments", {
          token: preparer,
          body: "x",
          headers: { ...headers, "content-type": "text/plain" },
        }),
    ],
    ["413", (headers) => t.call("POST", "/v1/evaluate", { body: `"${"x".repeat(1024 * 1024)}"`, headers })],
    [
      "422 submit",
      (headers) =>
        t.call("POST", "/v1/assessments/demo-littoinen-draft/submit", {
          token: preparer,
          headers: { ...headers, "if-match": "x" },
        }),
    ],
  ];

  it.each(cases)("%s: fi, sv and en differ, none is empty", async (_name, send) => {
    const [fi, sv, en] = await Promise.all(["fi", "sv", "en"].map((lang) => problemIn(lang, send)));
    for (const p of [fi, sv, en]) {
      expect(p?.title.length).toBeGreaterThan(0);
      expect(p?.detail?.length ?? 1).toBeGreaterThan(0);
    }
    expect(new Set([fi?.title, sv?.title, en?.title]).size).toBe(3);
    if (en?.detail) expect(new Set([fi?.detail, sv?.detail, en.detail]).size).toBe(3);
  });

  it("429 and 405 too", async () => {
    await limited.call("GET", "/v1/me");
    const rate = await Promise.all(
      ["fi", "sv", "en"].map(async (lang) =>
        (await limited.call("GET", "/v1/me", { headers: { "accept-language": lang } })).json(),
      ),
    );
    expect(rate.map((p) => (p as Problem).detail)).toEqual([
      "Yritä uudelleen 60 sekunnin kuluttua.",
      "Försök igen om 60 sekunder.",
      "Try again in 60 s.",
    ]);
    const allowed = await Promise.all(
      ["fi", "sv", "en"].map(async (lang) =>
        JSON.parse((await http.send("TRACE", "/v1/me", { headers: { "accept-language": lang } })).text),
      ),
    );
    expect(new Set(allowed.map((p) => (p as Problem).detail)).size).toBe(3);
  });
});

describe("the catalogue", () => {
  it("has every key in fi, sv and en with the same parameters", () => {
    for (const catalogue of Object.values(problemCatalogues)) {
      const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const [key, fi] of Object.entries(catalogue.fi)) {
        for (const lang of ["sv", "en"] as const) {
          const other = (catalogue[lang] as Record<string, string>)[key] ?? "";
          expect(other.length, `${lang} ${key}`).toBeGreaterThan(0);
          expect(params(other), `${lang} ${key}`).toEqual(params(fi));
        }
      }
    }
  });
});
