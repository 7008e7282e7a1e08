import { AssessmentDraftSchema } from "eva-core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanDraft } from "./clean-draft.js";

describe("cleanDraft", () => {
  it("drops what nobody typed, so the draft schema accepts it, and leaves the input alone", () => {
    const typed = {
      basics: { title: "Otsikko", deadline: "", preparer: { name: "" } },
      ratings: [
        { alternativeId: "a", criterionId: "dim:x", value: 1, confidence: "", justification: "" },
        { alternativeId: "a", criterionId: "dim:y", justification: "" },
      ],
      conclusion: {
        recommendedAlternativeId: "",
        followUp: { date: "2027-01-01", indicators: ["mittari", ""] },
      },
      alternatives: [{ id: "a", name: "A" }],
      economy: { flows: [{ alternativeId: "a", rows: [] }] },
    };
    expect(AssessmentDraftSchema.safeParse(typed).success).toBe(false);
    const clean = cleanDraft(typed);
    expect(clean).toEqual({
      basics: { title: "Otsikko" },
      ratings: [{ alternativeId: "a", criterionId: "dim:x", value: 1 }],
      conclusion: { followUp: { date: "2027-01-01", indicators: ["mittari"] } },
      alternatives: [{ id: "a", name: "A" }],
    });
    expect(AssessmentDraftSchema.safeParse(clean).success).toBe(true);
    expect(typed.basics.deadline).toBe("");
  });

  it("keeps rows in their places: ratings/1 is the same row before and after", () => {
    const rows = [
      { alternativeId: "a", criterionId: "goal:g", value: 0 },
      { alternativeId: "b", criterionId: "goal:g", value: 2, justification: "x" },
    ];
    expect(cleanDraft({ ratings: rows }).ratings).toEqual(rows);
  });

  it("is idempotent and never changes a draft that has nothing empty in it", () => {
    const text = fc.string({ minLength: 1, maxLength: 20 });
    const draft = fc.record(
      {
        basics: fc.record({ title: text, problem: text }, { requiredKeys: ["title"] }),
        ratings: fc.array(
          fc.record({
            alternativeId: fc.constantFrom("a", "b"),
            criterionId: fc.constantFrom("goal:g", "dim:d"),
            value: fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constant("not-assessed")),
          }),
          { minLength: 1 },
        ),
        economy: fc.record({ discountRate: fc.double({ min: 0, max: 0.2, noNaN: true }) }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(draft, (d) => {
        expect(cleanDraft(d)).toEqual(d);
        expect(cleanDraft(cleanDraft(d))).toEqual(cleanDraft(d));
      }),
    );
  });
});
