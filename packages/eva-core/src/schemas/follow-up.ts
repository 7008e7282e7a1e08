import { z } from "zod";
import { RatingValueSchema } from "./assessment.js";
import { IdSchema, IsoDateSchema } from "./common.js";

/** A measured value of one of the strategy's indicators (mittari) at follow-up. */
export const IndicatorValueSchema = z
  .object({
    goalId: IdSchema,
    indicatorId: IdSchema,
    value: z.number().min(-1e12).max(1e12).describe("the measured value, in the indicator's own unit"),
    /** the value before the decision, when known, to show the change */
    baseline: z.number().min(-1e12).max(1e12).optional(),
  })
  .strict();

/** One realised impact: the same −3..+3 scale as the prediction, with its justification. */
export const RealisedImpactSchema = z
  .object({
    criterionId: z
      .string()
      .max(110)
      .regex(/^(goal|value|dim):[A-Za-z0-9][A-Za-z0-9._:-]*$/, {
        message: "criterionId is goal:<id>, value:<id> or dim:<id>",
      }),
    value: RatingValueSchema,
    justification: z.string().max(3000),
  })
  .strict();

/** jälkiarviointi: what the decision actually did, recorded after the follow-up date. */
export const FollowUpRecordSchema = z
  .object({
    recordedAt: IsoDateSchema,
    recordedBy: z.string().max(200).optional(),
    realised: z.array(RealisedImpactSchema).max(500),
    indicators: z.array(IndicatorValueSchema).max(200).default([]),
    notes: z.string().max(5000).optional(),
  })
  .strict();

export type IndicatorValue = z.infer<typeof IndicatorValueSchema>;
export type RealisedImpact = z.infer<typeof RealisedImpactSchema>;
export type FollowUpRecord = z.infer<typeof FollowUpRecordSchema>;

/** One criterion of a prediction comparison: the chosen alternative's predicted and realised rating. */
export const PredictionRowSchema = z
  .object({
    criterionId: z.string(),
    predicted: RatingValueSchema.nullable().describe("the predicted rating; null when it was not rated"),
    realised: RatingValueSchema.nullable(),
    difference: z
      .int()
      .nullable()
      .describe("realised − predicted in rating steps; null when either is missing or not assessed"),
  })
  .strict();

/** Predicted versus realised impacts of the chosen alternative (comparePredictions). */
export const PredictionComparisonSchema = z
  .object({
    alternativeId: IdSchema,
    rows: z.array(PredictionRowSchema),
    compared: z.int().min(0).describe("rows where both sides are numbers"),
    meanAbsoluteError: z
      .number()
      .min(0)
      .nullable()
      .describe("mean |realised − predicted| in rating steps; null when nothing could be compared"),
    withinOneStep: z
      .number()
      .min(0)
      .max(1)
      .nullable()
      .describe(
        "share of compared rows within one step of the prediction (0..1); null when nothing compared",
      ),
  })
  .strict();

export type PredictionRow = z.infer<typeof PredictionRowSchema>;
export type PredictionComparison = z.infer<typeof PredictionComparisonSchema>;
