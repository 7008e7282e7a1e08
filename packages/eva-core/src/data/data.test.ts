import { describe, expect, it } from "vitest";
import { AssessmentSchema } from "../schemas/assessment.js";
import { ImpactFrameworkSchema } from "../schemas/impact-framework.js";
import { StrategySchema } from "../schemas/strategy.js";
import { defaultFramework } from "./default-framework.js";
import { demoAssessment } from "./demo-assessment.js";
import { exampleStrategies, exampleStrategyVersions } from "./example-strategies/index.js";

describe("the seeds as data", () => {
  it("every example strategy validates", () => {
    for (const s of Object.values(exampleStrategies)) expect(StrategySchema.safeParse(s).success).toBe(true);
  });

  it("Kaarina has the seed's vision, 3 values, 4 goals and every success factor (seed 002)", () => {
    const k = exampleStrategies.kaarina;
    expect(k.vision?.fi).toBe("Kaarina – luonnollisesti yhdessä");
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

  it("Heinola states no vision in seed 001, so its data has none; Kangasala's line is as written in seed 000", () => {
    expect(exampleStrategies.heinola.vision).toBeUndefined();
    // seed 000, the last slide before the thanks: "Vaatimattomasti paras / Kangasala."
    expect(exampleStrategies.kangasala.vision?.fi).toBe("Vaatimattomasti paras Kangasala.");
    expect(exampleStrategies.kangasala.name.fi).toMatch(/^Oksalla ylimmällä/);
  });

  it("Kaarina's 2022 renewal (seed 003) is version 2, in force from its planned approval, its assumptions marked", () => {
    const [v1, v2] = exampleStrategyVersions.kaarina;
    expect(v1).toEqual(exampleStrategies.kaarina);
    expect(v2?.version).toBe(2);
    expect(v2?.id).toBe(v1?.id);
    // seed 003: "uusi strategia hyväksytään kaupunginvaltuustossa syyskuun 2022 alussa"
    expect(v2?.validFrom).toBe("2022-09-01");
    expect(v2?.provenance?.examples).toEqual(expect.arrayContaining(["goals", "values", "validity"]));
    expect(v2?.provenance?.note?.fi).toMatch(/joukkoliikenne/);
    for (const versions of Object.values(exampleStrategyVersions))
      for (const s of versions) expect(StrategySchema.safeParse(s).success).toBe(true);
  });

  it("marks what is not the municipality's own text: invented indicators and weights, translations", () => {
    const k = exampleStrategies.kaarina;
    const indicators = k.goals.flatMap((g) => g.indicators);
    expect(indicators.length).toBeGreaterThan(0);
    for (const i of indicators) expect(i.example, i.id).toBe(true);
    expect(k.provenance?.examples).toEqual(expect.arrayContaining(["indicators", "defaultWeights"]));
    for (const s of Object.values(exampleStrategies)) expect(s.provenance?.translated).toContain("sv");
  });

  it("has a Swedish text beside every Finnish one in the strategies (Swedish parity)", () => {
    const texts = (s: (typeof exampleStrategies)["kaarina"]) => [
      s.name,
      ...(s.vision ? [s.vision] : []),
      ...s.values.flatMap((v) => [v.name, ...v.meanings.flatMap((m) => [m.title, ...m.items])]),
      ...s.goals.flatMap((g) => [g.name, ...g.successFactors, ...g.indicators.map((i) => i.name)]),
    ];
    for (const versions of Object.values(exampleStrategyVersions))
      for (const s of versions)
        for (const t of texts(s)) {
          expect(t.sv, t.fi).toBeTruthy();
          expect(t.sv).not.toBe(t.fi);
        }
  });

  it("cites the laws in force under their current names (Finlex, consolidated texts 2025)", () => {
    const basis = Object.fromEntries(defaultFramework.dimensions.map((d) => [d.id, d.legalBasis?.fi]));
    // 449/2007 was renamed and extended to wellbeing services counties by 631/2021; it is the act for
    // municipal employers (the Co-operation Act 1333/2021 covers undertakings, not municipalities)
    expect(basis.personnel).toBe(
      "Laki työnantajan ja henkilöstön välisestä yhteistoiminnasta kunnassa ja hyvinvointialueella 449/2007 (muut. 631/2021) 4 §",
    );
    // the Land Use and Building Act 132/1999 has been the Land Use Act (Alueidenkäyttölaki) since 1.1.2025
    expect(basis["living-environment"]).toBe("Alueidenkäyttölaki 132/1999 9 §");
    expect(defaultFramework.dimensions.find((d) => d.id === "living-environment")?.legalBasis?.en).toBe(
      "Land Use Act 132/1999 s. 9",
    );
    // Kielilaki 423/2003 23 §: "Viranomaisen velvollisuus toteuttaa kielellisiä oikeuksia"
    expect(basis["language-rights"]).toBe("Kielilaki 423/2003 23 §");
    expect(basis.equality).toBe("Yhdenvertaisuuslaki 1325/2014 5 §");
    expect(basis["gender-equality"]).toBe("Tasa-arvolaki 609/1986 4 §");
    expect(basis.participation).toBe("Kuntalaki 410/2015 22 §");
    expect(basis["climate-mitigation"]).toBe("Ilmastolaki 423/2022");
    expect(basis.nature).toBe("Luonnonsuojelulaki 9/2023");
    const all = defaultFramework.dimensions.flatMap((d) => Object.values(d.legalBasis ?? {}));
    for (const text of all) {
      expect(text).not.toMatch(
        /yhteistoiminnasta kunnissa|samarbete inom kommunerna|Maankäyttö- ja rakennuslaki/,
      );
    }
  });

  it("the demo assessment's discount rate is 3 % as a fraction, not corrupted by a percent conversion", () => {
    expect(demoAssessment.economy?.discountRate).toBe(0.03);
  });
});
