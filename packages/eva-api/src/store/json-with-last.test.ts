import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonWithLast } from "./store.js";

describe("jsonWithLast", () => {
  // JavaScript puts integer-like keys first in any object, so `key` is a name such as "data"
  const name = fc.string().filter((k) => !/^(0|[1-9]\d*)$/.test(k));
  it("gives JSON.stringify's text for { ...rest, [key]: value }", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), name, fc.jsonValue(), (rest, key, value) => {
        const { [key]: _, ...others } = rest;
        expect(jsonWithLast(others, key, JSON.stringify(value))).toBe(
          JSON.stringify({ ...others, [key]: value }),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps keys whose value is undefined out, as JSON.stringify does", () => {
    expect(jsonWithLast({ a: undefined }, "data", "[1]")).toBe('{"data":[1]}');
    expect(jsonWithLast({ a: 1, b: undefined }, "data", "{}")).toBe('{"a":1,"data":{}}');
  });
});
