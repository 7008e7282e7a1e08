import { z } from "zod";
import {
  checkAssessmentReferences,
  checkCompleteAssessment,
  checkScreenedOutAssessment,
} from "./assessment-refinements.js";
import { CaseIdSchema, CaseRefSchema } from "./case-ref.js";
import { affectedGroups, participantGroups, participationMethods, riskCategories } from "./code-lists.js";
import { EurosSchema, IdSchema, IsoDateSchema, LocaleSchema } from "./common.js";
import { ImpactFrameworkSchema } from "./impact-framework.js";
import { RiskScaleSchema } from "./risk-scale.js";
import { WeightsSchema } from "./weights.js";

// the code lists and isScreenedOut live in a module without zod (a browser can use them without
// downloading the schemas); they are exported from here as before
export {
  affectedGroups,
  caseSystems,
  isScreenedOut,
  participantGroups,
  participationMethods,
  riskCategories,
} from "./code-lists.js";

/**
 * The assessment is defined once, at two levels:
 * - `AssessmentDraftSchema`: what autosave stores. Every section and field is optional and texts
 *   may be empty, but what is present is well-formed (types, ranges, formats, at most one baseline).
 * - `AssessmentSchema`: what evaluate() and submit accept (2–6 alternatives, exactly one baseline,
 *   a conclusion, every required text filled; see checkCompleteAssessment).
 * What a draft still lacks is reported by findings(), not by a failed save.
 */
function text(max: number) {
  return z.string().max(max);
}

/** −3..+3 (integer) or "not-assessed", which is not the same as 0. */
export const RatingValueSchema = z
  .union([z.int().min(-3).max(3), z.literal("not-assessed")])
  .describe("rating: integer −3 (very negative) .. +3 (very positive), or 'not-assessed' (≠ 0)");
export type RatingValue = z.infer<typeof RatingValueSchema>;

export const ConfidenceSchema = z.enum(["low", "medium", "high"]).describe("how certain the rating is");
export const HorizonSchema = z
  .enum(["short", "long", "both"])
  .describe("time horizon: short (< 2 years), long (≥ 2 years), or both");

export const AffectedGroupSchema = z.enum(affectedGroups);
export type AffectedGroup = z.infer<typeof AffectedGroupSchema>;

const PersonSchema = z
  .object({
    name: text(200),
    title: text(200).optional(),
    email: z.email().max(254).optional(),
  })
  .strict();

const PublicitySchema = z
  .object({
    /** julkisuusluokka */
    class: z.enum(["public", "confidential"]).default("public"),
    /** Julkisuuslaki 24 §: the paragraph and reason, required when confidential */
    reason: text(500).optional(),
    containsPersonalData: z.boolean().default(false),
    /** show the approved summary in the public resident view */
    showInResidentView: z.boolean().default(false),
  })
  .strict();

export const BasicsSchema = z
  .object({
    title: text(200),
    caseRef: CaseRefSchema,
    /** toimielin: the body that decides, e.g. "Kaupunginhallitus" */
    decisionBody: text(200),
    /** valmistelija */
    preparer: PersonSchema,
    /** esittelijä */
    presenter: PersonSchema.partial().optional(),
    deadline: IsoDateSchema.optional().describe("the date of the meeting that decides, ISO 8601"),
    /** what problem the decision solves */
    problem: text(5000),
    /** what the decision should achieve */
    objective: text(5000),
    language: LocaleSchema.default("fi"),
    publicity: PublicitySchema.optional(),
  })
  .strict();

export const ScreeningSchema = z
  .object({
    answers: z
      .object({
        costAboveThreshold: z.boolean().optional(),
        affectsChildren: z.boolean().optional(),
        affectsServices: z.boolean().optional(),
        affectsEnvironment: z.boolean().optional(),
        affectsPersonnel: z.boolean().optional(),
        affectsLanguageRights: z.boolean().optional(),
        irreversible: z.boolean().optional(),
      })
      .strict()
      .default({}),
    estimatedCost: EurosSchema.min(0).optional().describe("estimated total cost, euros, ≥ 0"),
    costThreshold: EurosSchema.min(0)
      .optional()
      .describe("the municipality's threshold for a full EVA, euros"),
    /** esiarvioinnin tulos: full EVA, light EVA or none */
    outcome: z.enum(["full", "light", "none"]),
    /** why no (or only a light) EVA is needed; required when outcome is "none" */
    reason: text(2000).optional(),
  })
  .strict();

