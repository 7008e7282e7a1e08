import { describe, expect, it } from "vitest";
import { engine } from "../../test/evaluate-under-test.js";
import { levelWeights } from "./level-weights.js";

const items = ["a", "b", "c"].map((id) => ({ id: `goal:${id}`, keys: [`goal:${id}`, id] }));

describe("levelWeights", () => {
  it("uses equal weights without input", () => {
    expect(levelWeights(engine, undefined, items)).toEqual({
      weights: [1 / 3, 1 / 3, 1 / 3],
      method: "equal",
      consistencyRatio: null,
    });
  });

  it("normalises direct weights, reads full or bare ids and gives 0 to items left out", () => {
    const w = levelWeights(engine, { method: "direct", weights: { "goal:a": 3, b: 1, unknown: 5 } }, items);
    expect(w.method).toBe("direct");
    expect(w.weights[0]).toBeCloseTo(0.75, 12);
    expect(w.weights[1]).toBeCloseTo(0.25, 12);
    expect(w.weights[2]).toBe(0);
  });

  it("normalises SWING points (100 and 50 → 2/3 and 1/3)", () => {
    const w = levelWeights(engine, { method: "swing", points: { a: 100, c: 50 } }, items);
    expect(w.weights[0]).toBeCloseTo(2 / 3, 12);
    expect(w.weights[1]).toBe(0);
    expect(w.weights[2]).toBeCloseTo(1 / 3, 12);
  });

  it("gives ROC weights to the listed items, best first", () => {
    // ROC n = 3: w1 = (1 + 1/2 + 1/3)/3 = 11/18, w2 = (1/2 + 1/3)/3 = 5/18, w3 = (1/3)/3 = 1/9
    const w = levelWeights(engine, { method: "rank", order: ["c", "a", "b"] }, items);
    expect(w.weights[2]).toBeCloseTo(11 / 18, 12);
    expect(w.weights[0]).toBeCloseTo(5 / 18, 12);
    expect(w.weights[1]).toBeCloseTo(1 / 9, 12);
  });

  it("takes AHP weights of a consistent matrix (4 : 2 : 1) and records CR 0", () => {
    const w = levelWeights(
      engine,
      {
        method: "ahp",
        items: ["a", "b", "c"],
        matrix: [
          [1, 2, 4],
          [1 / 2, 1, 2],
          [1 / 4, 1 / 2, 1],
        ],
      },
      items,
    );
    expect(w.method).toBe("ahp");
    expect(w.weights[0]).toBeCloseTo(4 / 7, 9);
    expect(w.weights[1]).toBeCloseTo(2 / 7, 9);
    expect(w.weights[2]).toBeCloseTo(1 / 7, 9);
    expect(w.consistencyRatio).toBeCloseTo(0, 9);
  });

  it("falls back to equal weights when an input leaves every item at 0", () => {
    expect(levelWeights(engine, { method: "direct", weights: { x: 1 } }, items).method).toBe("equal");
    expect(levelWeights(engine, { method: "swing", points: { a: 0 } }, items).weights).toEqual([
      1 / 3,
      1 / 3,
      1 / 3,
    ]);
  });
});
