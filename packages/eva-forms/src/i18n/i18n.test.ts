import { describe, expect, it } from "vitest";
import en from "./en.json";
import fi from "./fi.json";
import sv from "./sv.json";

describe("UI catalogues", () => {
  it("have the same keys and {{parameters}} in fi, sv and en", () => {
    const params = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const other of [sv, en] as Array<Record<string, string>>) {
      expect(Object.keys(other).sort()).toEqual(Object.keys(fi).sort());
      for (const [k, v] of Object.entries(fi)) expect(params(other[k] ?? ""), k).toEqual(params(v));
    }
  });
});
