import { z } from "zod";
import { RatingValueSchema } from "./assessment.js";
import { IdSchema, IsoDateSchema, LocalizedTextSchema } from "./common.js";

/** One approved decision's effect on one criterion of the strategy report. */
export const ReportCriterionDecisionSchema = z
  .object({
    id: z.string().describe("the assessment's id"),
    title: z.string(),
    approvedAt: z.string().describe("when it was approved, ISO 8601"),
    alternativeId: IdSchema,
    alternativeName: z.string(),
    rating: RatingValueSchema.nullable(),
    contribution: z
      .number()
      .nullable()
      .describe(
        "the chosen alternative's weighted contribution on this criterion (0..1 score units), when evaluated",
      ),
    realised: RatingValueSchema.nullable(),
  })
  .strict();

/** One strategy goal or value in the strategy report. */
export const ReportCriterionSchema = z
  .object({
    criterionId: z.string().describe("goal:<id> or value:<id>"),
    kind: z.enum(["goal", "value"]),
    name: LocalizedTextSchema,
    decisions: z.array(ReportCriterionDecisionSchema),
    assessed: z
      .int()
      .min(0)
      .describe("decisions where the chosen alternative was rated on this criterion (not 'not assessed')"),
    meanRating: z
      .number()
      .min(-3)
      .max(3)
      .nullable()
      .describe("mean rating of the chosen alternatives, −3..+3"),
    positive: z.int().min(0),
    negative: z.int().min(0),
    trend: z
      .array(z.number().nullable())
      .describe("mean rating per period bucket (same order as `periods`); null where nothing was assessed"),
    predictionError: z
      .number()
      .min(0)
      .nullable()
      .describe(
        "mean |realised − predicted| of the follow-ups so far, in rating steps; null without follow-ups",
      ),
  })
  .strict();

/** strategiaraportti: how the approved decisions of a period affected each strategy goal and value. */
export const StrategyReportSchema = z
  .object({
    strategy: z.object({ id: IdSchema, version: z.int().min(1), name: LocalizedTextSchema }).strict(),
    from: IsoDateSchema,
    to: IsoDateSchema,
    periods: z
      .array(z.object({ label: z.string(), from: IsoDateSchema, to: IsoDateSchema }).strict())
      .describe("the trend's four-month periods (tertiles), as the strategy follow-up does"),
    decisions: z.int().min(0).describe("approved decisions in the period"),
    criteria: z.array(ReportCriterionSchema),
  })
  .strict();

export type ReportCriterionDecision = z.infer<typeof ReportCriterionDecisionSchema>;
export type ReportCriterion = z.infer<typeof ReportCriterionSchema>;
export type StrategyReport = z.infer<typeof StrategyReportSchema>;
