import { describe, expect, it } from "vitest";
import { PortfolioReportSchema } from "../schemas/portfolio.js";
import { portfolioReport, portfolioReportCsv } from "./portfolio-report.js";
import { rpm } from "./rpm.js";

// The worked example of docs/methodology.md, with the first two groups as its criteria and the
// other five weighing nothing: ABE and DE are the non-dominated portfolios, E is core, C exterior.
const values = (a: number, b: number) => [a, b, 0, 0, 0, 0, 0];
const input = {
  projects: [
    { id: "A", cost: 2, values: values(4, 1) },
    { id: "B", cost: 3, values: values(1, 5) },
    { id: "C", cost: 2, values: values(2, 2) },
    { id: "D", cost: 4, values: values(6, 4) },
    { id: "E", cost: 1, values: values(4, 4) },
    { id: "F", cost: 7, values: values(9, 9) },
  ],
  budget: 6,
  criteria: ["strategy", "values", "people", "environment", "economy", "organisation", "risk"] as Array<
    "strategy" | "values" | "people" | "environment" | "economy" | "organisation" | "risk"
  >,
  groupWeights: [0.55, 0.45, 0, 0, 0, 0, 0],
  weights: { lower: [0.4, 0.3, 0, 0, 0, 0, 0], upper: [0.7, 0.6, 0, 0, 0, 0, 0] },
};
const titles = Object.fromEntries(
  input.projects.map((p) => [p.id, { title: p.id === "C" ? "=C" : `Hanke ${p.id}`, caseId: `${p.id}/2026` }]),
);

describe("portfolioReport", () => {
  const result = rpm(input);

  it("orders core, borderline, exterior and says one sentence for each, in the caller's language", () => {
    const r = portfolioReport(input, result, { locale: "fi", proposals: titles, year: 2026 });
    expect(PortfolioReportSchema.safeParse(r).success).toBe(true);
    expect(r.proposals.map((p) => [p.id, p.class])).toEqual([
      ["E", "core"],
      ["D", "borderline"],
      ["B", "borderline"],
      ["A", "borderline"],
      // within a class by value (at the assessments' weights)
      ["F", "exterior"],
      ["C", "exterior"],
    ]);
    const byId = Object.fromEntries(r.proposals.map((p) => [p.id, p]));
    expect(byId.E?.sentence).toBe("Mukana kaikissa parhaissa salkuissa painoista riippumatta.");
    expect(byId.D?.sentence).toBe(
      "Mukana, jos ryhmän ”Strategian päämäärät” paino on suuri, ja pois, jos ryhmän ”Arvot” paino on suuri.",
    );
    expect(byId.D?.dependsOn).toEqual({ favoredBy: "strategy", disfavoredBy: "values" });
    expect(byId.C?.sentence).toBe("Ei mukana yhdessäkään parhaassa salkussa.");
    expect(byId.F?.sentence).toBe("Maksaa enemmän kuin koko budjetti.");
    // value at the assessments' weights: D = 0.55 · 6 + 0.45 · 4
    expect(byId.D?.value).toBeCloseTo(5.1, 12);
    expect(byId.D?.title).toBe("Hanke D");
    const en = portfolioReport(input, result, { locale: "en", proposals: titles });
    expect(en.proposals.find((p) => p.id === "A")?.sentence).toBe(
      "In when “Values” weighs a lot, out when “Strategic goals” weighs a lot.",
    );
    expect(en.year).toBeNull();
  });

  it("tells the budget the core uses and the range of the non-dominated portfolios", () => {
    const r = portfolioReport(input, result, { locale: "sv", proposals: titles });
    expect(r.budgetUsed).toEqual({ core: 1, min: 5, max: 6 });
    expect(r.portfolios).toBe(2);
    expect(r.criteria[0]).toEqual({
      id: "strategy",
      name: "Strategiska mål",
      weight: 0.55,
      lower: 0.4,
      upper: 0.7,
    });
  });

  it("as CSV: a header in the language, one row per proposal, formulas neutralised", () => {
    const csv = portfolioReportCsv(portfolioReport(input, result, { locale: "fi", proposals: titles }), "fi");
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("ehdotus;asia;luokka;ydinindeksi;kustannus (€);hyöty;selitys");
    expect(lines).toHaveLength(7);
    expect(lines[1]).toBe(
      "Hanke E;E/2026;ydin;1;1;4;Mukana kaikissa parhaissa salkuissa painoista riippumatta.",
    );
    expect(lines[6]).toMatch(/^"'=C";C\/2026;ulkopuolinen;0;2;/);
  });
});
