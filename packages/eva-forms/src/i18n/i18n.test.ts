import { describe, expect, it } from "vitest";
import en from "./en.json";
import fi from "./fi.json";
import sv from "./sv.json";

// Older keys are flat ("list.title"); newer pages keep theirs in a block per page ("history": {…}).
type Catalogue = { [key: string]: string | Catalogue };
const flatten = (c: Catalogue, prefix = ""): Record<string, string> =>
  Object.fromEntries(
    Object.entries(c).flatMap(([k, v]) =>
      typeof v === "string" ? [[`${prefix}${k}`, v]] : Object.entries(flatten(v, `${prefix}${k}.`)),
    ),
  );

describe("UI catalogues", () => {
  it("have the same keys and {{parameters}} in fi, sv and en", () => {
    const params = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const base = flatten(fi);
    for (const other of [sv, en].map((c) => flatten(c as Catalogue))) {
      expect(Object.keys(other).sort()).toEqual(Object.keys(base).sort());
      for (const [k, v] of Object.entries(base)) expect(params(other[k] ?? ""), k).toEqual(params(v));
    }
  });
});
