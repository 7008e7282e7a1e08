import { defaultFramework, demoAssessment, type ImpactFramework } from "eva-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestApp, testApp, token } from "./harness.js";

// Issue 18: a case is assessed against the strategy version and the framework in force for it,
// chosen visibly; "no EVA needed" closes a case without alternatives; refusals name things in words.
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

const preparer = token("kaarina", "preparer");
const approver = token("kaarina", "approver");
const admin = token("kaarina", "admin");
let seq = 0;
const create = async (extra: Record<string, unknown> = {}) => {
  seq += 1;
  const res = await t.call("POST", "/v1/assessments", {
    token: preparer,
    body: {
      caseRef: { organization: "kaarina", system: "dynasty", caseId: `${seq}/00.00.00/2026` },
      strategyId: "kaarina-strategia",
      ...extra,
    },
  });
  return { res, json: (await res.json()) as Record<string, any>, etag: res.headers.get("etag") ?? "" };
};
const demoBody = () => {
  const { basics, ...rest } = structuredClone(demoAssessment);
  const { caseRef: _c, ...b } = basics;
  return { ...rest, basics: b };
};

describe("the strategy version a case is assessed against", () => {
  it("is the current one by default, or the version asked for; an unknown version is 422 on its field", async () => {
    expect((await create()).json.strategyVersion).toBe(2);
    const older = await create({ strategyVersion: 1 });
    expect(older.res.status).toBe(201);
    expect(older.json.strategyVersion).toBe(1);
    expect(older.json.assessment.strategyRef).toEqual({ id: "kaarina-strategia", version: 1 });
    const ghost = await create({ strategyVersion: 9 });
    expect(ghost.res.status).toBe(422);
    expect(ghost.json.errors[0].path).toBe("/strategyVersion");
  });
});

describe("the organisation's framework is the case's", () => {
  it("is copied into a new case, and evaluation, findings and summary use its own dimension", async () => {
    const fw = await t.call("GET", "/v1/framework");
    const custom: ImpactFramework = {
      ...defaultFramework,
      id: "kaarina-vaikutukset",
      version: 2,
      dimensions: [
        ...defaultFramework.dimensions,
        {
          id: "archipelago",
          group: "environment",
          label: { fi: "Saaristo", sv: "Skärgården", en: "The archipelago" },
          question: {
            fi: "Miten saaristo muuttuu?",
            sv: "Hur förändras skärgården?",
            en: "How does the archipelago change?",
          },
          measure: "rating",
          bilingualOnly: false,
        },
      ],
    };
    const put = await t.call("PUT", "/v1/framework", {
      token: admin,
      body: custom,
      headers: { "if-match": fw.headers.get("etag") ?? "" },
    });
    expect(put.status).toBe(200);
    const body = demoBody();
    const { framework: _f, ...assessment } = body as typeof body & { framework?: unknown };
    const ratings = [
      ...assessment.ratings,
      ...assessment.alternatives.map((a, i) => ({
        alternativeId: a.id,
        criterionId: "dim:archipelago",
        value: i - 1,
        justification: "Rannat muuttuvat.",
      })),
    ];
    const made = await create({ strategyVersion: 1, assessment: { ...assessment, ratings } });
    expect(made.res.status).toBe(201);
    expect(made.json.assessment.framework.id).toBe("kaarina-vaikutukset");
    const evaluation = (await (await t.call("GET", `/v1/assessments/${made.json.id}/evaluation`)).json()) as {
      criteria: Array<{ id: string }>;
      findings: Array<{ code: string }>;
    };
    expect(evaluation.criteria.map((c) => c.id)).toContain("dim:archipelago");
    expect(evaluation.findings.map((f) => f.code)).not.toContain("unknown_criterion");
    const summary = (await (
      await t.call("GET", `/v1/assessments/${made.json.id}/summary?format=json&lang=sv`)
    ).json()) as {
      matrix: Array<{ label: string }>;
    };
    expect(summary.matrix.map((m) => m.label)).toContain("Skärgården");
  });
});

describe("screening: no EVA needed", () => {
  it("closes a case with its basics and reason only: submit, then approve", async () => {
    const {
      alternatives: _a,
      ratings: _r,
      conclusion: _c,
      economy: _e,
      risks: _k,
      participation: _p,
      ...rest
    } = demoBody();
    const made = await create({
      assessment: {
        basics: rest.basics,
        screening: { outcome: "none", reason: "Tekninen korjaus, ei vaikutuksia." },
      },
    });
    const submitted = await t.call("POST", `/v1/assessments/${made.json.id}/submit`, {
      token: preparer,
      headers: { "if-match": made.etag },
    });
    expect(submitted.status).toBe(200);
    const approved = await t.call("POST", `/v1/assessments/${made.json.id}/approve`, {
      token: approver,
      headers: { "if-match": submitted.headers.get("etag") ?? "" },
    });
    expect(approved.status).toBe(200);
    expect(((await approved.json()) as { status: string }).status).toBe("approved");
    // it has no board summary; asking for one is the caller's error, never the server's
    for (const path of [
      "summary?format=json",
      "summary?format=pdf",
      "attachment",
      "evaluation",
      "versions/1/summary",
    ]) {
      const res = await t.call("GET", `/v1/assessments/${made.json.id}/${path}`);
      expect(res.status, path).toBeLessThan(500);
    }
  });

  it("still needs the reason: 422 names it in words", async () => {
    const made = await create({ assessment: { basics: demoBody().basics, screening: { outcome: "none" } } });
    const res = await t.call("POST", `/v1/assessments/${made.json.id}/submit`, {
      token: preparer,
      headers: { "if-match": made.etag, "accept-language": "sv" },
    });
    expect(res.status).toBe(422);
    const problem = (await res.json()) as { errors: Array<{ path: string; message: string }> };
    expect(problem.errors.map((e) => e.path)).toEqual(["/screening/reason"]);
    expect(problem.errors[0]?.message).toBe("Ange varför ingen konsekvensbedömning görs.");
  });
});

describe("a refused submit", () => {
  it("lists the missing ratings by the criterion's name, never its code", async () => {
    const body = demoBody();
    body.ratings = body.ratings.filter((r) => !r.criterionId.startsWith("goal:vastuullinen"));
    const made = await create({ strategyVersion: 1, assessment: body });
    const res = await t.call("POST", `/v1/assessments/${made.json.id}/submit`, {
      token: preparer,
      headers: { "if-match": made.etag },
    });
    expect(res.status).toBe(422);
    const text = JSON.stringify(((await res.json()) as { findings: unknown[] }).findings);
    expect(text).toContain("Arvioita puuttuu: vastuullinen johtaminen");
    expect(text).not.toMatch(/Arvioita puuttuu: goal:/);
  });
});
