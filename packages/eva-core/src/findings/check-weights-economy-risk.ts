import { riskLevel } from "../economy/risk-level.js";
import { ahp } from "../mcda/ahp.js";
import type { AssessmentDraftInput as AssessmentDraft } from "../schemas/assessment.js";
import type { Finding } from "../schemas/finding.js";
import { defaultRiskScale } from "../schemas/risk-scale.js";
import type { Strategy } from "../schemas/strategy.js";
import type { WeightInput } from "../schemas/weights.js";
import { finding } from "./make.js";

const canonical = (x: unknown): string =>
  JSON.stringify(x, (_k, v) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v,
  );

/** Weights (override reason, AHP consistency), money (funding) and risks (mitigation of high risks). */
export function checkWeightsEconomyRisk(a: AssessmentDraft, strategy: Strategy): Finding[] {
  const out: Finding[] = [];
  if (
    a.weights &&
    canonical(a.weights) !== canonical(strategy.defaultWeights ?? {}) &&
    !a.weightsOverrideReason?.trim()
  ) {
    out.push(finding("weights_override_without_reason", "/weightsOverrideReason"));
  }
  const levels: Array<[string, WeightInput | undefined]> = [
    ["/weights/groups", a.weights?.groups],
    ...Object.entries(a.weights?.local ?? {}).map(([g, w]): [string, WeightInput | undefined] => [
      `/weights/local/${g}`,
      w,
    ]),
  ];
  for (const [path, w] of levels) {
    if (w?.method !== "ahp" || w.matrix.length < 3) continue;
    try {
      const r = ahp(w.matrix, w.ahpMethod ? { method: w.ahpMethod } : {});
      if (!r.consistent) out.push(finding("ahp_inconsistent", path, { cr: Math.round(r.cr * 1000) / 1000 }));
    } catch {
      // a malformed matrix is the schema's business (it reports the path); nothing to add here
    }
  }
  (a.economy?.flows ?? []).forEach((f, i) => {
    const costs = (f.rows ?? []).some((r) => (r.operatingCost ?? 0) > 0 || (r.investment ?? 0) > 0);
    if (costs && !f.fundingSource?.trim()) {
      out.push(
        finding("costs_without_funding", `/economy/flows/${i}/fundingSource`, {
          alternativeId: f.alternativeId,
        }),
      );
    }
  });
  const scale = a.risks?.scale ?? defaultRiskScale;
  const top = scale.bands.reduce(
    (best, b) => (b.max > best.max ? b : best),
    scale.bands[0] ?? { band: "", min: 0, max: 0 },
  );
  (a.risks?.items ?? []).forEach((r, i) => {
    if (!r.title?.trim())
      out.push(finding("missing_risk_title", `/risks/items/${i}/title`, { riskId: r.id }));
    const l = r.residualLikelihood ?? r.likelihood;
    const c = r.residualConsequence ?? r.consequence;
    if (l === undefined || c === undefined) return;
    try {
      const level = riskLevel(l, c, scale);
      if (level.band === top.band && !r.mitigation?.trim()) {
        out.push(
          finding("high_risk_without_mitigation", `/risks/items/${i}/mitigation`, {
            riskId: r.id,
            band: level.band,
          }),
        );
      }
    } catch {
      // levels outside the scale are reported by the schema
    }
  });
  return out;
}