export const AlternativeSchema = z
  .object({
    id: IdSchema,
    name: text(120),
    /** lyhyt nimi: how the board summary's chart, tables and matrix name the alternative (absent: derived from the name) */
    shortName: text(30)
      .optional()
      .describe("short name for charts and tables, at most 30 characters; absent = derived from the name"),
    description: text(5000),
    /** what would be done */
    actions: text(5000).optional(),
    /** nollavaihtoehto: what happens if nothing is decided; exactly one per assessment */
    baseline: z.boolean().default(false),
  })
  .strict();

export const RatingSchema = z
  .object({
    alternativeId: IdSchema,
    /** "goal:<goal id>", "value:<value id>" or "dim:<dimension id>" */
    criterionId: z
      .string()
      .max(110)
      .regex(/^(goal|value|dim):[A-Za-z0-9][A-Za-z0-9._:-]*$/, {
        message: "criterionId is goal:<id>, value:<id> or dim:<id>",
      }),
    value: RatingValueSchema,
    /** optional split by horizon: short (< 2 yr) and long (≥ 2 yr); `value` is what is scored */
    shortTerm: RatingValueSchema.optional(),
    longTerm: RatingValueSchema.optional(),
    justification: text(3000).optional(),
    confidence: ConfidenceSchema.optional(),
    horizon: HorizonSchema.optional(),
    affectedGroups: z.array(AffectedGroupSchema).max(affectedGroups.length).optional(),
    /** kumulatiiviset vaikutukset: how this adds up with other decisions */
    cumulative: text(2000).optional(),
  })
  .strict();

export const CashFlowRowSchema = z
  .object({
    year: z.int().min(1990).max(2150).describe("budget year"),
    operatingCost: EurosSchema.default(0).describe("operating costs in the year, euros (costs positive)"),
    investment: EurosSchema.default(0).describe("investment spending in the year, euros (costs positive)"),
    income: EurosSchema.default(0).describe("income and savings in the year, euros (positive)"),
  })
  .strict();

export const CashFlowSchema = z
  .object({
    alternativeId: IdSchema,
    rows: z.array(CashFlowRowSchema).max(60),
    /** rahoituslähde, e.g. "talousarvio 2026, investointiosa" */
    fundingSource: text(500).optional(),
  })
  .strict();

export const EconomySchema = z
  .object({
    discountRate: z
      .number()
      .min(0)
      .max(0.2)
      .default(0.03)
      .describe("discount rate, fraction per year (0.03 = 3 %); year 0 is the first year, undiscounted"),
    /** the year that is year 0 in the NPV; default: the earliest year in the flows */
    baseYear: z.int().min(1990).max(2150).optional(),
    flows: z.array(CashFlowSchema).max(6).default([]),
    notes: text(3000).optional(),
  })
  .strict();

function level() {
  return z.int().min(1).max(10).describe("level on the risk scale, 1 = lowest");
}

export const RiskSchema = z
  .object({
    id: IdSchema,
    alternativeId: IdSchema,
    title: text(200),
    description: text(2000).optional(),
    category: z.enum(riskCategories),
    likelihood: level(),
    consequence: level(),
    owner: text(200).optional(),
    mitigation: text(2000).optional(),
    residualLikelihood: level().optional(),
    residualConsequence: level().optional(),
    /** false: left out of public summaries (e.g. a security risk) */
    public: z.boolean().default(true),
  })
  .strict();

export const RisksSchema = z
  .object({
    scale: RiskScaleSchema.optional(),
    items: z.array(RiskSchema).max(200).default([]),
  })
  .strict();

export const ParticipationSchema = z
  .object({
    id: IdSchema.optional(),
    group: z.enum(participantGroups),
    /** who exactly, e.g. "Kaarinan vanhusneuvosto" */
    who: text(300).optional(),
    method: z.enum(participationMethods),
    date: IsoDateSchema.optional(),
    summary: text(3000),
    /** what changed in the proposal because of it */
    changes: text(3000).optional(),
  })
  .strict();

export const FollowUpSchema = z
  .object({
    date: IsoDateSchema.describe("when the realised impacts are checked, ISO 8601"),
    indicators: z.array(text(300)).max(30).default([]),
    responsible: text(200).optional(),
  })
  .strict();

