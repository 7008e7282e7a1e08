import { describe, expect, it } from "vitest";
import { exampleStrategies } from "../data/example-strategies/index.js";
import { localizeIssues } from "../i18n/localize-issues.js";
import { StrategySchema } from "./strategy.js";
import { WeightsSchema } from "./weights.js";

const copy = (): Record<string, any> => structuredClone(exampleStrategies.kaarina) as Record<string, any>;

describe("StrategySchema", () => {
  it.each([
    [
      "no goals",
      (s: any) => {
        s.goals = [];
      },
      "/goals",
      "too_small",
    ],
    [
      "validTo before validFrom",
      (s: any) => {
        s.validTo = "2017-01-01";
      },
      "/validTo",
      "date_order",
    ],
    [
      "duplicate goal id",
      (s: any) => {
        s.goals[1].id = s.goals[0].id;
      },
      "/goals/1/id",
      "duplicate_id",
    ],
    [
      "version 0",
      (s: any) => {
        s.version = 0;
      },
      "/version",
      "too_small",
    ],
    [
      "a goal without a Finnish name",
      (s: any) => {
        s.goals[0].name = { en: "x" };
      },
      "/goals/0/name/fi",
      "invalid_type",
    ],
    [
      "an organization id with spaces",
      (s: any) => {
        s.organization = "S:t Karins stad";
      },
      "/organization",
      "invalid_format",
    ],
  ])("rejects %s", (_n, mutate, path, code) => {
    const s = copy();
    mutate(s);
    const r = StrategySchema.safeParse(s);
    expect(r.success).toBe(false);
    expect(localizeIssues(r.error?.issues ?? [], "en")).toContainEqual(
      expect.objectContaining({ path, code }),
    );
  });
});

describe("WeightsSchema", () => {
  it("accepts each entry method and rejects out-of-scale input", () => {
    const ok = [
      { groups: { method: "direct", weights: { strategy: 2, people: 1 } } },
      { groups: { method: "swing", points: { strategy: 100, people: 40 } } },
      { groups: { method: "rank", order: ["people", "strategy"], rankMethod: "roc" } },
      {
        local: {
          people: {
            method: "ahp",
            items: ["dim:a", "dim:b"],
            matrix: [
              [1, 3],
              [1 / 3, 1],
            ],
          },
        },
      },
    ];
    for (const w of ok) expect(WeightsSchema.safeParse(w).success).toBe(true);
    const bad = [
      { groups: { method: "swing", points: { strategy: 120 } } },
      { groups: { method: "direct", weights: { strategy: -1 } } },
      {
        groups: {
          method: "ahp",
          items: ["a", "b"],
          matrix: [
            [1, 12],
            [1 / 12, 1],
          ],
        },
      },
      { groups: { method: "guess" } },
      { local: { nonsense: { method: "direct", weights: {} } } },
    ];
    for (const w of bad) expect(WeightsSchema.safeParse(w).success).toBe(false);
  });
});
