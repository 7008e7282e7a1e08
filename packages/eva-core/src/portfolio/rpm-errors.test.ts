import { describe, expect, it } from "vitest";
import { isEvaError } from "../errors.js";
import { rpm } from "./rpm.js";
import type { RpmInput } from "./validate-input.js";

const ok: RpmInput = {
  projects: [
    { id: "a", cost: 1, values: [1, 2, 3] },
    { id: "b", cost: 2, values: [3, 2, 1] },
  ],
  budget: 2,
};

/** The error rpm throws for the input, as { code, path }. */
function failure(input: unknown): { code: string; path: ReadonlyArray<string | number> } {
  try {
    rpm(input as RpmInput);
  } catch (e) {
    if (isEvaError(e)) return { code: e.code, path: e.path };
    throw e;
  }
  throw new Error("rpm accepted the input");
}

const withProject = (j: number, change: Record<string, unknown>) => ({
  ...ok,
  projects: ok.projects.map((p, k) => (k === j ? { ...p, ...change } : p)),
});
const withWeights = (weights: RpmInput["weights"]) => ({ ...ok, weights });

describe("rpm refuses bad input with a code and a path", () => {
  it.each([
    ["no projects", { ...ok, projects: [] }, "empty_input", ["projects"]],
    ["a project without an id", withProject(1, { id: "" }), "empty_input", ["projects", 1, "id"]],
    ["the same id twice", withProject(1, { id: "a" }), "duplicate_id", ["projects", 1, "id"]],
    ["a project without values", withProject(0, { values: [] }), "empty_input", ["projects", 0, "values"]],
    [
      "values of another length",
      withProject(1, { values: [1, 2] }),
      "length_mismatch",
      ["projects", 1, "values"],
    ],
    [
      "a NaN value",
      withProject(1, { values: [1, Number.NaN, 3] }),
      "not_finite",
      ["projects", 1, "values", 1],
    ],
    [
      "an infinite value",
      withProject(0, { values: [1, 2, Infinity] }),
      "not_finite",
      ["projects", 0, "values", 2],
    ],
    ["a negative cost", withProject(1, { cost: -1 }), "negative_cost", ["projects", 1, "cost"]],
    [
      "a negative cost of one resource",
      { ...withProject(0, { cost: [1, -2] }), budget: [3, 3] },
      "negative_cost",
      ["projects", 0, "cost", 1],
    ],
    ["a NaN cost", withProject(0, { cost: Number.NaN }), "not_finite", ["projects", 0, "cost"]],
    [
      "costs for another number of resources",
      withProject(0, { cost: [1, 1] }),
      "length_mismatch",
      ["projects", 0, "cost"],
    ],
    ["a negative budget", { ...ok, budget: -1 }, "out_of_range", ["budget"]],
    ["a NaN budget", { ...ok, budget: [Number.NaN] }, "not_finite", ["budget", 0]],
    ["no budget", { ...ok, budget: [] }, "empty_input", ["budget"]],
    ["bounds of another length", withWeights({ lower: [0, 0] }), "length_mismatch", ["weights", "lower"]],
    ["a NaN bound", withWeights({ upper: [1, Number.NaN, 1] }), "not_finite", ["weights", "upper", 1]],
    ["a bound above 1", withWeights({ upper: [1, 1.5, 1] }), "out_of_range", ["weights", "upper", 1]],
    ["a negative bound", withWeights({ lower: [0, -0.1, 0] }), "out_of_range", ["weights", "lower", 1]],
    [
      "an order pair outside the criteria",
      withWeights({ order: [[0, 3]] }),
      "out_of_range",
      ["weights", "order", 0, 1],
    ],
    [
      "an order pair of one criterion",
      withWeights({ order: [[1, 1]] }),
      "out_of_range",
      ["weights", "order", 0],
    ],
    [
      "maxPortfolios 0",
      { ...ok, options: { maxPortfolios: 0 } },
      "invalid_option",
      ["options", "maxPortfolios"],
    ],
  ] as const)("%s", (_, input, code, path) => {
    expect(failure(input)).toEqual({ code, path });
  });
});

describe("an empty weight set says which constraint", () => {
  it("a lower bound above its upper bound", () => {
    expect(failure(withWeights({ lower: [0, 0.6, 0], upper: [1, 0.5, 1] }))).toEqual({
      code: "empty_weight_set",
      path: ["weights", "lower", 1],
    });
  });

  it("lower bounds that add up to more than 1", () => {
    expect(failure(withWeights({ lower: [0.5, 0.4, 0.2] }))).toEqual({
      code: "empty_weight_set",
      path: ["weights", "lower"],
    });
  });

  it("upper bounds that add up to less than 1", () => {
    expect(failure(withWeights({ upper: [0.3, 0.3, 0.3] }))).toEqual({
      code: "empty_weight_set",
      path: ["weights", "upper"],
    });
  });

  it("an order against the bounds: the bound that cannot hold after the order", () => {
    // w0 ≥ w1 ≥ w2, but w2 ≥ 0.5 forces w0 + w1 + w2 ≥ 1.5
    const e = failure(
      withWeights({
        order: [
          [0, 1],
          [1, 2],
        ],
        lower: [0, 0, 0.5],
      }),
    );
    expect(e).toEqual({ code: "empty_weight_set", path: ["weights", "lower", 2] });
  });

  it("an upper bound below what the order and the other bounds need", () => {
    // w0 ≥ w1 and w1 ≥ 0.4 need w0 ≥ 0.4, but w0 ≤ 0.3
    const e = failure(withWeights({ order: [[0, 1]], lower: [0, 0.4, 0], upper: [0.3, 1, 1] }));
    expect(e).toEqual({ code: "empty_weight_set", path: ["weights", "upper", 0] });
  });

  it("bounds that meet exactly leave one weight vector (not an error)", () => {
    const r = rpm(withWeights({ lower: [0.1, 0.2, 0.7], upper: [0.1, 0.2, 0.7] }));
    expect(r.extremePoints).toHaveLength(1);
  });
});
