import { z } from "zod";
import { IdSchema, IsoDateSchema, LocaleSchema, LocalizedTextSchema } from "./common.js";
import { WeightsSchema } from "./weights.js";

/** mittari: an indicator that shows whether a goal is being reached. */
export const IndicatorSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    unit: z.string().max(50).optional().describe("unit of the indicator's value, e.g. '%' or 'asukasta'"),
    target: z.string().max(500).optional().describe("the target in words or numbers"),
    /** esimerkki: written for the demo, not in the municipality's strategy (shown as an example) */
    example: z.boolean().optional().describe("true: an example, not from the municipality's own strategy"),
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

/** The parts of a strategy's data that are examples (written for the demo, not in the source). */
export const strategyExampleParts = [
  "vision",
  "values",
  "valueMeanings",
  "goals",
  "successFactors",
  "indicators",
  "defaultWeights",
  "validity",
] as const;

/**
 * lähde ja käännökset: what in a strategy's data is not the municipality's own text, so that the
 * wizard and the summary can say so ("esimerkki", "käännös") instead of passing it off as adopted.
 */
export const StrategyProvenanceSchema = z
  .object({
    /** languages whose texts are translations made for EVA, not the municipality's own */
    translated: z.array(LocaleSchema).max(3).default([]),
    /** parts written as examples (not in the source document) */
    examples: z.array(z.enum(strategyExampleParts)).max(strategyExampleParts.length).default([]),
    /** what the data is based on and what was assumed, in plain words */
    note: LocalizedTextSchema.optional(),
  })
  .strict();
export type StrategyProvenance = z.infer<typeof StrategyProvenanceSchema>;

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
    /** visio (absent when the strategy states none) */
    vision: LocalizedTextSchema.optional(),
    values: z.array(StrategyValueSchema).max(20),
    goals: z.array(StrategyGoalSchema).min(1).max(30),
    /** the municipality's default weights for this strategy version */
    defaultWeights: WeightsSchema.optional(),
    /** where the strategy text comes from (document, decision) */
    source: z.string().max(500).optional(),
    /** what is translated or an example rather than the municipality's own text */
    provenance: StrategyProvenanceSchema.optional(),
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
