import type { Evaluation } from "../schemas/evaluation.js";
import type { RobustnessVerdict, VerdictSignal } from "../schemas/verdict.js";
import { AHP_CR_LIMIT, FRAGILE_ACCEPTABILITY, FRAGILE_DELTA, FRAGILE_RATING_STEPS } from "./thresholds.js";

type Method = "topsis" | "promethee2" | "vikor";

/**
 * tuloksen vakaus: one verdict from every robustness signal of an evaluation. It is stable only
 * when all agree: no tie for first place, first-rank acceptability (SMAA) at least one half, no
 * weight switching value within 5 percentage points, no rating of the winner whose fall by one
 * step changes the winner, TOPSIS, PROMETHEE II and VIKOR all put the winner first, the
 * not-assessed ratings cannot change the winner, and every AHP comparison is consistent (CR ≤ 0.10).
 * A finding that says otherwise (winner_fragile, methods_disagree, missing_could_change_winner,
 * ahp_inconsistent) also makes it fragile, so the verdict never contradicts the findings.
 * Every format of the summary says this verdict. See docs/methodology ("The robustness verdict").
 * @example robustnessVerdict(evaluate(demoAssessment, exampleStrategies.kaarina)).stable
 */
export function robustnessVerdict(e: Evaluation): RobustnessVerdict {
  const signals: VerdictSignal[] = [];
  const ids = e.alternatives.map((a) => a.alternativeId);
  const winnerId = e.winnerIds[0] ?? ids[0] ?? "";
  const winner = Math.max(0, ids.indexOf(winnerId));
  const has = (code: string) => e.findings.some((f) => f.code === code);

  if (e.winnerIds.length > 1) signals.push({ code: "tie", alternativeIds: [...e.winnerIds] });

  const c = e.crossCheck;
  const methods: Array<[Method, number[]]> = [
    ["topsis", c.topsis.ranks],
    ["promethee2", c.promethee2.ranks],
    ["vikor", c.vikor.ranks],
  ];
  const disagreeing = methods.filter(([, ranks]) => ranks[winner] !== 1);
  if (disagreeing.length > 0 || !c.agree || has("methods_disagree")) {
    const firsts = new Set<string>();
    for (const [, ranks] of disagreeing) {
      ranks.forEach((r, i) => {
        if (r === 1 && i !== winner && ids[i] !== undefined) firsts.add(ids[i]);
      });
    }
    signals.push({
      code: "methods_disagree",
      methods: disagreeing.map(([m]) => m),
      alternativeIds: ids.filter((id) => firsts.has(id)),
    });
  }

  const winnerMin = e.alternatives[winner]?.interval.min ?? 0;
  const reach = e.alternatives.filter((a, i) => i !== winner && a.interval.max >= winnerMin);
  if (e.rankingCouldChange || reach.length > 0 || has("missing_could_change_winner")) {
    signals.push({ code: "missing_could_change_winner", alternativeIds: reach.map((a) => a.alternativeId) });
  }

  const share = e.smaa.rankAcceptability[winner]?.[0] ?? 0;
  if (share < FRAGILE_ACCEPTABILITY) {
    signals.push({
      code: "first_rank_low",
      alternativeId: winnerId,
      share,
      threshold: FRAGILE_ACCEPTABILITY,
    });
  }

  const nearWeights = e.switching.weights
    .filter((w) => w.switchAt !== null && w.delta !== null && w.rivalId !== null)
    .filter((w) => Math.abs(w.delta ?? 1) <= FRAGILE_DELTA)
    .sort((x, y) => Math.abs(x.delta ?? 0) - Math.abs(y.delta ?? 0));
  const nearest = nearWeights[0];
  if (nearest) {
    signals.push({
      code: "weight_switch_near",
      criterionId: nearest.criterionId,
      weight: nearest.weight,
      switchAt: nearest.switchAt ?? 0,
      rivalId: nearest.rivalId ?? "",
    });
  }
  const nearRating = e.switching.ratings
    .filter((r) => r.steps !== null && r.rivalId !== null && r.steps <= FRAGILE_RATING_STEPS)
    .sort((x, y) => (x.steps ?? 0) - (y.steps ?? 0))[0];
  if (nearRating) {
    signals.push({
      code: "rating_switch_near",
      criterionId: nearRating.criterionId,
      steps: nearRating.steps ?? 0,
      rivalId: nearRating.rivalId ?? "",
    });
  }
  // winner_fragile fires on the same thresholds as the two signals above; this keeps the promise
  // should the finding ever be computed differently
  if (
    has("winner_fragile") &&
    !signals.some((s) => s.code === "first_rank_low" || s.code === "weight_switch_near")
  ) {
    signals.push({
      code: "first_rank_low",
      alternativeId: winnerId,
      share,
      threshold: FRAGILE_ACCEPTABILITY,
    });
  }

  const inconsistent = [
    ...(e.groupWeighting?.consistencyRatio != null && e.groupWeighting.consistencyRatio > AHP_CR_LIMIT
      ? [{ level: "groups" as const, cr: e.groupWeighting.consistencyRatio }]
      : []),
    ...e.groups
      .filter((g) => g.consistencyRatio !== null && g.consistencyRatio > AHP_CR_LIMIT)
      .map((g) => ({ level: g.id, cr: g.consistencyRatio ?? 0 })),
  ];
  const ahpFindings = e.findings.filter((f) => f.code === "ahp_inconsistent");
  if (inconsistent.length > 0 || ahpFindings.length > 0) {
    const findingCr = ahpFindings.map((f) => (typeof f.params.cr === "number" ? f.params.cr : 0));
    const levels = inconsistent.map((x) => x.level);
    for (const f of ahpFindings) {
      // the finding's path names the level: /weights/groups or /weights/local/<group>
      const level = f.path === "/weights/groups" ? "groups" : f.path.split("/")[3];
      if (level && !levels.includes(level as never)) levels.push(level as (typeof levels)[number]);
    }
    signals.push({
      code: "ahp_inconsistent",
      levels,
      cr: Math.max(0, ...inconsistent.map((x) => x.cr), ...findingCr),
    });
  }

  return { stable: signals.length === 0, winnerIds: [...e.winnerIds], signals };
}
