import { describe, expect, it } from "vitest";
import { demoAssessment } from "../data/demo-assessment.js";
import { exampleStrategies } from "../data/example-strategies/index.js";
import { findingNames } from "../i18n/finding-names.js";
import { findingMessage, findingMessages } from "../i18n/findings-messages.js";
import { AssessmentSchema, ScreenedOutAssessmentSchema } from "../schemas/assessment.js";
import type { Evaluation } from "../schemas/evaluation.js";
import type { Strategy } from "../schemas/strategy.js";
import { findingCodes } from "./codes.js";
import { canSubmit, findings } from "./findings.js";

// Every case starts from a fresh copy of the demo case, which has no findings at all, and breaks
// one thing; the same check on the untouched demo is the "does not trigger" half.
const demo = (): any => structuredClone(demoAssessment);
const kaarina = exampleStrategies.kaarina;

type Case = [code: string, mutate: (a: any) => void, strategy?: Strategy];
const cases: Case[] = [
  [
    "missing_title",
    (a) => {
      a.basics.title = " ";
    },
  ],
  [
    "missing_case_ref",
    (a) => {
      a.basics.caseRef.caseId = "";
    },
  ],
  [
    "missing_decision_body",
    (a) => {
      a.basics.decisionBody = "";
    },
  ],
  [
    "missing_preparer",
    (a) => {
      a.basics.preparer = {};
    },
  ],
  [
    "missing_problem",
    (a) => {
      a.basics.problem = "";
    },
  ],
  [
    "missing_objective",
    (a) => {
      delete a.basics.objective;
    },
  ],
  [
    "missing_screening",
    (a) => {
      delete a.screening;
    },
  ],
  [
    "screening_reason_missing",
    (a) => {
      a.screening.outcome = "none";
    },
  ],
  [
    "too_few_alternatives",
    (a) => {
      a.alternatives = a.alternatives.slice(0, 1);
    },
  ],
  [
    "no_baseline",
    (a) => {
      a.alternatives[0].baseline = false;
    },
  ],
  [
    "missing_alternative_text",
    (a) => {
      a.alternatives[1].description = "";
    },
  ],
  [
    "missing_ratings",
    (a) => {
      a.ratings = a.ratings.filter((r: any) => r.criterionId !== "dim:safety");
    },
  ],
  [
    "unjustified_rating",
    (a) => {
      a.ratings[0].justification = "";
    },
  ],
  [
    "missing_recommendation",
    (a) => {
      delete a.conclusion.recommendedAlternativeId;
    },
  ],
  [
    "missing_justification",
    (a) => {
      a.conclusion.justification = "";
    },
  ],
  [
    "confidential_without_reason",
    (a) => {
      a.basics.publicity.class = "confidential";
    },
  ],
  [
    "weights_override_without_reason",
    (a) => {
      a.weights = { groups: { method: "direct", weights: { people: 1 } } };
    },
  ],
  [
    "not_assessed",
    (a) => {
      a.ratings[3].value = "not-assessed";
    },
  ],
  [
    "unknown_criterion",
    (a) => {
      a.ratings.push({ alternativeId: "nykytila", criterionId: "goal:ghost", value: 0, justification: "x" });
    },
  ],
  [
    "children_not_assessed",
    (a) => {
      a.ratings
        .filter((r: any) => r.criterionId === "dim:children")
        .forEach((r: any) => {
          r.value = "not-assessed";
        });
    },
  ],
  ["language_rights_not_assessed", () => {}, { ...kaarina, bilingual: true }],
  [
    "ahp_inconsistent",
    (a) => {
      a.weights = {
        groups: {
          method: "ahp",
          items: ["strategy", "people", "economy"],
          matrix: [
            [1, 3, 1 / 3],
            [1 / 3, 1, 3],
            [3, 1 / 3, 1],
          ],
        },
      };
      a.weightsOverrideReason = "Hallitus painotti toisin.";
    },
  ],
  [
    "high_risk_without_mitigation",
    (a) => {
      a.risks.items[0].mitigation = "";
    },
  ],
  [
    "costs_without_funding",
    (a) => {
      a.economy.flows[1].fundingSource = "";
    },
  ],
  [
    "participation_missing",
    (a) => {
      a.participation = [];
    },
  ],
  [
    "no_follow_up",
    (a) => {
      delete a.conclusion.followUp;
    },
  ],
  [
    "missing_risk_title",
    (a) => {
      a.risks.items[0].title = " ";
    },
  ],
  [
    "missing_participation_summary",
    (a) => {
      a.participation[0].summary = "";
    },
  ],
  [
    "screening_none_but_affected",
    (a) => {
      a.screening = { outcome: "none", reason: "Tekninen päätös.", answers: { affectsChildren: true } };
    },
  ],
  [
    "long_sentence",
    (a) => {
      a.basics.objective = `${"sana ".repeat(30)}loppuu.`;
    },
  ],
  [
    "unexplained_abbreviation",
    (a) => {
      a.basics.problem = "Koulun LVI-järjestelmä on rikki ja TPK ei ole käsitellyt asiaa.";
    },
  ],
];

