import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeParseLocalized } from "../i18n/localize-issues.js";
import { AssessmentDraftSchema } from "./assessment.js";
import { CaseRefSchema } from "./case-ref.js";

// A case id (diaarinumero) goes to case systems, CSV files and file names: a control character in
// it (a line break, a tab, a NUL, a bidirectional override that reverses how it reads) must be
// refused with a clear message, not stored (issue 24, item 7).
const ref = (caseId: string) => ({ organization: "kaarina", system: "dynasty", caseId });

describe("caseId refuses control characters", () => {
  it.each([
    ["a line break", "657/02.02.00/2023\n"],
    ["a tab", "657\t/02.02.00/2023"],
    ["NUL", "657/02.02.00/2023\u0000"],
    ["DEL", "657\u007f/02.02.00/2023"],
    ["a C1 control (NEL)", "657\u0085/02.02.00/2023"],
    ["a right-to-left override", "\u202e3202/00.20.20/756"],
    ["a zero-width space", "657/02.02.00\u200b/2023"],
    ["a line separator", "657/02.02.00/2023\u2028"],
  ])("%s", (_what, caseId) => {
    const fi = safeParseLocalized(CaseRefSchema, ref(caseId), "fi");
    expect(fi.success).toBe(false);
    if (!fi.success)
      expect(fi.errors).toEqual([
        {
          path: "/caseId",
          code: "control_character",
          message:
            "Tunnisteessa on ohjausmerkki (kuten rivinvaihto, sarkain tai näkymätön merkki). Poista se.",
        },
      ]);
    const sv = safeParseLocalized(CaseRefSchema, ref(caseId), "sv");
    if (!sv.success)
      expect(sv.errors[0]?.message).toBe(
        "Identifieraren innehåller ett styrtecken (som radbrytning, tabb eller osynligt tecken). Ta bort det.",
      );
  });

  it("in a draft too (autosave stores the case id before the case is complete)", () => {
    const r = safeParseLocalized(
      AssessmentDraftSchema,
      { basics: { caseRef: { caseId: "12\r\n34" } } },
      "en",
    );
    expect(r.success).toBe(false);
    if (!r.success)
      expect(r.errors.map((e) => [e.path, e.code])).toEqual([
        ["/basics/caseRef/caseId", "control_character"],
      ]);
  });

  it("accepts the case systems' own patterns and other printable text", () => {
    for (const id of [
      "HEL-2025-001216",
      "TUUDno-2020-1780",
      "657/02.02.00/2023",
      "OUKA/1499/12.00.02/2016",
      "Dnro 12 / 2026 (Åbo)",
    ])
      expect(CaseRefSchema.safeParse(ref(id)).success).toBe(true);
  });

  it("refuses any string with a C0 or C1 control or DEL, wherever it is (property)", () => {
    const control = fc
      .integer({ min: 0, max: 0x9f })
      .filter((n) => n < 0x20 || n >= 0x7f)
      .map((n) => String.fromCharCode(n));
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), control, fc.string({ maxLength: 40 }), (a, c, b) => {
        expect(CaseRefSchema.safeParse(ref(`X${a}${c}${b}`.slice(0, 200))).success).toBe(false);
      }),
    );
  });
});
