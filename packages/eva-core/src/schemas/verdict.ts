import { z } from "zod";
import { IdSchema } from "./common.js";
import { CriterionGroupSchema } from "./weights.js";

const share = z.number().min(0).max(1);

/** The robustness verdict's signal codes, most telling first. Stable: never renamed, only added. */
export const verdictCodes = [
  "tie",
  "methods_disagree",
  "missing_could_change_winner",
  "first_rank_low",
  "weight_switch_near",
  "rating_switch_near",
  "ahp_inconsistent",
] as const;
export const VerdictCodeSchema = z.enum(verdictCodes);

/**
 * One reason the result is fragile, with what the sentence needs. Codes are stable (like finding
 * codes): never renamed, only added; their wording is in the summary catalogues (verdict.*).
 */
export const VerdictSignalSchema = z.discriminatedUnion("code", [
  /** two or more alternatives share the best score */
  z.object({ code: z.literal("tie"), alternativeIds: z.array(IdSchema).min(2) }).strict(),
  /** in SMAA the winner was first in less than the threshold share of the sampled weightings */
  z.object({ code: z.literal("first_rank_low"), alternativeId: IdSchema, share, threshold: share }).strict(),
  /** a weight change of at most the threshold (fraction of the whole weight) changes the winner */
  z
    .object({
      code: z.literal("weight_switch_near"),
      criterionId: z.string(),
      weight: share,
      switchAt: share,
      rivalId: IdSchema,
    })
    .strict(),
  /** one of the winner's ratings a step or so worse changes the winner */
  z
    .object({
      code: z.literal("rating_switch_near"),
      criterionId: z.string(),
      steps: z.int(),
      rivalId: IdSchema,
    })
    .strict(),
  /** TOPSIS, PROMETHEE II or VIKOR put another alternative first */
  z
    .object({
      code: z.literal("methods_disagree"),
      methods: z.array(z.enum(["topsis", "promethee2", "vikor"])),
      /** the alternatives those methods put first */
      alternativeIds: z.array(IdSchema),
    })
    .strict(),
  /** the not-assessed ratings could, if assessed, put another alternative first */
  z.object({ code: z.literal("missing_could_change_winner"), alternativeIds: z.array(IdSchema) }).strict(),
  /** pairwise comparisons (AHP) behind some weights are inconsistent (CR above the limit) */
  z
    .object({
      code: z.literal("ahp_inconsistent"),
      /** the groups whose criteria's weights, or "groups" for the group weights themselves */
      levels: z.array(z.union([CriterionGroupSchema, z.literal("groups")])),
      cr: z.number().min(0),
    })
    .strict(),
]);
export type VerdictSignal = z.infer<typeof VerdictSignalSchema>;
export type VerdictCode = z.infer<typeof VerdictCodeSchema>;

/** How robust the result is: stable only when no signal fires. */
export const RobustnessVerdictSchema = z
  .object({
    stable: z.boolean(),
    /** the best alternative(s) by score the verdict is about */
    winnerIds: z.array(IdSchema).min(1),
    /** every signal that fires, most telling first; empty when stable */
    signals: z.array(VerdictSignalSchema),
  })
  .strict();
export type RobustnessVerdict = z.infer<typeof RobustnessVerdictSchema>;
