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

describe("audit patch", () => {
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
