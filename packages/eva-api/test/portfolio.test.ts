import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demoAssessment, demoProposals, exampleStrategies, portfolioFromAssessments, rpm } from "eva-core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { portfolioLimitsFromEnv } from "../src/server.js";
import { roleList, type TestApp, testApp, token } from "./harness.js";
import { startServerProcess } from "./server-process.js";

// POST /v1/portfolio on the demo data: the approved Littoinen case and nine submitted proposals
// of Kaarina (eva-core's demoProposals), in process on a real lowdb directory.
let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

const ids = ["demo-littoinen", ...demoProposals.map((p) => p.id)];
const body = { assessmentIds: ids, budget: 5_000_000, year: 2026 };
type Answer = {
  proposals: Array<{
    id: string;
    title: string;
    cost: number;
    value: number;
    class: string;
    sentence: string;
  }>;
  core: string[];
  borderline: string[];
  exterior: string[];
  nonDominated: string[][];
  criteria: Array<{ id: string; lower: number; upper: number }>;
  order: Array<[number, number]>;
  budgetUsed: { core: number; min: number; max: number };
};
const post = (b: unknown, role = "reader", headers: Record<string, string> = {}, org = "kaarina", app = t) =>
  app.call("POST", "/v1/portfolio", { token: token(org, role as never), body: b, headers });

