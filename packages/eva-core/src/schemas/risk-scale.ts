import { z } from "zod";

/**
 * A risk matrix: likelihood × consequence levels and the bands of their product.
 * The bands are inclusive, ordered, and together cover 1..L·C without gaps or overlaps.
 */
export const RiskScaleSchema = z
  .object({
    likelihoodLevels: z.int().min(2).max(10).describe("number of likelihood levels (1..n), e.g. 5 or 3"),
    consequenceLevels: z.int().min(2).max(10).describe("number of consequence levels (1..n), e.g. 5 or 3"),
    bands: z
      .array(
        z
          .object({
            band: z.string().min(1).max(40),
            min: z.int().min(1).max(100).describe("lowest score L×C in the band, inclusive"),
            max: z.int().min(1).max(100).describe("highest score L×C in the band, inclusive"),
          })
          .strict(),
      )
      .min(1)
      .max(10),
  })
  .strict()
  .superRefine((s, ctx) => {
    const top = s.likelihoodLevels * s.consequenceLevels;
    const sorted = [...s.bands].sort((a, b) => a.min - b.min);
    let next = 1;
    for (const b of sorted) {
      if (b.min !== next || b.max < b.min) {
        ctx.addIssue({
          code: "custom",
          path: ["bands"],
          message: `bands must cover 1..${top} without gaps or overlaps`,
          params: { evaCode: "bands_not_covering", max: top },
        });
        return;
      }
      next = b.max + 1;
    }
    if (next !== top + 1) {
      ctx.addIssue({
        code: "custom",
        path: ["bands"],
        message: `bands must cover 1..${top} without gaps or overlaps`,
        params: { evaCode: "bands_not_covering", max: top },
      });
    }
  });
export type RiskScale = z.infer<typeof RiskScaleSchema>;

/** 5 × 5 with bands low 1–4, medium 5–10, high 11–25 (a product of two 1..5 levels is never 11). */
export const defaultRiskScale: RiskScale = {
  likelihoodLevels: 5,
  consequenceLevels: 5,
  bands: [
    { band: "low", min: 1, max: 4 },
    { band: "medium", min: 5, max: 10 },
    { band: "high", min: 11, max: 25 },
  ],
};
