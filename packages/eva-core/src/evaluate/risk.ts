import type { Assessment } from "../schemas/assessment.js";
import type { Evaluation } from "../schemas/evaluation.js";
import { defaultRiskScale } from "../schemas/risk-scale.js";
import type { Engine } from "./engine.js";

export type RiskResult = Evaluation["risk"];

/**
 * Risks per alternative on the assessment's scale (default 5 × 5): initial and residual score and
 * band (core riskLevel), and the residual exposure Σ residual L × C, where the residual
 * likelihood / consequence default to the initial ones when not given.
 */
export function riskResult(engine: Engine, assessment: Assessment): RiskResult {
  const scale = assessment.risks?.scale ?? defaultRiskScale;
  const items = assessment.risks?.items ?? [];
  const alternatives = assessment.alternatives.map((alt) => {
    const risks = items
      .filter((r) => r.alternativeId === alt.id)
      .map((r) => {
        const initial = engine.riskLevel(r.likelihood, r.consequence, scale);
        const residual = engine.riskLevel(
          r.residualLikelihood ?? r.likelihood,
          r.residualConsequence ?? r.consequence,
          scale,
        );
        return {
          id: r.id,
          title: r.title,
          score: initial.score,
          band: initial.band,
          residualScore: residual.score,
          residualBand: residual.band,
          mitigated: (r.mitigation ?? "").trim().length > 0,
          public: r.public,
        };
      });
    const exposure = risks.reduce((t, r) => t + r.residualScore, 0);
    let top: (typeof risks)[number] | undefined;
    for (const r of risks) if (top === undefined || r.residualScore > top.residualScore) top = r;
    return { alternativeId: alt.id, exposure, topBand: top?.residualBand ?? null, risks };
  });
  return { scale, alternatives };
}

/**
 * The risk value function: v = 1 − exposure / (the largest exposure among the alternatives),
 * so the alternative with the most residual risk gets 0 and one without risks gets 1;
 * when no alternative has any exposure, v = 1 for all.
 */
export function riskValues(risk: RiskResult): number[] {
  const max = Math.max(0, ...risk.alternatives.map((a) => a.exposure));
  return risk.alternatives.map((a) => (max > 0 ? 1 - a.exposure / max : 1));
}