describe("findings", () => {
  it("the demo case has no findings (so each case below changes exactly one thing)", () => {
    expect(findings(demoAssessment, kaarina)).toEqual([]);
  });

  it.each(cases)("%s: triggered by its cause, with its code's severity", (code, mutate, strategy) => {
    const a = demo();
    mutate(a);
    const list = findings(a, strategy ?? kaarina);
    const hit = list.filter((f) => f.code === code);
    expect(hit.length).toBeGreaterThan(0);
    for (const f of hit) expect(f.severity).toBe(findingCodes[code as keyof typeof findingCodes]);
  });

  it("an empty draft lists what it lacks as errors and cannot be submitted", () => {
    const list = findings({}, kaarina);
    expect(list.map((f) => f.code)).toEqual(
      expect.arrayContaining([
        "missing_title",
        "missing_case_ref",
        "too_few_alternatives",
        "missing_recommendation",
      ]),
    );
    expect(canSubmit(list)).toBe(false);
    expect(canSubmit(findings(demoAssessment, kaarina))).toBe(true);
  });

  it("is sorted errors first and stable", () => {
    const a = demo();
    a.basics.title = "";
    a.ratings[3].value = "not-assessed";
    const list = findings(a, kaarina);
    const order = { error: 0, warning: 1, info: 2 };
    for (let i = 1; i < list.length; i++) {
      expect(order[list[i]?.severity ?? "info"]).toBeGreaterThanOrEqual(
        order[list[i - 1]?.severity ?? "error"],
      );
    }
    expect(findings(a, kaarina)).toEqual(list);
  });
});

describe("a case that screening closes without an EVA (issue 18)", () => {
  const closed = () => {
    const { caseRef: _ref, ...basics } = demoAssessment.basics;
    return {
      basics: { ...basics, caseRef: demoAssessment.basics.caseRef },
      screening: { outcome: "none" as const, reason: "Päätös on tekninen eikä muuta palveluja." },
    };
  };

  it("needs no alternatives, ratings or recommendation: only the basics and the reason", () => {
    const list = findings(closed(), kaarina);
    expect(list.filter((f) => f.severity === "error")).toEqual([]);
    expect(canSubmit(list)).toBe(true);
    expect(ScreenedOutAssessmentSchema.safeParse(closed()).success).toBe(true);
    expect(AssessmentSchema.safeParse(closed()).success).toBe(false);
  });

  it("still needs the reason and the basics", () => {
    const a = closed();
    a.screening.reason = " ";
    a.basics.title = "";
    expect(findings(a, kaarina).map((f) => f.code)).toEqual(
      expect.arrayContaining(["screening_reason_missing", "missing_title"]),
    );
    const parsed = ScreenedOutAssessmentSchema.safeParse(a);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join("/")).sort()).toEqual([
      "basics/title",
      "screening/reason",
    ]);
  });
});

