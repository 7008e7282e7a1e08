import fc from "fast-check";
import { createPatch } from "rfc6902";
import { describe, expect, it } from "vitest";
import { auditPatch } from "./audit-diff.js";

// The shortcut must not change a single audit entry: rfc6902's own createPatch is the reference.
const json = fc.jsonValue({ maxDepth: 4 });
// pairs that share most of their structure, as an autosave does
const nearPair = fc
  .tuple(fc.dictionary(fc.string({ maxLength: 4 }), json, { maxKeys: 6 }), fc.string({ maxLength: 4 }), json)
  .map(([base, key, value]) => [base, { ...base, [key]: value }] as const);

// a change deep inside: `value` put at a random path of nested objects (keys with "/" and "~" too),
// or the key there deleted
const key = fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom("a/b", "~", "~1", "__proto__", ""));
const tree = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small" },
    json,
    fc.dictionary(key, tie("node"), { maxKeys: 4 }),
    fc.array(tie("node"), { maxLength: 3 }),
  ),
})).node;
function changed(doc: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [k = "", ...rest] = path;
  const copy: Record<string, unknown> =
    typeof doc === "object" && doc !== null && !Array.isArray(doc) ? { ...doc } : {};
  if (rest.length === 0 && value === undefined) delete copy[k];
  else
    Object.defineProperty(copy, k, {
      value: changed(copy[k], rest, value),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  return copy;
}
const deepPair = fc
  .tuple(tree, fc.array(key, { minLength: 1, maxLength: 4 }), fc.option(json, { nil: undefined }))
  .map(([base, path, value]) => [base, changed(base, path, value)] as const);

describe("audit patch", () => {
  it("is the patch rfc6902 makes for a change deep inside nested objects and arrays", () => {
    fc.assert(
      fc.property(deepPair, ([a, b]) => {
        expect(auditPatch(a, b)).toEqual(createPatch(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it("is the patch rfc6902 makes, for random and for nearly equal documents", () => {
    fc.assert(
      fc.property(fc.oneof(fc.tuple(json, json), nearPair), ([a, b]) => {
        expect(auditPatch(a, b)).toEqual(createPatch(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it("finds the one change deep inside equal arrays", () => {
    const a = { rows: [{ x: [1, 2, 3] }, { x: [4, 5, 6] }], other: [{ k: "v" }] };
    const b = { rows: [{ x: [1, 2, 3] }, { x: [4, 7, 6] }], other: [{ k: "v" }] };
    expect(auditPatch(a, b)).toEqual([{ op: "replace", path: "/rows/1/x/1", value: 7 }]);
    expect(auditPatch(a, structuredClone(a))).toEqual([]);
  });
});
