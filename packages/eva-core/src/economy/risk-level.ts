import { EvaError } from "../errors.js";
import { assertFinite } from "../mcda/validate.js";
import { defaultRiskScale, type RiskScale, RiskScaleSchema } from "../schemas/risk-scale.js";

export type { RiskScale };

/**
 * A risk's level on a likelihood × consequence matrix: score = L × C and the band whose
 * inclusive [min, max] holds it. Default scale 5 × 5: low 1–4, medium 5–10, high 11–25.
 * @example riskLevel(3, 4) // → { score: 12, band: "high" }
 */
export function riskLevel(
  likelihood: number,
  consequence: number,
  scale: RiskScale = defaultRiskScale,
): { score: number; band: string } {
  if (scale !== defaultRiskScale) {
    const parsed = RiskScaleSchema.safeParse(scale);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new EvaError("invalid_scale", issue?.message ?? "invalid risk scale", [
        "scale",
        ...(issue?.path ?? []).map((p) => (typeof p === "number" ? p : String(p))),
      ]);
    }
  }
  for (const [name, v, max] of [
    ["likelihood", likelihood, scale.likelihoodLevels],
    ["consequence", consequence, scale.consequenceLevels],
  ] as const) {
    assertFinite(v, [name]);
    if (!Number.isInteger(v) || v < 1 || v > max) {
      throw new EvaError("out_of_range", `${name} must be an integer 1..${max}`, [name], { value: v, max });
    }
  }
  const score = likelihood * consequence;
  const band = scale.bands.find((b) => score >= b.min && score <= b.max)?.band;
  if (band === undefined)
    throw new EvaError("invalid_scale", `no band holds ${score}`, ["scale", "bands"], { score });
  return { score, band };
}
