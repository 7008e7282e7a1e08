import { describe, expect, it } from "vitest";
import { demoAssessment } from "../data/demo-assessment.js";
import { localizeIssues } from "../i18n/localize-issues.js";
import { AssessmentDraftSchema, AssessmentSchema } from "./assessment.js";

// Each case mutates a fresh deep copy of the demo assessment, so cases never leak into each other.
const copy = (): Record<string, any> => structuredClone(demoAssessment) as Record<string, any>;

type Case = [name: string, mutate: (a: Record<string, any>) => unknown, path: string, code: string];

const badInputs: Case[] = [
  [
    "no baseline",
    (a) =>
      a.alternatives.forEach((x: any) => {
        x.baseline = false;
      }),
    "/alternatives",
    "no_baseline",
  ],
  [
    "two baselines",
    (a) => {
      a.alternatives[1].baseline = true;
    },
    "/alternatives/1/baseline",
    "two_baselines",
  ],
  [
    "one alternative",
    (a) => {
      a.alternatives = a.alternatives.slice(0, 1);
      a.ratings = [];
      a.economy.flows = [];
      a.risks.items = [];
      a.conclusion.recommendedAlternativeId = "nykytila";
    },
    "/alternatives",
    "too_small",
  ],
  [
    "seven alternatives",
    (a) => {
      for (let i = 0; i < 4; i++) a.alternatives.push({ id: `x${i}`, name: "X", description: "X" });
    },
    "/alternatives",
    "too_big",
  ],
  [
    "rating 4",
    (a) => {
      a.ratings[0].value = 4;
    },
    "/ratings/0/value",
    "too_big",
  ],
  [
    "rating 2.5",
    (a) => {
      a.ratings[0].value = 2.5;
    },
    "/ratings/0/value",
    "invalid_union",
  ],
  [
    "rating as text 'x'",
    (a) => {
      a.ratings[0].value = "x";
    },
    "/ratings/0/value",
    "invalid_union",
  ],
  [
    "NaN in a cash flow",
    (a) => {
      a.economy.flows[0].rows[0].investment = Number.NaN;
    },
    "/economy/flows/0/rows/0/investment",
    "invalid_type",
  ],
  [
    "Infinity in a cash flow",
    (a) => {
      a.economy.flows[0].rows[0].income = Number.POSITIVE_INFINITY;
    },
    "/economy/flows/0/rows/0/income",
    "invalid_type",
  ],
  [
    "unknown case system",
    (a) => {
      a.basics.caseRef.system = "excel";
    },
    "/basics/caseRef/system",
    "invalid_value",
  ],
  [
    "empty title",
    (a) => {
      a.basics.title = "   ";
    },
    "/basics/title",
    "required_text",
  ],
  [
    "blank case id",
    (a) => {
      a.basics.caseRef.caseId = "  ";
    },
    "/basics/caseRef/caseId",
    "empty_case_id",
  ],
  [
    "title too long",
    (a) => {
      a.basics.title = "x".repeat(201);
    },
    "/basics/title",
    "too_big",
  ],
  [
    "duplicate alternative id",
    (a) => {
      a.alternatives[2].id = "nykytila";
    },
    "/alternatives/2/id",
    "duplicate_id",
  ],
  [
    "rating of an unknown alternative",
    (a) => {
      a.ratings[0].alternativeId = "nope";
    },
    "/ratings/0/alternativeId",
    "unknown_alternative",
  ],
  [
    "the same cell rated twice",
    (a) => {
      a.ratings.push({ ...a.ratings[0] });
    },
    `/ratings/${demoAssessment.ratings.length}`,
    "duplicate_rating",
  ],
  [
    "malformed criterion id",
    (a) => {
      a.ratings[0].criterionId = "goal";
    },
    "/ratings/0/criterionId",
    "invalid_format",
  ],
  [
    "confidence 'sure'",
    (a) => {
      a.ratings[0].confidence = "sure";
    },
    "/ratings/0/confidence",
    "invalid_value",
  ],
  [
    "discount rate 35 %",
    (a) => {
      a.economy.discountRate = 0.35;
    },
    "/economy/discountRate",
    "too_big",
  ],
  [
    "negative discount rate",
    (a) => {
      a.economy.discountRate = -0.01;
    },
    "/economy/discountRate",
    "too_small",
  ],
  [
    "year 1800",
    (a) => {
      a.economy.flows[0].rows[0].year = 1800;
    },
    "/economy/flows/0/rows/0/year",
    "too_small",
  ],
  [
    "a year twice",
    (a) => {
      a.economy.flows[0].rows[1].year = 2026;
    },
    "/economy/flows/0/rows/1/year",
    "duplicate_year",
  ],
  [
    "fractional year",
    (a) => {
      a.economy.flows[0].rows[0].year = 2026.5;
    },
    "/economy/flows/0/rows/0/year",
    "invalid_type",
  ],
  [
    "risk likelihood 6 on a 5×5 scale",
    (a) => {
      a.risks.items[0].likelihood = 6;
    },
    "/risks/items/0/likelihood",
    "level_above_scale",
  ],
  [
    "risk likelihood 0",
    (a) => {
      a.risks.items[0].likelihood = 0;
    },
    "/risks/items/0/likelihood",
    "too_small",
  ],
  [
    "unknown risk category",
    (a) => {
      a.risks.items[0].category = "weather";
    },
    "/risks/items/0/category",
    "invalid_value",
  ],
  [
    "risk scale bands with a gap",
    (a) => {
      a.risks.scale = {
        likelihoodLevels: 3,
        consequenceLevels: 3,
        bands: [
          { band: "low", min: 1, max: 3 },
          { band: "high", min: 5, max: 9 },
        ],
      };
      a.risks.items = [];
    },
    "/risks/scale/bands",
    "bands_not_covering",
  ],
  [
    "recommendation of an unknown alternative",
    (a) => {
      a.conclusion.recommendedAlternativeId = "zz";
    },
    "/conclusion/recommendedAlternativeId",
    "unknown_alternative",
  ],
  [
    "no conclusion",
    (a) => {
      delete a.conclusion;
    },
    "/conclusion",
    "invalid_type",
  ],
  [
    "empty conclusion justification",
    (a) => {
      a.conclusion.justification = "";
    },
    "/conclusion/justification",
    "required_text",
  ],
  [
    "screening 'none' without a reason",
    (a) => {
      a.screening.outcome = "none";
    },
    "/screening/reason",
    "screening_reason_required",
  ],
  [
    "confidential without a legal reason",
    (a) => {
      a.basics.publicity.class = "confidential";
    },
    "/basics/publicity/reason",
    "confidential_reason_required",
  ],
  [
    "deadline not a date",
    (a) => {
      a.basics.deadline = "16.3.2026";
    },
    "/basics/deadline",
    "invalid_format",
  ],
  [
    "a preparer e-mail that is not one",
    (a) => {
      a.basics.preparer.email = "sanna(at)kaarina";
    },
    "/basics/preparer/email",
    "invalid_format",
  ],
  [
    "an unknown top-level field",
    (a) => {
      a.hacker = true;
    },
    "",
    "unrecognized_keys",
  ],
  [
    "alternative id with a space",
    (a) => {
      a.alternatives[0].id = "nyky tila";
    },
    "/alternatives/0/id",
    "invalid_format",
  ],
  [
    "affected group not in the list",
    (a) => {
      a.ratings[0].affectedGroups = ["aliens"];
    },
    "/ratings/0/affectedGroups/0",
    "invalid_value",
  ],
  [
    "participation method unknown",
    (a) => {
      a.participation[0].method = "telepathy";
    },
    "/participation/0/method",
    "invalid_value",
  ],
  [
    "a cash flow for an unknown alternative",
    (a) => {
      a.economy.flows[0].alternativeId = "ghost";
    },
    "/economy/flows/0/alternativeId",
    "unknown_alternative",
  ],
  [
    "malformed task class",
    (a) => {
      a.basics.caseRef.taskClass = "2.2";
    },
    "/basics/caseRef/taskClass",
    "invalid_format",
  ],
];

