import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeCaseId, recognizeCaseId } from "./case-id.js";

describe("normalizeCaseId", () => {
  it("matches ids that differ only in spaces and case", () => {
    expect(normalizeCaseId(" 657/02.02.00/2023 ")).toBe("657/02.02.00/2023");
    expect(normalizeCaseId("657 / 02.02.00 / 2023")).toBe("657/02.02.00/2023");
    expect(normalizeCaseId("hel-2025-001216")).toBe("HEL-2025-001216");
    expect(normalizeCaseId("HEL–2025–001216")).toBe("HEL-2025-001216"); // en dash from a word processor
  });

  it("is idempotent", () => {
    fc.assert(fc.property(fc.string(), (s) => normalizeCaseId(normalizeCaseId(s)) === normalizeCaseId(s)));
  });
});

describe("recognizeCaseId", () => {
  it.each([
    ["HEL-2025-001216", "ahjo", null],
    ["TUUDno-2020-1780", "tweb", null],
    ["657/02.02.00/2023", "dynasty", "02.02.00"],
    ["OUKA/1499/12.00.02/2016", "casem", "12.00.02"],
    ["asia 12", null, null],
  ])("recognises %s as %s", (id, pattern, taskClass) => {
    expect(recognizeCaseId(id)).toEqual({ pattern, taskClass });
  });
});