export const ConclusionSchema = z
  .object({
    recommendedAlternativeId: IdSchema,
    /** the preparer's justification in plain language */
    justification: text(5000),
    /** why the recommendation is not the best-scoring alternative, if it is not */
    notBestReason: text(3000).optional(),
    followUp: FollowUpSchema.optional(),
  })
  .strict();

const common = {
  schemaVersion: z.literal(1).default(1),
  /** the strategy version the assessment was made against */
  strategyRef: z
    .object({ id: IdSchema, version: z.int().min(1).max(10_000) })
    .strict()
    .optional(),
  weights: WeightsSchema.optional(),
  /** why the weights differ from the strategy's defaults (required when they do) */
  weightsOverrideReason: text(2000).optional(),
  economy: EconomySchema.optional(),
  /** a snapshot of the framework used; absent = defaultFramework */
  framework: ImpactFrameworkSchema.optional(),
};

/** EVA, ennakkoarviointi: the complete assessment that evaluate() and submit accept. */
export const AssessmentSchema = z
  .object({
    ...common,
    basics: BasicsSchema,
    screening: ScreeningSchema,
    alternatives: z.array(AlternativeSchema).min(2).max(6),
    ratings: z.array(RatingSchema).max(2000).default([]),
    risks: RisksSchema.optional(),
    participation: z.array(ParticipationSchema).max(100).default([]),
    conclusion: ConclusionSchema,
  })
  .strict()
  .superRefine((a, ctx) => {
    checkAssessmentReferences(a, ctx);
    checkCompleteAssessment(a, ctx);
  });

// the draft's sections: every one optional, what is present well-formed
const draftShape = {
  ...common,
  basics: BasicsSchema.partial()
    .extend({
      caseRef: CaseRefSchema.partial().extend({ caseId: CaseIdSchema.optional() }).optional(),
    })
    .extend({ preparer: PersonSchema.partial().optional() })
    .optional(),
  screening: ScreeningSchema.partial().optional(),
  alternatives: z
    .array(AlternativeSchema.partial().required({ id: true }))
    .max(6)
    .optional(),
  ratings: z
    .array(RatingSchema.partial().required({ alternativeId: true, criterionId: true }))
    .max(2000)
    .optional(),
  risks: RisksSchema.extend({
    items: z
      .array(RiskSchema.partial().required({ id: true, alternativeId: true }))
      .max(200)
      .optional(),
  })
    .partial()
    .optional(),
  participation: z.array(ParticipationSchema.partial()).max(100).optional(),
  // a follow-up's indicators may be written before its date (findings report the missing date)
  conclusion: ConclusionSchema.partial().extend({ followUp: FollowUpSchema.partial().optional() }).optional(),
};

/** ennakkoarvioinnin luonnos: any well-formed partial assessment (what autosave stores). */
export const AssessmentDraftSchema = z.object(draftShape).strict().superRefine(checkAssessmentReferences);

/**
 * ei arviointia: a case that screening closes without an EVA. The basics are complete and the
 * screening says "none" with its reason; nothing else is required (what was drafted before the
 * decision may stay, well-formed). What submit accepts when the outcome is "none".
 */
export const ScreenedOutAssessmentSchema = z
  .object({
    ...draftShape,
    basics: BasicsSchema,
    screening: ScreeningSchema.extend({ outcome: z.literal("none") }),
  })
  .strict()
  .superRefine((a, ctx) => {
    checkAssessmentReferences(a, ctx);
    checkScreenedOutAssessment(a, ctx);
  });

export type AssessmentDraft = z.infer<typeof AssessmentDraftSchema>;
/** A draft as a client may send it (defaults not yet filled in): what findings() accepts. */
export type AssessmentDraftInput = z.input<typeof AssessmentDraftSchema>;
export type Assessment = z.infer<typeof AssessmentSchema>;
export type ScreenedOutAssessment = z.infer<typeof ScreenedOutAssessmentSchema>;
export type AssessmentInput = z.input<typeof AssessmentSchema>;
export type Alternative = z.infer<typeof AlternativeSchema>;
export type Rating = z.infer<typeof RatingSchema>;
export type Risk = z.infer<typeof RiskSchema>;
export type CashFlow = z.infer<typeof CashFlowSchema>;
export type Participation = z.infer<typeof ParticipationSchema>;
export type Basics = z.infer<typeof BasicsSchema>;
export type Screening = z.infer<typeof ScreeningSchema>;
export type Conclusion = z.infer<typeof ConclusionSchema>;
