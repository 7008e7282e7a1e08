import { z } from "zod";
import { IdSchema } from "./common.js";

/** The seven groups of the value tree (arvopuu); their ids are data and never change. */
export const criterionGroups = [
  "strategy",
  "values",
  "people",
  "environment",
  "economy",
  "organisation",
  "risk",
] as const;
export const CriterionGroupSchema = z.enum(criterionGroups);
export type CriterionGroup = z.infer<typeof CriterionGroupSchema>;

const weight = z.number().min(0).max(1e6).describe("relative weight, ≥ 0; normalised to Σ = 1 when used");
const swingPoints = z
  .number()
  .min(0)
  .max(100)
  .describe("SWING points, 0..100 (the most important swing = 100)");
const ahpJudgement = z
  .number()
  .min(1 / 9)
  .max(9)
  .describe("AHP pairwise judgement on Saaty's 1/9..9 scale; matrix[i][j] = importance of i over j");

/**
 * One level of weights (the groups, or the criteria inside one group), entered by one of four
 * methods. Keys are group ids or criterion ids; `rank.order` lists ids best first.
 */
export const WeightInputSchema = z.discriminatedUnion("method", [
  z.object({ method: z.literal("direct"), weights: z.record(IdSchema, weight) }).strict(),
  z.object({ method: z.literal("swing"), points: z.record(IdSchema, swingPoints) }).strict(),
  z
    .object({
      method: z.literal("rank"),
      order: z.array(IdSchema).min(1).max(100),
      rankMethod: z.enum(["roc", "rank-sum", "rank-reciprocal"]).optional(),
    })
    .strict(),
  z
    .object({
      method: z.literal("ahp"),
      items: z.array(IdSchema).min(1).max(15),
      matrix: z.array(z.array(ahpJudgement).max(15)).max(15),
      ahpMethod: z.enum(["eigen", "geometric"]).optional(),
    })
    .strict(),
]);
export type WeightInput = z.infer<typeof WeightInputSchema>;

/**
 * Weights of the value tree: group weights × local (within-group) weights = global weights.
 * A group or criterion left out of a `direct` or `swing` input has weight 0 there; a level
 * with no input at all uses equal weights.
 */
export const WeightsSchema = z
  .object({
    groups: WeightInputSchema.optional(),
    local: z.partialRecord(CriterionGroupSchema, WeightInputSchema).optional(),
  })
  .strict();
export type Weights = z.infer<typeof WeightsSchema>;