describe("AssessmentSchema", () => {
  it("accepts the demo assessment", () => {
    expect(AssessmentSchema.safeParse(demoAssessment).success).toBe(true);
  });

  it("rejects at least 25 distinct kinds of bad input", () => {
    expect(new Set(badInputs.map(([name]) => name)).size).toBeGreaterThanOrEqual(25);
  });

  it.each(badInputs)("rejects %s", (_name, mutate, path, code) => {
    const a = copy();
    mutate(a);
    const result = AssessmentSchema.safeParse(a);
    expect(result.success).toBe(false);
    const errors = localizeIssues(result.error?.issues ?? [], "fi");
    expect(errors).toContainEqual(expect.objectContaining({ path, code }));
  });

  it("does not change its argument (it parses into a new object)", () => {
    const a = copy();
    const before = JSON.stringify(a);
    AssessmentSchema.parse(a);
    expect(JSON.stringify(a)).toBe(before);
  });
});

describe("AssessmentDraftSchema", () => {
  it("accepts an empty draft and a draft with only a title", () => {
    expect(AssessmentDraftSchema.safeParse({}).success).toBe(true);
    expect(AssessmentDraftSchema.safeParse({ basics: { title: "Luonnos" } }).success).toBe(true);
  });

  it("accepts a half-filled draft: empty texts, one alternative, a rating without a value", () => {
    const draft = {
      basics: { title: "", caseRef: { system: "casem" } },
      alternatives: [{ id: "a", name: "" }],
      ratings: [{ alternativeId: "a", criterionId: "goal:x" }],
      conclusion: {},
    };
    expect(AssessmentDraftSchema.safeParse(draft).success).toBe(true);
  });

  it("accepts every complete assessment", () => {
    expect(AssessmentDraftSchema.safeParse(demoAssessment).success).toBe(true);
  });

  it("still rejects what is malformed: two baselines, rating 4, a bad date", () => {
    const twoBaselines = {
      alternatives: [
        { id: "a", baseline: true },
        { id: "b", baseline: true },
      ],
    };
    const rating4 = {
      alternatives: [{ id: "a" }],
      ratings: [{ alternativeId: "a", criterionId: "dim:x", value: 4 }],
    };
    const badDate = { basics: { deadline: "huomenna" } };
    for (const d of [twoBaselines, rating4, badDate])
      expect(AssessmentDraftSchema.safeParse(d).success).toBe(false);
  });
});
