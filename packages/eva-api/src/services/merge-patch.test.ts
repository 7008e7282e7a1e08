import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mergePatch } from "./merge-patch.js";

describe("JSON Merge Patch", () => {
  // RFC 7396, Appendix A: the test cases of the RFC itself (original, patch, result)
  const rfc7396: Array<[string, string, string]> = [
    ['{"a":"b"}', '{"a":"c"}', '{"a":"c"}'],
    ['{"a":"b"}', '{"b":"c"}', '{"a":"b","b":"c"}'],
    ['{"a":"b"}', '{"a":null}', "{}"],
    ['{"a":"b","b":"c"}', '{"a":null}', '{"b":"c"}'],
    ['{"a":["b"]}', '{"a":"c"}', '{"a":"c"}'],
    ['{"a":"c"}', '{"a":["b"]}', '{"a":["b"]}'],
    ['{"a":{"b":"c"}}', '{"a":{"b":"d","c":null}}', '{"a":{"b":"d"}}'],
    ['{"a":[{"b":"c"}]}', '{"a":[1]}', '{"a":[1]}'],
    ['["a","b"]', '["c","d"]', '["c","d"]'],
    ['{"a":"b"}', '["c"]', '["c"]'],
    ['{"a":"foo"}', "null", "null"],
    ['{"a":"foo"}', '"bar"', '"bar"'],
    ['{"e":null}', '{"a":1}', '{"e":null,"a":1}'],
    ["[1,2]", '{"a":"b","c":null}', '{"a":"b"}'],
    ["{}", '{"a":{"bb":{"ccc":null}}}', '{"a":{"bb":{}}}'],
  ];
  it.each(rfc7396)("RFC 7396 Appendix A: %s + %s = %s", (original, patch, result) => {
    expect(mergePatch(JSON.parse(original), JSON.parse(patch))).toStrictEqual(JSON.parse(result));
  });

  it('keeps "__proto__" an own key of the result and never touches a prototype', () => {
    const out = mergePatch(
      JSON.parse('{"__proto__":{"x":1},"a":1}'),
      JSON.parse('{"__proto__":{"polluted":true}}'),
    );
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.hasOwn(out as object, "__proto__")).toBe(true);
    expect(JSON.stringify(out)).toBe('{"__proto__":{"x":1,"polluted":true},"a":1}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((out as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("changes neither the target nor the patch", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 }), (target, patch) => {
        const [t, p] = [structuredClone(target), structuredClone(patch)];
        mergePatch(target, patch);
        expect(target).toStrictEqual(t);
        expect(patch).toStrictEqual(p);
      }),
      { numRuns: 1000 },
    );
  });
});
