// A fast-check generator of small valid (strategy, assessment) pairs for the evaluate() properties.
import fc from "fast-check";
import type { AssessmentInput } from "../src/schemas/assessment.js";
import type { ImpactFrameworkInput } from "../src/schemas/impact-framework.js";
import type { StrategyInput } from "../src/schemas/strategy.js";

const t3 = (text: string) => ({ fi: text, sv: text, en: text });
const dimensionGroups = ["people", "environment", "economy", "organisation"] as const;

export interface Case {
  strategy: StrategyInput;
  assessment: AssessmentInput;
}

const ratingValue = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -3, max: 3 }) },
  { weight: 1, arbitrary: fc.constant("not-assessed" as const) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

export const caseArbitrary: fc.Arbitrary<Case> = fc
  .record({
    goals: fc.integer({ min: 1, max: 3 }),
    values: fc.integer({ min: 0, max: 2 }),
    dims: fc.array(fc.constantFrom(...dimensionGroups), { minLength: 1, maxLength: 4 }),
    npv: fc.boolean(),
    alternatives: fc.integer({ min: 2, max: 4 }),
    groupWeights: fc.option(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 7, maxLength: 7 }), {
      nil: undefined,
    }),
    goalWeights: fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 3, maxLength: 3 }),
    seed: fc.integer({ min: 0, max: 1_000_000 }),
  })
  .chain((shape) => {
    const m = shape.alternatives;
    const criterionIds = [
      ...Array.from({ length: shape.goals }, (_, k) => `goal:g${k}`),
      ...Array.from({ length: shape.values }, (_, k) => `value:v${k}`),
      ...shape.dims.map((_, k) => `dim:d${k}`),
    ];
    return fc.record({
      shape: fc.constant(shape),
      ratings: fc.array(fc.array(ratingValue, { minLength: m, maxLength: m }), {
        minLength: criterionIds.length,
        maxLength: criterionIds.length,
      }),
      criterionIds: fc.constant(criterionIds),
      flows: fc.array(
        fc.option(
          fc.array(fc.integer({ min: -1000, max: 1000 }), {
            minLength: 1,
            maxLength: 4,
          }),
          { nil: undefined },
        ),
        { minLength: m, maxLength: m },
      ),
      risks: fc.array(
        fc.array(fc.record({ l: fc.integer({ min: 1, max: 5 }), c: fc.integer({ min: 1, max: 5 }) }), {
          maxLength: 2,
        }),
        { minLength: m, maxLength: m },
      ),
    });
  })
  .map(({ shape, ratings, criterionIds, flows, risks }): Case => {
    const altIds = Array.from({ length: shape.alternatives }, (_, i) => `a${i}`);
    const framework: ImpactFrameworkInput = {
      id: "generated",
      version: 1,
      name: t3("Kehikko"),
      dimensions: [
        ...shape.dims.map((group, k) => ({ id: `d${k}`, group, label: t3(`D${k}`), question: t3("?") })),
        ...(shape.npv
          ? [
              {
                id: "fin",
                group: "economy" as const,
                label: t3("Talous"),
                question: t3("?"),
                measure: "npv" as const,
              },
            ]
          : []),
      ],
    };
    const groupIds = ["strategy", "values", "people", "environment", "economy", "organisation", "risk"];
    const strategy: StrategyInput = {
      id: "generated",
      organization: "testikunta",
      organizationName: { fi: "Testikunta" },
      name: { fi: "Strategia" },
      version: 1,
      validFrom: "2025-01-01",
      vision: { fi: "Visio" },
      goals: Array.from({ length: shape.goals }, (_, k) => ({ id: `g${k}`, name: { fi: `G${k}` } })),
      values: Array.from({ length: shape.values }, (_, k) => ({ id: `v${k}`, name: { fi: `V${k}` } })),
    };
    const assessment: AssessmentInput = {
      basics: {
        title: "Generoitu",
        caseRef: { organization: "testikunta", system: "other", caseId: "1/2025" },
        decisionBody: "Kunnanhallitus",
        preparer: { name: "Valmistelija" },
        problem: "Ongelma.",
        objective: "Tavoite.",
      },
      screening: { outcome: "full" },
      alternatives: altIds.map((id, i) => ({ id, name: id, description: "Kuvaus.", baseline: i === 0 })),
      ratings: criterionIds.flatMap((criterionId, j) =>
        altIds.flatMap((alternativeId, i) => {
          const value = ratings[j]?.[i];
          return value === undefined
            ? []
            : [{ alternativeId, criterionId, value, justification: "Perustelu." }];
        }),
      ),
      weights: {
        ...(shape.groupWeights
          ? {
              groups: {
                method: "direct" as const,
                weights: Object.fromEntries(groupIds.map((g, k) => [g, shape.groupWeights?.[k] ?? 0])),
              },
            }
          : {}),
        local: {
          strategy: {
            method: "direct",
            weights: Object.fromEntries(strategy.goals.map((g, k) => [g.id, shape.goalWeights[k] ?? 1])),
          },
        },
      },
      economy: {
        discountRate: 0.03,
        flows: altIds.flatMap((alternativeId, i) => {
          const nets = flows[i];
          return nets === undefined
            ? []
            : [
                {
                  alternativeId,
                  rows: nets.map((net, k) => ({
                    year: 2025 + k,
                    ...(net >= 0 ? { income: net } : { operatingCost: -net }),
                  })),
                },
              ];
        }),
      },
      risks: {
        items: altIds.flatMap((alternativeId, i) =>
          (risks[i] ?? []).map((r, k) => ({
            id: `r${i}-${k}`,
            alternativeId,
            title: "Riski",
            category: "financial" as const,
            likelihood: r.l,
            consequence: r.c,
          })),
        ),
      },
      participation: [],
      framework,
      conclusion: { recommendedAlternativeId: "a1", justification: "Perustelu." },
    };
    return { strategy, assessment };
  });
