import { describe, expect, it } from "vitest";
import { sameJson, withDeletions } from "./with-deletions.js";

describe("withDeletions", () => {
  it("marks keys that are gone with null, at any depth, and sends only what changed", () => {
    const saved = {
      a: 1,
      same: { deep: [1, 2] },
      weights: { groups: { method: "swing", points: { x: 100 } } },
      reason: "r",
    };
    const values = {
      a: 2,
      same: { deep: [1, 2] },
      weights: { groups: { method: "rank", order: ["x"] } },
      reason: undefined,
    };
    expect(withDeletions(saved, values)).toEqual({
      a: 2,
      weights: { groups: { method: "rank", order: ["x"], points: null } },
      reason: null,
    });
  });

  it("replaces arrays and scalars whole, as a merge patch does", () => {
    expect(withDeletions({ list: [1, 2, 3] }, { list: [1] })).toEqual({ list: [1] });
    expect(withDeletions("old", { a: 1 })).toEqual({ a: 1 });
  });

  it("is empty when nothing changed", () => {
    const draft = {
      basics: { title: "T" },
      ratings: [{ alternativeId: "a", criterionId: "goal:g", value: 1 }],
    };
    expect(withDeletions(draft, structuredClone(draft))).toEqual({});
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
  });
});
