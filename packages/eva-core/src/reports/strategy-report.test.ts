import { describe, expect, it } from "vitest";
import { demoAssessment } from "../data/demo-assessment.js";
import { exampleStrategies } from "../data/example-strategies/index.js";
import type { Assessment } from "../schemas/assessment.js";
import { StrategyReportSchema } from "../schemas/strategy-report.js";
import { type ReportDecision, strategyReport, strategyReportCsv, tertiles } from "./strategy-report.js";

// The demo case recommends "uudisrakennus"; its ratings on Kaarina's goals are (from the demo
// data): vastuullinen-johtaminen +2, hyvinvoinnin-edistaminen +2, viihtyisa-lahiymparisto +2,
// sujuvat-arjen-palvelut +3. A second decision below changes two of them.
function withRecommendation(id: string, alternativeId: string): Assessment {
  const a = structuredClone(demoAssessment);
  a.conclusion.recommendedAlternativeId = alternativeId;
  a.basics.title = `Päätös ${id}`;
  return a;
}

const decisions: ReportDecision[] = [
  { id: "d1", approvedAt: "2026-03-16", assessment: withRecommendation("d1", "uudisrakennus") },
  // peruskorjaus: vastuullinen-johtaminen +1, sujuvat-arjen-palvelut +1
  { id: "d2", approvedAt: "2026-06-01", assessment: withRecommendation("d2", "peruskorjaus") },
  // outside the period: must not count
  { id: "d3", approvedAt: "2027-02-01", assessment: withRecommendation("d3", "nykytila") },
];

describe("strategyReport", () => {
  const report = strategyReport(exampleStrategies.kaarina, decisions, {
    from: "2026-01-01",
    to: "2026-12-31",
  });

  it("counts the decisions approved in the period only", () => {
    expect(report.decisions).toBe(2);
    expect(report.criteria).toHaveLength(4 + 3); // 4 goals + 3 values of Kaarina
  });

  it("gives each goal the chosen alternatives' ratings, mean and four-month trend", () => {
    const johtaminen = report.criteria.find((c) => c.criterionId === "goal:vastuullinen-johtaminen");
    expect(johtaminen?.decisions.map((d) => d.rating)).toEqual([2, 1]);
    expect(johtaminen?.meanRating).toBe(1.5); // (2 + 1) / 2
    expect(johtaminen?.positive).toBe(2);
    // 16.3. falls in T1 (Jan–Apr), 1.6. in T2 (May–Aug), nothing in T3
    expect(report.periods.map((p) => p.label)).toEqual(["2026/T1", "2026/T2", "2026/T3"]);
    expect(johtaminen?.trend).toEqual([2, 1, null]);
  });

  it("reports how well predictions held when follow-ups exist", () => {
    const first = decisions[0] as ReportDecision;
    const withFollowUp: ReportDecision = {
      ...first,
      followUps: [
        {
          recordedAt: "2030-06-01",
          realised: [
            { criterionId: "goal:sujuvat-arjen-palvelut", value: 1, justification: "Koulumatkat pitenivät." },
          ],
          indicators: [],
        },
      ],
    };
    const r = strategyReport(exampleStrategies.kaarina, [withFollowUp], {
      from: "2026-01-01",
      to: "2026-12-31",
    });
    const palvelut = r.criteria.find((c) => c.criterionId === "goal:sujuvat-arjen-palvelut");
    expect(palvelut?.decisions[0]?.realised).toBe(1);
    expect(palvelut?.predictionError).toBe(2); // predicted +3, realised +1
  });

  it("is what StrategyReportSchema describes (the API declares the report by it)", () => {
    expect(StrategyReportSchema.safeParse(report).error).toBeUndefined();
  });

  it("exports CSV with a header and one row per decision and criterion, formulas neutralised", () => {
    const evil = withRecommendation("x", "uudisrakennus");
    evil.basics.title = '=HYPERLINK("http://x")';
    const r = strategyReport(
      exampleStrategies.kaarina,
      [{ id: "e", approvedAt: "2026-02-02", assessment: evil }],
      {
        from: "2026-01-01",
        to: "2026-12-31",
      },
    );
    const csv = strategyReportCsv(r, "fi");
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^kriteeri;tyyppi;päätös/);
    expect(lines).toHaveLength(1 + 7);
    expect(csv).not.toMatch(/;=HYPERLINK/);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});

describe("tertiles", () => {
  it("splits a period into four-month parts", () => {
    expect(tertiles("2025-06-15", "2026-02-01").map((p) => p.label)).toEqual([
      "2025/T2",
      "2025/T3",
      "2026/T1",
    ]);
  });
});
