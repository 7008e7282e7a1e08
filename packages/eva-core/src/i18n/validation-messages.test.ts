import { describe, expect, it } from "vitest";
import { AssessmentSchema } from "../schemas/assessment.js";
import { localizeIssues, toJsonPointer } from "./localize-issues.js";
import { validationMessages } from "./validation-messages.js";

describe("validation catalogues", () => {
  it("have the same keys in fi, sv and en, none empty", () => {
    const keys = Object.keys(validationMessages.fi).sort();
    for (const locale of ["sv", "en"] as const) {
      expect(Object.keys(validationMessages[locale]).sort()).toEqual(keys);
    }
    for (const catalogue of Object.values(validationMessages)) {
      for (const text of Object.values(catalogue)) expect(text.trim().length).toBeGreaterThan(3);
    }
  });

  it("use the same {parameters} in every language", () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, fi] of Object.entries(validationMessages.fi)) {
      const k = key as keyof typeof validationMessages.fi;
      expect(params(validationMessages.sv[k]), key).toEqual(params(fi));
      expect(params(validationMessages.en[k]), key).toEqual(params(fi));
    }
  });

  it("every custom code the schemas raise has a message", () => {
    // Raise the custom issues of an assessment that breaks many cross-field rules at once.
    const result = AssessmentSchema.safeParse({
      basics: {
        title: "",
        caseRef: { organization: "k", system: "casem", caseId: " " },
        decisionBody: "",
        preparer: { name: "" },
        problem: "",
        objective: "",
      },
      screening: { outcome: "none" },
      alternatives: [
        { id: "a", name: "", description: "", baseline: true },
        { id: "a", name: "B", description: "B", baseline: true },
      ],
      conclusion: { recommendedAlternativeId: "z", justification: "" },
    });
    const custom = (result.error?.issues ?? []).filter((i) => i.code === "custom");
    expect(custom.length).toBeGreaterThan(5);
    for (const locale of ["fi", "sv", "en"] as const) {
      for (const e of localizeIssues(custom, locale)) {
        expect(Object.keys(validationMessages[locale])).toContain(e.code);
        expect(e.message).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it("speaks the requested language", () => {
    const issues = AssessmentSchema.safeParse({}).error?.issues ?? [];
    const fi = localizeIssues(issues, "fi")
      .map((e) => e.message)
      .join(" ");
    const sv = localizeIssues(issues, "sv")
      .map((e) => e.message)
      .join(" ");
    expect(fi).toMatch(/odotettiin/);
    expect(sv).toMatch(/förväntat/);
  });
});

describe("toJsonPointer", () => {
  it("escapes ~ and / as RFC 6901 says", () => {
    expect(toJsonPointer(["a/b", "m~n", 0])).toBe("/a~1b/m~0n/0");
    expect(toJsonPointer([])).toBe("");
  });
});