describe("findings that need the evaluation", () => {
  // A hand-made evaluation with just the fields these checks read: two alternatives, two criteria.
  const evaluation = (over: Partial<Evaluation>): Evaluation =>
    ({
      alternatives: [{ alternativeId: "nykytila" }, { alternativeId: "uudisrakennus" }],
      values: [
        [0.2, 0.2],
        [0.8, 0.8],
      ],
      winnerIds: ["uudisrakennus"],
      switching: {
        weights: [{ criterionId: "goal:x", weight: 0.5, switchAt: null, delta: null, rivalId: null }],
        ratings: [],
      },
      smaa: {
        rankAcceptability: [
          [0, 1],
          [1, 0],
        ],
      },
      rankingCouldChange: false,
      crossCheck: { agree: true },
      ...over,
    }) as unknown as Evaluation;
  const two = () => {
    const a = demo();
    a.alternatives = a.alternatives.filter((x: any) => x.id !== "peruskorjaus");
    return a;
  };
  const codes = (a: any, e: Evaluation) => findings(a, kaarina, e).map((f) => f.code);

  it("recommended_dominated and recommended_not_best", () => {
    const a = two();
    a.conclusion.recommendedAlternativeId = "nykytila";
    expect(codes(a, evaluation({}))).toEqual(
      expect.arrayContaining(["recommended_dominated", "recommended_not_best"]),
    );
    a.conclusion.notBestReason = "Rahaa ei ole.";
    expect(codes(a, evaluation({}))).not.toContain("recommended_not_best");
    expect(codes(two(), evaluation({}))).not.toContain("recommended_dominated");
  });

  it("winner_fragile by a small switching value or a low first-rank acceptability", () => {
    const small = {
      weights: [{ criterionId: "goal:x", weight: 0.5, switchAt: 0.53, delta: 0.03, rivalId: "nykytila" }],
      ratings: [],
    };
    expect(codes(two(), evaluation({ switching: small }))).toContain("winner_fragile");
    expect(
      codes(
        two(),
        evaluation({
          smaa: {
            rankAcceptability: [
              [0.6, 0.4],
              [0.4, 0.6],
            ],
          } as never,
        }),
      ),
    ).toContain("winner_fragile");
    expect(codes(two(), evaluation({}))).not.toContain("winner_fragile");
  });

  it("missing_could_change_winner and methods_disagree", () => {
    expect(codes(two(), evaluation({ rankingCouldChange: true }))).toContain("missing_could_change_winner");
    expect(codes(two(), evaluation({ crossCheck: { agree: false } as never }))).toContain("methods_disagree");
    const none = codes(two(), evaluation({}));
    expect(none).not.toContain("missing_could_change_winner");
    expect(none).not.toContain("methods_disagree");
  });
});

describe("finding messages", () => {
  it("exist in fi, sv and en for every code, with the same parameters", () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const code of Object.keys(findingCodes) as Array<keyof typeof findingCodes>) {
      for (const locale of ["sv", "en"] as const) {
        for (const part of ["title", "action"] as const) {
          expect(params(findingMessages[locale][code][part]), `${locale} ${code}`).toEqual(
            params(findingMessages.fi[code][part]),
          );
        }
      }
    }
  });

  it("fill in the parameters", () => {
    const m = findingMessage({ code: "long_sentence", params: { words: 31, max: 25 } }, "fi");
    expect(m.title).toBe("Pitkä virke (31 sanaa).");
    expect(m.action).toContain("25");
  });

  it("name criteria, alternatives and risks as the preparer sees them, never by their codes (issue 18)", () => {
    const a = demo();
    a.ratings = a.ratings.filter(
      (r: { criterionId: string }) => r.criterionId !== "goal:vastuullinen-johtaminen",
    );
    a.economy.flows[1].fundingSource = "";
    a.risks.items[0].mitigation = "";
    a.alternatives[1].name = "";
    const list = findings(a, kaarina);
    for (const locale of ["fi", "sv", "en"] as const) {
      const names = findingNames(a, kaarina, locale);
      const texts = list.map((f) => Object.values(findingMessage(f, locale, names)).join(" ")).join("\n");
      expect(texts).not.toMatch(/goal:|value:|dim:|\{|\}/);
      expect(texts).not.toContain(a.alternatives[1].id);
      expect(texts).not.toContain(a.risks.items[0].id);
    }
    const fi = list.map((f) => findingMessage(f, "fi", findingNames(a, kaarina, "fi")).title);
    expect(fi).toContain("Arvioita puuttuu: vastuullinen johtaminen (3 vaihtoehtoa).");
    expect(fi).toContain("Kustannuksilta puuttuu rahoituslähde (vaihtoehto 2).");
    const sv = list.map((f) => findingMessage(f, "sv", findingNames(a, kaarina, "sv")).title);
    expect(sv.join("\n")).toContain("ansvarsfullt ledarskap");
    const missingName = findingMessage({ code: "missing_alternative_text", params: { field: "name" } }, "fi");
    expect(missingName.title).toBe("Vaihtoehdon tieto puuttuu (nimi).");
  });
});
