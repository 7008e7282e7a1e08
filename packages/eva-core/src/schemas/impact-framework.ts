import { z } from "zod";
import { IdSchema, TrilingualTextSchema } from "./common.js";
import { WeightsSchema } from "./weights.js";

/** The groups a framework dimension can belong to (strategy, values and risk come from elsewhere). */
export const DimensionGroupSchema = z.enum(["people", "environment", "economy", "organisation"]);
export type DimensionGroup = z.infer<typeof DimensionGroupSchema>;

/** vaikutusalue: one impact dimension the municipality assesses. */
export const ImpactDimensionSchema = z
  .object({
    id: IdSchema,
    group: DimensionGroupSchema,
    label: TrilingualTextSchema,
    /** the one-sentence guiding question shown to the preparer */
    question: TrilingualTextSchema,
    /** the law or guidance behind the dimension, e.g. "Yhdenvertaisuuslaki 1325/2014 5 §" */
    legalBasis: TrilingualTextSchema.optional(),
    /**
     * how the dimension is measured: "rating" (−3..+3 per alternative, the default) or "npv"
     * (the value comes from the alternatives' cash flows; see docs/methodology.md)
     */
    measure: z.enum(["rating", "npv"]).default("rating"),
    /** assessed only in bilingual municipalities (language rights) */
    bilingualOnly: z.boolean().default(false),
  })
  .strict();
export type ImpactDimension = z.infer<typeof ImpactDimensionSchema>;

/** vaikutusalueet: the impact dimensions of an organization, with default weights. */
export const ImpactFrameworkSchema = z
  .object({
    id: IdSchema,
    version: z.int().min(1).max(10_000).describe("version number, 1 = first"),
    name: TrilingualTextSchema,
    dimensions: z.array(ImpactDimensionSchema).min(1).max(60),
    defaultWeights: WeightsSchema.optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.dimensions.forEach((d, i) => {
      if (seen.has(d.id)) {
        ctx.addIssue({
          code: "custom",
          path: ["dimensions", i, "id"],
          message: `duplicate id ${d.id}`,
          params: { evaCode: "duplicate_id", id: d.id },
        });
      }
      seen.add(d.id);
    });
  });
export type ImpactFramework = z.infer<typeof ImpactFrameworkSchema>;
export type ImpactFrameworkInput = z.input<typeof ImpactFrameworkSchema>;
