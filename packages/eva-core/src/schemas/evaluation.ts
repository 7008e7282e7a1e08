import { z } from "zod";
import { AssessmentSchema } from "./assessment.js";
import { CaseRefSchema } from "./case-ref.js";
import { IdSchema, LocalizedTextSchema } from "./common.js";
import { FindingSchema } from "./finding.js";
import { RiskScaleSchema } from "./risk-scale.js";
import { CriterionGroupSchema } from "./weights.js";

const share = z.number().min(0).max(1);
const score = z.number().min(0).max(1).describe("value score 0..1 (weighted sum of 0..1 values)");
const rank = z.int().min(1).describe("rank, 1 = best; ties share a rank (1, 1, 3)");
const euros = z.number().describe("euros");

/** One criterion (leaf) of the value tree. */
export const EvaluationCriterionSchema = z
  .object({
    /** "goal:<id>", "value:<id>", "dim:<id>", or "risk:residual" */
    id: z.string(),
    group: CriterionGroupSchema,
    label: LocalizedTextSchema,
    /** rating: −3..+3 → (r+3)/6; npv: value function on NPV; risk: value function on residual exposure */
    measure: z.enum(["rating", "npv", "risk"]),
    localWeight: share.describe("weight within its group, Σ = 1 per group"),
    weight: share.describe("global weight = group weight × local weight, Σ = 1"),
  })
  .strict();

export const EvaluationGroupSchema = z
  .object({
    id: CriterionGroupSchema,
    weight: share,
    method: z.enum(["direct", "swing", "rank", "ahp", "equal"]),
    /** AHP consistency ratio of the local weights, when entered by AHP */
    consistencyRatio: z.number().min(0).nullable(),
  })
  .strict();

export const AlternativeResultSchema = z
  .object({
    alternativeId: IdSchema,
    name: z.string(),
    baseline: z.boolean(),
    score,
    rank,
    /** w_j · v_j per criterion, in `criteria` order; they add up to `score` */
    contributions: z.array(z.number()),
    /** per group, the sum of its criteria's contributions */
    groupContributions: z.partialRecord(CriterionGroupSchema, z.number()),
    /** the score if every not-assessed rating were −3 (min) or +3 (max); contains `score` */
    interval: z.object({ min: score, max: score }).strict(),
    notAssessed: z
      .int()
      .min(0)
      .describe("number of ratings of this alternative that are not assessed or missing"),
  })
  .strict();

/** Why the winner beats another alternative: the weighted differences, largest first. */
export const ComparisonSchema = z
  .object({
    winnerId: IdSchema,
    otherId: IdSchema,
    difference: z.number().describe("score(winner) − score(other)"),
    reasons: z.array(z.object({ criterionId: z.string(), difference: z.number() }).strict()),
  })
  .strict();

export const WeightSwitchSchema = z
  .object({
    criterionId: z.string(),
    weight: share,
    switchAt: share.nullable(),
    delta: z.number().nullable(),
    rivalId: IdSchema.nullable(),
  })
  .strict();

export const RatingSwitchSchema = z
  .object({
    criterionId: z.string(),
    /** the winner's current rating (−3..+3) or null for npv/risk criteria */
    rating: z.number().nullable(),
    /** how much the winner's 0..1 value would have to fall for another alternative to win; null = never */
    valueDrop: z.number().min(0).nullable(),
    /** the same in rating steps (valueDrop × 6), rounded up; null = no fall within the scale changes the winner */
    steps: z.int().min(0).nullable(),
    rivalId: IdSchema.nullable(),
  })
  .strict();

export const SmaaResultSchema = z
  .object({
    samples: z.int().min(1),
    seed: z.int(),
    standardError: z.number().min(0),
    /** [alternative][rank − 1], alternative order as in `alternatives` */
    rankAcceptability: z.array(z.array(share)),
    centralWeights: z.array(z.array(share)),
    confidence: z.array(share),
    pairwiseWinning: z.array(z.array(share)),
    holistic: z.array(z.number()),
    /** how the ratings were perturbed (half-widths per confidence level, in 0..1 value units) */
    valueSpread: z
      .object({
        low: z.number(),
        medium: z.number(),
        high: z.number(),
        unset: z.number(),
        /** a missing value is sampled around 0.5 with this half-width (the whole scale) */
        notAssessed: z.number().optional(),
      })
      .strict(),
  })
  .strict();