describe("POST /v1/portfolio", () => {
  it("answers every proposal's id, title, cost and value, and core, borderline and exterior ones", async () => {
    const res = await post(body);
    expect(res.status).toBe(200);
    const a = (await res.json()) as Answer;
    expect(a.proposals.map((p) => p.id).sort()).toEqual([...ids].sort());
    const littoinen = a.proposals.find((p) => p.id === "demo-littoinen");
    expect(littoinen?.title).toBe(demoAssessment.basics.title);
    // the demo case invests 1 M€ in 2026 in the new school, nothing in the zero option
    expect(littoinen?.cost).toBe(1_000_000);
    // the swimming hall's 3.8 M€ in 2026 (its data) does not fit beside the rest
    expect(a.proposals.find((p) => p.id === "ehdotus-uimahalli")).toMatchObject({
      cost: 3_800_000,
      class: "exterior",
    });
    for (const list of [a.core, a.borderline, a.exterior]) expect(list.length).toBeGreaterThan(0);
    // the same numbers as eva-core given the same assessments
    const kaarina = exampleStrategies.kaarina;
    const direct = rpm(
      portfolioFromAssessments(
        [
          { id: "demo-littoinen", assessment: demoAssessment, strategy: kaarina },
          ...demoProposals.map((p) => ({ id: p.id, assessment: p.assessment, strategy: kaarina })),
        ],
        { budget: 5_000_000, year: 2026 },
      ),
    );
    expect([a.core, a.borderline, a.exterior, a.nonDominated]).toEqual([
      direct.core,
      direct.borderline,
      direct.exterior,
      direct.nonDominated,
    ]);
    expect(a.budgetUsed.core).toBeLessThanOrEqual(5_000_000);
    expect(a.budgetUsed.max).toBeLessThanOrEqual(5_000_000);
  });

  it("is open to every role of the organization", async () => {
    for (const role of roleList)
      expect((await post({ ...body, assessmentIds: ["demo-littoinen"] }, role)).status).toBe(200);
  });

  it("another organization's assessment is 404, as an id that does not exist", async () => {
    const theirs = await post({ ...body, assessmentIds: ["demo-littoinen"] }, "reader", {}, "heinola");
    const none = await post({ ...body, assessmentIds: ["no-such-assessment"] });
    for (const res of [theirs, none]) {
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    }
  });

  it("refuses a draft with its position in the list, in the caller's language", async () => {
    const res = await post({ ...body, assessmentIds: ["demo-littoinen", "demo-littoinen-draft"] }, "reader", {
      "accept-language": "sv",
    });
    expect(res.status).toBe(422);
    const p = (await res.json()) as { errors: Array<{ path: string; code: string; message: string }> };
    expect(p.errors[0]).toMatchObject({ path: "/assessmentIds/1", code: "not_submitted" });
    expect(p.errors[0]?.message).toMatch(/är ett utkast/);
  });

  it.each([
    ["a negative budget", { ...body, budget: -1 }, "/budget"],
    [
      "the same id twice",
      { ...body, assessmentIds: ["demo-littoinen", "demo-littoinen"] },
      "/assessmentIds/1",
    ],
    ["lower bounds without upper", { ...body, weights: { lower: [0, 0, 0, 0, 0, 0, 0] } }, "/weights/upper"],
    [
      "a spread with bounds",
      { ...body, weights: { spread: 0.2, lower: [0, 0, 0, 0, 0, 0, 0], upper: [1, 1, 1, 1, 1, 1, 1] } },
      "/weights/spread",
    ],
    [
      "bounds of six groups",
      { ...body, weights: { lower: [0, 0, 0, 0, 0, 0], upper: [1, 1, 1, 1, 1, 1] } },
      "/weights/lower",
    ],
    ["an order outside the groups", { ...body, weights: { order: [[0, 7]] } }, "/weights/order/0/1"],
    ["an unknown field", { ...body, extra: 1 }, ""],
    [
      "upper bounds under 1 in all",
      { ...body, weights: { lower: [0, 0, 0, 0, 0, 0, 0], upper: [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1] } },
      "/weights/upper",
    ],
  ])("422 for %s, with the JSON Pointer of the field", async (_, b, path) => {
    const res = await post(b);
    expect(res.status).toBe(422);
    const p = (await res.json()) as { errors: Array<{ path: string }> };
    expect(p.errors.map((e) => e.path)).toContain(path);
  });

  it("says when an order and bounds exclude each other, naming the bound", async () => {
    // strategy ≥ values, but strategy ≤ 0.1 and values ≥ 0.2
    const weights = { order: [[0, 1]], lower: [0, 0.2, 0, 0, 0, 0, 0], upper: [0.1, 1, 1, 1, 1, 1, 1] };
    const res = await post({ ...body, weights }, "reader", { "accept-language": "en" });
    expect(res.status).toBe(422);
    const p = (await res.json()) as { errors: Array<{ path: string; code: string; message: string }> };
    expect(p.errors[0]).toMatchObject({ path: "/weights/upper/0", code: "empty_weight_set" });
    expect(p.errors[0]?.message).toMatch(/exclude each other/);
  });

  it("takes an order alone (the whole simplex in that order) and says it back", async () => {
    const order = [
      [2, 0],
      [0, 4],
    ];
    const res = await post({ ...body, weights: { order } });
    expect(res.status).toBe(200);
    const a = (await res.json()) as Answer;
    expect(a.order).toEqual(order);
    expect(a.criteria.map((c) => [c.lower, c.upper])).toEqual(Array.from({ length: 7 }, () => [0, 1]));
  });

  it("401 without a token, 400 for broken JSON", async () => {
    expect((await t.call("POST", "/v1/portfolio", { token: null, body })).status).toBe(401);
    expect((await t.call("POST", "/v1/portfolio", { body: '{"assessmentIds": [' })).status).toBe(400);
  });

  it("as CSV by ?format=csv and by Accept: text/csv, in the caller's language", async () => {
    for (const [query, headers] of [
      ["?format=csv", { "accept-language": "en" }],
      ["", { accept: "text/csv", "accept-language": "en" }],
    ] as const) {
      const res = await t.call("POST", `/v1/portfolio${query}`, {
        token: token("kaarina", "reader"),
        body,
        headers,
      });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(res.headers.get("content-disposition")).toMatch(/eva-salkku-2026\.csv/);
      // res.text() would drop the byte order mark that spreadsheets need to read UTF-8
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await res.arrayBuffer());
      expect(text.startsWith("\uFEFFproposal;case;class;core index")).toBe(true);
      expect(text).toContain(demoAssessment.basics.title);
    }
  });

  it("never answers 5xx, whatever the body (fast-check, 200 bodies near the valid one)", async () => {
    const num = fc.oneof(fc.double(), fc.integer({ min: -5, max: 5 }), fc.constant("1"), fc.constant(null));
    const bodies = fc.record(
      {
        assessmentIds: fc.oneof(fc.subarray([...ids, "nope", "demo-littoinen-draft"]), fc.anything()),
        budget: fc.oneof(num, fc.integer({ min: 0, max: 20_000_000 })),
        year: fc.oneof(fc.integer({ min: 2020, max: 2030 }), num),
        weights: fc.record(
          {
            spread: num,
            lower: fc.array(fc.double({ min: -0.1, max: 1.1 }), { maxLength: 8 }),
            upper: fc.array(fc.double({ min: -0.1, max: 1.1 }), { maxLength: 8 }),
            order: fc.array(fc.tuple(fc.integer({ min: -1, max: 7 }), fc.integer({ min: -1, max: 7 })), {
              maxLength: 5,
            }),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(bodies, async (b) => {
        const res = await post(b);
        expect(res.status, JSON.stringify(b)).toBeLessThan(500);
        if (res.status !== 200) {
          expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
          const p = (await res.json()) as { errors?: Array<{ path: string }> };
          for (const e of p.errors ?? []) expect(e.path).toMatch(/^(\/[^/]*)*$/);
        } else await res.arrayBuffer();
      }),
      { numRuns: 200, seed: 23 },
    );
  });
});

describe("the strategy report with a budget portfolio", () => {
  const report = "/v1/reports/strategy?strategyId=kaarina-strategia&from=2026-01-01&to=2026-12-31";
  it("includes the portfolio of the strategy's proposals on the table in JSON and CSV when asked for", async () => {
    const plain = (await (await t.call("GET", report)).json()) as Record<string, unknown>;
    expect(plain).not.toHaveProperty("portfolio");
    const res = await t.call("GET", `${report}&portfolioBudget=5000000&portfolioYear=2026`);
    expect(res.status).toBe(200);
    const withPortfolio = (await res.json()) as { decisions: number; portfolio: Answer };
    expect(withPortfolio.decisions).toBe(plain.decisions);
    const direct = (await (await post(body)).json()) as Answer;
    expect(withPortfolio.portfolio.proposals.map((p) => p.id).sort()).toEqual([...ids].sort());
    expect([withPortfolio.portfolio.core, withPortfolio.portfolio.exterior]).toEqual([
      direct.core,
      direct.exterior,
    ]);
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(
      await (
        await t.call("GET", `${report}&portfolioBudget=5000000&portfolioYear=2026&format=csv`)
      ).arrayBuffer(),
    );
    const [rows, portfolio] = csv.split("\r\n\r\n");
    expect(rows?.startsWith("\uFEFFkriteeri;tyyppi;päätös")).toBe(true);
    expect(portfolio?.startsWith("ehdotus;asia;luokka;ydinindeksi")).toBe(true);
    expect(portfolio?.trimEnd().split("\r\n")).toHaveLength(ids.length + 1);
  });
});

describe("POST /v1/portfolio off the event loop", () => {
  it("a worker thread gives the same answer as the request's thread", async () => {
    const inWorker = await testApp({ portfolio: { workerFrom: 1 } });
    try {
      const a = await (await post(body)).json();
      const res = await post(body, "reader", {}, "kaarina", inWorker);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual(a);
    } finally {
      await inWorker.close();
    }
  });

  it("a computation over the time limit is stopped and answered 422 in the caller's language", async () => {
    const slow = await testApp({ portfolio: { workerFrom: 1, timeoutMs: 1 } });
    try {
      const res = await post(body, "reader", { "accept-language": "fi" }, "kaarina", slow);
      expect(res.status).toBe(422);
      const p = (await res.json()) as { errors: Array<{ code: string; message: string }> };
      expect(p.errors[0]?.code).toBe("too_complex");
      expect(p.errors[0]?.message).toMatch(/kesti liian kauan/);
    } finally {
      await slow.close();
    }
  });
});

describe("the portfolio settings of the server", () => {
  it("EVA_PORTFOLIO_WORKER_FROM and EVA_PORTFOLIO_TIMEOUT_MS: defaults, parsed, refused with the name", () => {
    expect(portfolioLimitsFromEnv({})).toEqual({ workerFrom: 13, timeoutMs: 20_000 });
    expect(
      portfolioLimitsFromEnv({ EVA_PORTFOLIO_WORKER_FROM: " 1 ", EVA_PORTFOLIO_TIMEOUT_MS: "500" }),
    ).toEqual({
      workerFrom: 1,
      timeoutMs: 500,
    });
    expect(() => portfolioLimitsFromEnv({ EVA_PORTFOLIO_TIMEOUT_MS: "5" })).toThrow(
      /^EVA_PORTFOLIO_TIMEOUT_MS .*"5"$/,
    );
    expect(() => portfolioLimitsFromEnv({ EVA_PORTFOLIO_WORKER_FROM: "x" })).toThrow(
      /EVA_PORTFOLIO_WORKER_FROM/,
    );
  });

  it("the built server computes in its worker thread (dist/services/portfolio-worker.js)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eva-portfolio-"));
    const server = await startServerProcess(dir, { EVA_PORTFOLIO_WORKER_FROM: "1" });
    try {
      const reader = server.tokens.find((x) => x.organization === "kaarina" && x.role === "reader")?.token;
      const res = await fetch(`${server.url}/v1/portfolio`, {
        method: "POST",
        headers: { authorization: `Bearer ${reader}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(200);
      const a = (await res.json()) as Answer;
      const here = (await (await post(body)).json()) as Answer;
      expect([a.core, a.borderline, a.exterior]).toEqual([here.core, here.borderline, here.exterior]);
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
