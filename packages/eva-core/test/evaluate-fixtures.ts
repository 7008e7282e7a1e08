// Small hand-made inputs for the evaluate() tests (not published examples).
import type { AssessmentInput } from "../src/schemas/assessment.js";
import type { ImpactFrameworkInput } from "../src/schemas/impact-framework.js";
import type { StrategyInput } from "../src/schemas/strategy.js";

const t3 = (text: string) => ({ fi: text, sv: text, en: text });

export function tinyStrategy(): StrategyInput {
  return {
    id: "tiny",
    organization: "testikunta",
    organizationName: { fi: "Testikunta" },
    name: { fi: "Testistrategia" },
    version: 1,
    validFrom: "2025-01-01",
    vision: { fi: "Visio" },
    values: [{ id: "v1", name: { fi: "Arvo" } }],
    goals: [
      { id: "g1", name: { fi: "Tavoite 1" } },
      { id: "g2", name: { fi: "Tavoite 2" } },
    ],
  };
}

export function tinyFramework(): ImpactFrameworkInput {
  return {
    id: "tiny-framework",
    version: 1,
    name: t3("Kehikko"),
    dimensions: [
      { id: "d1", group: "people", label: t3("Ihmiset"), question: t3("?") },
      { id: "d2", group: "environment", label: t3("Ympäristö"), question: t3("?") },
      { id: "fin", group: "economy", label: t3("Talous"), question: t3("?"), measure: "npv" },
    ],
  };
}

type RatingValue = number | "not-assessed" | undefined;

/** The hand-computed case of evaluate.test.ts (ratings per criterion: a0, a1, a2). */
export function tinyAssessment(): AssessmentInput {
  const table: Array<[string, [RatingValue, RatingValue, RatingValue]]> = [
    ["goal:g1", [0, 3, 1]],
    ["goal:g2", [0, -3, 3]],
    ["value:v1", [0, 1, "not-assessed"]],
    ["dim:d1", [-3, 2, 2]],
    ["dim:d2", [0, 0, undefined]],
  ];
  const ids = ["a0", "a1", "a2"];
  return {
    basics: {
      title: "Pieni testitapaus",
      caseRef: { organization: "testikunta", system: "other", caseId: "1/2025" },
      decisionBody: "Kunnanhallitus",
      preparer: { name: "Valmistelija" },
      problem: "Ongelma.",
      objective: "Tavoite.",
    },
    screening: { outcome: "full" },
    alternatives: ids.map((id, i) => ({
      id,
      name: `Vaihtoehto ${id}`,
      description: "Kuvaus.",
      baseline: i === 0,
    })),
    ratings: table.flatMap(([criterionId, values]) =>
      ids.flatMap((alternativeId, i) => {
        const value = values[i];
        return value === undefined
          ? []
          : [{ alternativeId, criterionId, value, justification: "Perustelu." }];
      }),
    ),
    weights: {
      groups: {
        method: "direct",
        weights: { strategy: 30, values: 10, people: 20, environment: 10, economy: 20, risk: 10 },
      },
      local: { strategy: { method: "direct", weights: { g1: 3, g2: 1 } } },
    },
    economy: {
      discountRate: 0.1,
      flows: [
        {
          alternativeId: "a0",
          rows: [
            { year: 2025, operatingCost: 100 },
            { year: 2026, operatingCost: 100 },
          ],
        },
        {
          alternativeId: "a1",
          rows: [
            { year: 2025, investment: 1000 },
            { year: 2026, income: 1210 },
          ],
          fundingSource: "Investointiosa",
        },
        { alternativeId: "a2", rows: [{ year: 2026, operatingCost: 121 }] },
      ],
    },
    risks: {
      items: [
        {
          id: "r1",
          alternativeId: "a1",
          title: "Riski 1",
          category: "financial",
          likelihood: 3,
          consequence: 4,
          residualLikelihood: 2,
          residualConsequence: 2,
          mitigation: "Varaus.",
        },
        { id: "r2", alternativeId: "a2", title: "Riski 2", category: "legal", likelihood: 2, consequence: 5 },
      ],
    },
    participation: [{ group: "residents", method: "survey", summary: "Kysely." }],
    framework: tinyFramework(),
    conclusion: { recommendedAlternativeId: "a1", justification: "Perustelu." },
  };
}
