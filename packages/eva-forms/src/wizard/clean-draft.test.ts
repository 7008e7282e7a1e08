import { AssessmentDraftSchema } from "eva-core";
import { describe, expect, it } from "vitest";
import { cleanDraft } from "./clean-draft.js";

describe("cleanDraft", () => {
  it("drops what the draft schema would refuse while the user is still typing", () => {
    const typed = {
      basics: { title: "Otsikko", deadline: "" },
      ratings: [{ alternativeId: "a", criterionId: "dim:x", value: 1, confidence: "" }],
      conclusion: { recommendedAlternativeId: "", followUp: { indicators: ["mittari", ""] } },
      alternatives: [{ id: "a", name: "A" }],
    };
    expect(AssessmentDraftSchema.safeParse(typed).success).toBe(false);
    const clean = cleanDraft(typed);
    expect(AssessmentDraftSchema.safeParse(clean).success).toBe(true);
    expect(typed.basics.deadline).toBe(""); // the input is not changed
  });
});
