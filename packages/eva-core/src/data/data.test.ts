import { describe, expect, it } from "vitest";
import { AssessmentSchema } from "../schemas/assessment.js";
import { ImpactFrameworkSchema } from "../schemas/impact-framework.js";
import { StrategySchema } from "../schemas/strategy.js";
import { defaultFramework } from "./default-framework.js";
import { demoAssessment } from "./demo-assessment.js";
import { exampleStrategies } from "./example-strategies/index.js";

describe("the seeds as data", () => {
  it("every example strategy validates", () => {
    for (const s of Object.values(exampleStrategies)) expect(StrategySchema.safeParse(s).success).toBe(true);
  });

  it("Kaarina has the seed's vision, 3 values, 4 goals and every success factor (seed 002)", () => {
    const k = exampleStrategies.kaarina;
    expect(k.vision.fi).toBe("Kaarina – luonnollisesti yhdessä");
    expect(k.values.map((v) => v.name.fi)).toEqual(["yhdessä", "avoimesti", "asiakaslähtöisesti"]);
    expect(k.goals.map((g) => g.name.fi)).toEqual([
      "vastuullinen johtaminen",
      "hyvinvoinnin edistäminen ennakoivasti",
      "viihtyisä, turvallinen ja toimiva lähiympäristö",
      "sujuvat ja turvalliset arjen palvelut läheltä",
    ]);
    // counted from the seed's bullet lists
    expect(k.goals.map((g) => g.successFactors.length)).toEqual([7, 6, 8, 7]);
    expect(k.values.map((v) => v.meanings.length)).toEqual([5, 5, 5]);
    const meanings = k.values.flatMap((v) => v.meanings.flatMap((m) => m.items.map((i) => i.fi)));
    expect(meanings).toContain("vaihtoehtoisia ratkaisumalleja");
    expect(meanings).toContain("päätösten riittävää perustelemista");
    expect(meanings).toContain("päätösten vaikutusten arviointia");
  });

  it("Heinola has 4 themes and 5 values (seed 001), Kangasala 11 themes (seed 000)", () => {
    expect(exampleStrategies.heinola.goals.map((g) => g.name.fi)).toEqual([
      "Hyvinvoinnin kasvu",
      "Uudistuva työ ja asuminen",
      "Toimija keskiössä",
      "Talouden tasapaino",
    ]);
    expect(exampleStrategies.heinola.values.map((v) => v.name.fi)).toEqual([
      "innovatiivisuus",
      "tuloksellisuus",
      "rohkeus",
      "välittäminen",
      "yhteisöllisyys",
    ]);
    expect(exampleStrategies.kangasala.goals).toHaveLength(11);
  });

  it("the default framework validates and has fi, sv and en texts for every dimension", () => {
    expect(ImpactFrameworkSchema.safeParse(defaultFramework).success).toBe(true);
    const groups = new Set(defaultFramework.dimensions.map((d) => d.group));
    expect([...groups].sort()).toEqual(["economy", "environment", "organisation", "people"]);
    for (const d of defaultFramework.dimensions) {
      for (const l of ["fi", "sv", "en"] as const) {
        expect(d.label[l].length).toBeGreaterThan(2);
        expect(d.question[l]).toMatch(/\?$/);
      }
    }
    expect(defaultFramework.dimensions.find((d) => d.id === "children")?.legalBasis?.fi).toMatch(/3 artikla/);
  });

  it("the demo assessment is complete and refers to Kaarina's strategy", () => {
    expect(AssessmentSchema.safeParse(demoAssessment).success).toBe(true);
    const k = exampleStrategies.kaarina;
    expect(demoAssessment.strategyRef).toEqual({ id: k.id, version: k.version });
    expect(demoAssessment.alternatives.filter((a) => a.baseline)).toHaveLength(1);
    const criteria = new Set(demoAssessment.ratings.map((r) => r.criterionId));
    for (const g of k.goals) expect(criteria).toContain(`goal:${g.id}`);
    for (const v of k.values) expect(criteria).toContain(`value:${v.id}`);
    for (const d of defaultFramework.dimensions) {
      if (d.measure === "rating" && !d.bilingualOnly) expect(criteria).toContain(`dim:${d.id}`);
    }
    for (const r of demoAssessment.ratings) expect(r.justification?.length).toBeGreaterThan(5);
    for (const f of demoAssessment.economy?.flows ?? []) expect(f.rows.length).toBeGreaterThanOrEqual(5);
  });
});
