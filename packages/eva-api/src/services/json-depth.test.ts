import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tooDeepAt } from "./json-depth.js";

/** The nesting depth of a parsed JSON value, and the pointer of its first deepest container. */
function deepest(v: unknown, path = ""): { depth: number; at: string } {
  if (typeof v !== "object" || v === null) return { depth: 0, at: path };
  let best = { depth: 0, at: path };
  for (const [k, child] of Object.entries(v)) {
    const d = deepest(child, `${path}/${k.replaceAll("~", "~0").replaceAll("/", "~1")}`);
    if (d.depth > best.depth) best = d;
  }
  return { depth: best.depth + 1, at: best.depth === 0 ? path : best.at };
}

describe("tooDeepAt", () => {
  it("agrees with the depth of the parsed value, for any JSON text and any limit", () => {
    const keys = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom("a/b", "~", '"', "\\", "[", "{"));
    const value = fc.letrec((tie) => ({
      v: fc.oneof(
        { depthSize: "large", maxDepth: 12 },
        fc.string({ maxLength: 6 }).map((s) => `${s}[{"\\`),
        fc.integer(),
        fc.constant(null),
        fc.array(tie("v"), { maxLength: 3 }),
        fc.dictionary(keys, tie("v"), { maxKeys: 3 }),
      ),
    })).v;
    fc.assert(
      fc.property(value, fc.integer({ min: 1, max: 10 }), fc.boolean(), (v, max, spaced) => {
        const text = JSON.stringify(v, null, spaced ? 1 : undefined);
        const { depth } = deepest(v);
        const at = tooDeepAt(text, max);
        if (depth <= max) expect(at).toBeNull();
        else {
          // the pointer leads to a container at depth max + 1
          expect(at).not.toBeNull();
          const target = (at ?? "")
            .split("/")
            .slice(1)
            .reduce<unknown>(
              (o, seg) => (o as Record<string, unknown>)[seg.replaceAll("~1", "/").replaceAll("~0", "~")],
              v,
            );
          expect(typeof target).toBe("object");
          expect((at ?? "").split("/").length - 1).toBe(max);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on text that is not JSON", () => {
    fc.assert(
      // the characters the scanner looks at, in any order (unbalanced, unterminated, escaped)
      fc.property(fc.string({ unit: fc.constantFrom(...'{}[]",\\:a1 '.split("")), maxLength: 200 }), (s) => {
        expect(() => tooDeepAt(s, 3)).not.toThrow();
      }),
    );
  });
});
