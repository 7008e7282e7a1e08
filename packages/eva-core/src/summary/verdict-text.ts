import type { SummaryMessageKey } from "../i18n/summary-messages.js";
import type { RobustnessVerdict, VerdictSignal } from "../schemas/verdict.js";
import type { formatters } from "./format.js";

export interface VerdictWords {
  t: (key: SummaryMessageKey, params?: Record<string, string | number>) => string;
  f: ReturnType<typeof formatters>;
  /** an alternative's short name */
  name: (id: string) => string;
  /** a criterion's label */
  criterion: (id: string) => string;
}

// page 1 says at most this many reasons in its one sentence; the appendix says every one
const REASONS_ON_PAGE_ONE = 3;
const NAMES_IN_A_CLAUSE = 3;

/** One signal as a clause ("other ways of calculating put B first"), without a full stop. */
function clause(s: VerdictSignal, w: VerdictWords): string {
  const { t, f } = w;
  // at most three names in a clause (and how many more): page 1 has one sentence for all of it
  const names = (ids: readonly string[]) =>
    f.list(
      ids.length > NAMES_IN_A_CLAUSE + 1
        ? [
            ...ids.slice(0, NAMES_IN_A_CLAUSE).map(w.name),
            t("verdict.moreNames", { count: ids.length - NAMES_IN_A_CLAUSE }),
          ]
        : ids.map(w.name),
    );
  switch (s.code) {
    case "tie":
      return t("verdict.tie", { names: names(s.alternativeIds) });
    case "methods_disagree":
      return s.alternativeIds.length > 0
        ? t("verdict.methods_disagree", { names: names(s.alternativeIds) })
        : t("verdict.methods_disagreeAny");
    case "missing_could_change_winner":
      return t("verdict.missing_could_change_winner", { names: names(s.alternativeIds) });
    case "first_rank_low":
      return t("verdict.first_rank_low", { name: w.name(s.alternativeId), percent: f.percent(s.share) });
    case "weight_switch_near":
      return t("verdict.weight_switch_near", {
        criterion: w.criterion(s.criterionId),
        w: f.weightPercent(s.weight),
        t: f.weightPercent(s.switchAt),
        rival: w.name(s.rivalId),
      });
    case "rating_switch_near":
      return t("verdict.rating_switch_near", {
        criterion: w.criterion(s.criterionId),
        rival: w.name(s.rivalId),
      });
    case "ahp_inconsistent":
      return t("verdict.ahp_inconsistent", { cr: f.score(s.cr) });
  }
}

const capitalised = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/**
 * The verdict in words: page 1's one sentence ("The result is stable: …" or "The result is
 * uncertain because A, B and C."), and one sentence per signal for the appendix.
 */
export function verdictText(v: RobustnessVerdict, w: VerdictWords): { sentence: string; details: string[] } {
  if (v.stable) {
    return {
      sentence: w.t("verdict.stable", { name: w.f.list(v.winnerIds.map(w.name)) }),
      details: [],
    };
  }
  const clauses = v.signals.map((s) => clause(s, w));
  // "and 1 other reason" says less than the reason itself: the count only stands for two or more
  const shown =
    clauses.length > REASONS_ON_PAGE_ONE + 1 ? clauses.slice(0, REASONS_ON_PAGE_ONE) : [...clauses];
  const rest = clauses.length - shown.length;
  if (rest > 0) shown.push(w.t("verdict.more", { count: rest }));
  return {
    sentence: w.t("verdict.fragile", { reasons: w.f.list(shown) }),
    details: clauses.map((c) => `${capitalised(c)}.`),
  };
}
