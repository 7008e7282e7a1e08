import { describe, expect, it } from "vitest";
import { demoAssessment } from "../data/demo-assessment.js";
import { PredictionComparisonSchema } from "../schemas/follow-up.js";
import { comparePredictions, followUpFindings } from "./compare.js";

describe("comparePredictions", () => {
  it("compares the chosen alternative's predictions with the realised impacts", () => {
    // demo: uudisrakennus predicted dim:children +3, dim:nature −1
    const c = comparePredictions(demoAssessment, {
      recordedAt: "2030-06-01",
      realised: [
        { criterionId: "dim:children", value: 2, justification: "Oireilu loppui, mutta piha on pieni." },
        { criterionId: "dim:nature", value: -1, justification: "Kuten arvioitiin." },
        { criterionId: "dim:safety", value: "not-assessed", justification: "Ei mitattu." },
      ],
      indicators: [],
    });
    expect(c.alternativeId).toBe("uudisrakennus");
    expect(c.rows.find((r) => r.criterionId === "dim:children")?.difference).toBe(-1);
    expect(c.rows.find((r) => r.criterionId === "dim:safety")?.difference).toBeNull();
    expect(c.compared).toBe(2);
    expect(c.meanAbsoluteError).toBe(0.5); // (|2−3| + |−1−(−1)|) / 2
    expect(c.withinOneStep).toBe(1);
    // the API declares the comparison by this schema
    expect(PredictionComparisonSchema.safeParse(c).error).toBeUndefined();
  });
});

describe("followUpFindings", () => {
  it("warns when the follow-up date has passed without a record, and not otherwise", () => {
    // demo follow-up date: 2030-06-01
    expect(followUpFindings(demoAssessment, [], "2030-06-02")).toEqual([
      {
        code: "follow_up_overdue",
        severity: "warning",
        path: "/conclusion/followUp/date",
        params: { date: "2030-06-01", today: "2030-06-02" },
      },
    ]);
    expect(followUpFindings(demoAssessment, [], "2030-05-31")).toEqual([]);
    expect(followUpFindings(demoAssessment, [{ recordedAt: "2030-06-01" }], "2031-01-01")).toEqual([]);
  });
});
