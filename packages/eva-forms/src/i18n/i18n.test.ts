import { describe, expect, it } from "vitest";
import en from "./en.json";
import fi from "./fi.json";
import sv from "./sv.json";

// a catalogue is flat keys plus nested blocks ("weights", "result"); compare the leaves
type Catalogue = { [key: string]: string | Catalogue };
const leaves = (c: Catalogue, prefix = ""): Record<string, string> =>
  Object.fromEntries(
    Object.entries(c).flatMap(([k, v]) =>
      typeof v === "string" ? [[`${prefix}${k}`, v]] : Object.entries(leaves(v, `${prefix}${k}.`)),
    ),
  );

describe("UI catalogues", () => {
  it("have the same keys and {{parameters}} in fi, sv and en", () => {
    const params = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const base = leaves(fi as Catalogue);
    expect(base["weights.ahp.more"]).toBeDefined();
    for (const other of [sv, en].map((c) => leaves(c as Catalogue))) {
      expect(Object.keys(other).sort()).toEqual(Object.keys(base).sort());
      for (const [k, v] of Object.entries(base)) expect(params(other[k] ?? ""), k).toEqual(params(v));
    }
  });
});