export const CrossCheckSchema = z
  .object({
    topsis: z.object({ ranks: z.array(rank), closeness: z.array(z.number()) }).strict(),
    promethee2: z.object({ ranks: z.array(rank), phi: z.array(z.number()) }).strict(),
    vikor: z.object({ ranks: z.array(rank), Q: z.array(z.number()) }).strict(),
    /** true when every method puts the weighted-sum winner first */
    agree: z.boolean(),
  })
  .strict();

export const EconomyResultSchema = z
  .object({
    discountRate: z.number(),
    baseYear: z.int().nullable(),
    years: z.array(z.int()),
    alternatives: z.array(
      z
        .object({
          alternativeId: IdSchema,
          hasFlows: z.boolean(),
          /** net present value of income − costs (negative = net cost), euros */
          npv: euros,
          totalCost: euros,
          totalIncome: euros,
          /** per budget year (same order as `years`): net = income − operating cost − investment */
          byYear: z.array(
            z
              .object({ year: z.int(), operatingCost: euros, investment: euros, income: euros, net: euros })
              .strict(),
          ),
          fundingSource: z.string().nullable(),
        })
        .strict(),
    ),
  })
  .strict();

export const RiskResultSchema = z
  .object({
    scale: RiskScaleSchema,
    alternatives: z.array(
      z
        .object({
          alternativeId: IdSchema,
          /** residual exposure: Σ of residual L × C (residual = initial where not given) */
          exposure: z.number().min(0),
          /** the highest residual band among the alternative's risks, null without risks */
          topBand: z.string().nullable(),
          risks: z.array(
            z
              .object({
                id: IdSchema,
                title: z.string(),
                score: z.number(),
                band: z.string(),
                residualScore: z.number(),
                residualBand: z.string(),
                mitigated: z.boolean(),
                public: z.boolean(),
              })
              .strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict();

export const CompletenessSchema = z
  .object({
    percent: z.number().min(0).max(100).describe("share of the required inputs that are filled, %"),
    filled: z.int().min(0),
    required: z.int().min(0),
  })
  .strict();

/** Everything needed to reproduce every number of the evaluation. */
export const ConventionsSchema = z
  .object({
    model: z.literal("weighted-sum"),
    ratingValueFunction: z.string(),
    missingRating: z.string(),
    npvValueFunction: z.string(),
    riskValueFunction: z.string(),
    topsisNormalization: z.enum(["vector", "minmax"]),
    prometheePreference: z.string(),
    vikorV: z.number(),
    ahpRandomIndex: z.record(z.string(), z.number()),
    tieTolerance: z.number(),
    seed: z.int(),
    samples: z.int(),
    library: z.object({ name: z.literal("eva-core"), version: z.string() }).strict(),
  })
  .strict();

/** tulos: what evaluate() returns. */
export const EvaluationSchema = z
  .object({
    title: z.string(),
    caseRef: CaseRefSchema,
    decisionBody: z.string(),
    language: z.enum(["fi", "sv", "en"]),
    strategy: z.object({ id: IdSchema, version: z.int(), name: LocalizedTextSchema }).strict(),
    groups: z.array(EvaluationGroupSchema),
    /** how the group weights themselves were entered (the local weights are in `groups`) */
    groupWeighting: z
      .object({
        method: z.enum(["direct", "swing", "rank", "ahp", "equal"]),
        consistencyRatio: z.number().min(0).nullable(),
      })
      .strict()
      .optional(),
    criteria: z.array(EvaluationCriterionSchema),
    /** values[alternative][criterion] on 0..1, as scored (not-assessed = 0 in the score) */
    values: z.array(z.array(z.number())),
    alternatives: z.array(AlternativeResultSchema),
    /** the top alternative(s) by weighted sum (several when tied) */
    winnerIds: z.array(IdSchema).min(1),
    recommendedId: IdSchema,
    /** the missing-rating intervals overlap so that the first place could change */
    rankingCouldChange: z.boolean(),
    comparisons: z.array(ComparisonSchema),
    switching: z
      .object({ weights: z.array(WeightSwitchSchema), ratings: z.array(RatingSwitchSchema) })
      .strict(),
    smaa: SmaaResultSchema,
    crossCheck: CrossCheckSchema,
    economy: EconomyResultSchema,
    risk: RiskResultSchema,
    completeness: CompletenessSchema,
    findings: z.array(FindingSchema),
    conventions: ConventionsSchema,
    /** the assessment as evaluated (parsed, defaults filled), so a summary needs nothing else */
    assessment: AssessmentSchema,
  })
  .strict();

export type Evaluation = z.infer<typeof EvaluationSchema>;
export type AlternativeResult = z.infer<typeof AlternativeResultSchema>;
export type EvaluationCriterion = z.infer<typeof EvaluationCriterionSchema>;
