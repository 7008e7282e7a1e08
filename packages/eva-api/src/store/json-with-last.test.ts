import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftBytes, jsonBeforeLast, jsonWithLast } from "./store.js";

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

describe("draftBytes", () => {
  // some sections' JSON handed in as already made (an autosave's untouched sections)
  const reusing = (seed: number) => (key: string, value: unknown) => {
    const json = JSON.stringify(value) as string | undefined;
    return json !== undefined && (key.length + seed) % 2 === 0 ? Buffer.from(json) : undefined;
  };

  it("gives JSON.stringify's text in UTF-8, whichever sections are reused, and where each section lies", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ unit: "grapheme" }), fc.oneof(fc.jsonValue(), fc.constant(undefined))),
        fc.nat(),
        (data, seed) => {
          const { parts, length, sections } = draftBytes(data, reusing(seed));
          const bytes = Buffer.concat(parts);
          expect(bytes.byteLength).toBe(length);
          expect(bytes.toString()).toBe(JSON.stringify(data));
          // one span per section that has JSON, in the object's order, each its own JSON.stringify
          const present = Object.keys(data).filter((k) => data[k] !== undefined);
          expect(sections.map(([k]) => k)).toEqual(present);
          for (const [key, start, end] of sections) {
            expect(bytes.toString("utf8", start, end)).toBe(JSON.stringify(data[key]));
            expect(bytes.toString("utf8", 0, start).endsWith(`${JSON.stringify(key)}:`)).toBe(true);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("takes a reused section's bytes as they are given", () => {
    // the caller vouches for the reused bytes: this shows they are used, not made again
    const { parts } = draftBytes({ a: 1, b: 2 }, (k) => (k === "b" ? Buffer.from("[9]") : undefined));
    expect(Buffer.concat(parts).toString()).toBe('{"a":1,"b":[9]}');
  });
});

describe("jsonBeforeLast", () => {
  it("is jsonWithLast's text before the value", () => {
    expect(jsonBeforeLast({}, "data")).toBe('{"data":');
    expect(jsonBeforeLast({ a: "ä" }, "data")).toBe('{"a":"ä","data":');
  });
});
