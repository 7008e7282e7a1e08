import { z } from "zod";
import { IdSchema, IsoDateSchema, LocalizedTextSchema } from "./common.js";
import { WeightsSchema } from "./weights.js";

/** mittari: an indicator that shows whether a goal is being reached. */
export const IndicatorSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    unit: z.string().max(50).optional().describe("unit of the indicator's value, e.g. '%' or 'asukasta'"),
    target: z.string().max(500).optional().describe("the target in words or numbers"),
  })
  .strict();

/** päämäärä / kärkiteema: a strategic goal with its success factors (menestystekijät). */
export const StrategyGoalSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
    /** menestystekijät: "missä meidän pitää onnistua" */
    successFactors: z.array(LocalizedTextSchema).max(50).default([]),
    /** mittarit */
    indicators: z.array(IndicatorSchema).max(50).default([]),
  })
  .strict();
export type StrategyGoal = z.infer<typeof StrategyGoalSchema>;

/** A heading of what a value means, with its points ("Kuulemista" → "kuntalaisten … kuulemista"). */
export const ValueMeaningSchema = z
  .object({ title: LocalizedTextSchema, items: z.array(LocalizedTextSchema).max(50).default([]) })
  .strict();

/** arvo: a value of the municipality and what it means in practice. */
export const StrategyValueSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    meanings: z.array(ValueMeaningSchema).max(30).default([]),
  })
  .strict();
export type StrategyValue = z.infer<typeof StrategyValueSchema>;

/** strategia: one version of a municipality's strategy. */
export const StrategySchema = z
  .object({
    id: IdSchema,
    /** the organization (municipality) slug, the tenant key, e.g. "kaarina" */
    organization: IdSchema,
    organizationName: LocalizedTextSchema,
    name: LocalizedTextSchema,
    version: z.int().min(1).max(10_000).describe("version number, 1 = first; PUT creates the next"),
    validFrom: IsoDateSchema,
    validTo: IsoDateSchema.nullable().optional(),
    /** kaksikielinen kunta: language-rights impacts must be assessed (Kielilaki) */
    bilingual: z.boolean().default(false),
    /** visio */
    vision: LocalizedTextSchema,
    values: z.array(StrategyValueSchema).max(20),
    goals: z.array(StrategyGoalSchema).min(1).max(30),
    /** the municipality's default weights for this strategy version */
    defaultWeights: WeightsSchema.optional(),
    /** where the strategy text comes from (document, decision) */
    source: z.string().max(500).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.validTo && s.validTo < s.validFrom) {
      ctx.addIssue({
        code: "custom",
        path: ["validTo"],
        message: "validTo is before validFrom",
        params: { evaCode: "date_order" },
      });
    }
    const seen = new Set<string>();
    for (const [kind, list] of [
      ["goals", s.goals],
      ["values", s.values],
    ] as const) {
      list.forEach((item, i) => {
        if (seen.has(`${kind}:${item.id}`)) {
          ctx.addIssue({
            code: "custom",
            path: [kind, i, "id"],
            message: `duplicate id ${item.id}`,
            params: { evaCode: "duplicate_id", id: item.id },
          });
        }
        seen.add(`${kind}:${item.id}`);
      });
    }
  });
export type Strategy = z.infer<typeof StrategySchema>;
export type StrategyInput = z.input<typeof StrategySchema>;
