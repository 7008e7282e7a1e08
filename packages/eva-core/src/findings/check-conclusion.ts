import { FRAGILE_ACCEPTABILITY, FRAGILE_DELTA } from "../robustness/thresholds.js";
import type { AssessmentDraftInput as AssessmentDraft } from "../schemas/assessment.js";
import type { Evaluation } from "../schemas/evaluation.js";
import type { Finding } from "../schemas/finding.js";
import { finding } from "./make.js";

/** The conclusion: a recommendation with a plain-language justification and a follow-up. */
export function checkConclusion(a: AssessmentDraft): Finding[] {
  const out: Finding[] = [];
  const c = a.conclusion;
  if (!c?.recommendedAlternativeId)
    out.push(finding("missing_recommendation", "/conclusion/recommendedAlternativeId"));
  if (!c?.justification?.trim()) out.push(finding("missing_justification", "/conclusion/justification"));
  if (!c?.followUp?.date || (c.followUp.indicators ?? []).filter((x) => x.trim()).length === 0) {
    out.push(finding("no_follow_up", "/conclusion/followUp"));
  }
  return out;
}

/** What only the evaluation can tell: dominance, best score, robustness, method agreement. */
export function checkEvaluation(a: AssessmentDraft, e: Evaluation): Finding[] {
  const out: Finding[] = [];
  const rec = a.conclusion?.recommendedAlternativeId;
  const index = e.alternatives.findIndex((x) => x.alternativeId === rec);
  if (rec && index >= 0) {
    const mine = e.values[index] ?? [];
    const dominator = e.alternatives.find((_x, k) => {
      if (k === index) return false;
      const other = e.values[k] ?? [];
      let strictly = false;
      for (let j = 0; j < mine.length; j++) {
        const o = other[j] ?? 0;
        const m = mine[j] ?? 0;
        if (o < m) return false;
        if (o > m) strictly = true;
      }
      return strictly;
    });
    if (dominator) {
      out.push(
        finding("recommended_dominated", "/conclusion/recommendedAlternativeId", {
          by: dominator.alternativeId,
        }),
      );
    }
    if (!e.winnerIds.includes(rec) && !a.conclusion?.notBestReason?.trim()) {
      out.push(
        finding("recommended_not_best", "/conclusion/notBestReason", { best: e.winnerIds[0] ?? null }),
      );
    }
  }
  const winnerIndex = e.alternatives.findIndex((x) => x.alternativeId === e.winnerIds[0]);
  const fragileWeight = e.switching.weights.find(
    (w) => w.delta !== null && Math.abs(w.delta) <= FRAGILE_DELTA,
  );
  const firstRank = e.smaa.rankAcceptability[winnerIndex]?.[0] ?? 1;
  if (fragileWeight || firstRank < FRAGILE_ACCEPTABILITY) {
    out.push(
      finding("winner_fragile", "/weights", {
        criterionId: fragileWeight?.criterionId ?? null,
        firstRankAcceptability: Math.round(firstRank * 1000) / 1000,
      }),
    );
  }
  if (e.rankingCouldChange) out.push(finding("missing_could_change_winner", "/ratings"));
  if (!e.crossCheck.agree) out.push(finding("methods_disagree", ""));
  return out;
}
