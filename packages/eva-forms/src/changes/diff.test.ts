import { describe, expect, it } from "vitest";
import { diffLeaves, mergePatchOf } from "./diff.js";

describe("diffLeaves", () => {
  it("lists changed leaves with their paths, walking into arrays and objects", () => {
    expect(
      diffLeaves(
        { basics: { title: "A", problem: "P" }, alternatives: [{ name: "x" }] },
        { basics: { title: "B", problem: "P" }, alternatives: [{ name: "x" }, { name: "y" }] },
      ),
    ).toEqual([
      { path: ["basics", "title"], from: "A", to: "B" },
      { path: ["alternatives", 1, "name"], from: undefined, to: "y" },
    ]);
  });
  it("treats absent, null and an empty string as the same empty value", () => {
    expect(diffLeaves({ basics: {} }, { basics: { title: "", deadline: null } })).toEqual([]);
  });
});

describe("mergePatchOf", () => {
  it("carries only what the user changed, so the server's other changes survive", () => {
    const base = { basics: { title: "", problem: "old", decisionBody: "Lautakunta" }, ratings: [1] };
    const mine = { basics: { title: "", problem: "new" }, ratings: [1, 2] };
    expect(mergePatchOf(base, mine)).toEqual({
      basics: { problem: "new", decisionBody: null },
      ratings: [1, 2],
    });
    // an empty field the form adds is no change at all
    expect(mergePatchOf({ basics: {} }, { basics: { title: "" } })).toEqual({});
  });
});
