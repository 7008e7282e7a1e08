import type { Assessment } from "../schemas/assessment.js";
import type { Evaluation } from "../schemas/evaluation.js";
import type { Engine } from "./engine.js";

export type EconomyResult = Evaluation["economy"];

/** The schema's default discount rate (EconomySchema), used when the assessment has no economy. */
const defaultDiscountRate = 0.03;

interface YearSums {
  operatingCost: number;
  investment: number;
  income: number;
}

/**
 * The economy in euros: the budget-year table, totals and the NPV of each alternative.
 * NPV: net = income − operating cost − investment per year; year 0 is `baseYear` (default: the
 * earliest year in the flows), undiscounted. Years before the base year are compounded forward:
 * the core npv() of the flows from the earliest year, times (1 + r)^(baseYear − earliest).
 * Years between the first and last with no row count as 0.
 */
export function economyResult(engine: Engine, assessment: Assessment): EconomyResult {
  const economy = assessment.economy;
  const rate = economy?.discountRate ?? defaultDiscountRate;
  const flows = economy?.flows ?? [];
  const yearSet = new Set<number>();
  for (const flow of flows) for (const row of flow.rows) yearSet.add(row.year);
  const years = [...yearSet].sort((a, b) => a - b);
  const first = years[0];
  const last = years[years.length - 1];
  const baseYear = economy?.baseYear ?? first ?? null;

  const alternatives = assessment.alternatives.map((alt) => {
    const flow = flows.find((f) => f.alternativeId === alt.id);
    const sums = new Map<number, YearSums>();
    for (const row of flow?.rows ?? []) {
      const s = sums.get(row.year) ?? { operatingCost: 0, investment: 0, income: 0 };
      sums.set(row.year, {
        operatingCost: s.operatingCost + row.operatingCost,
        investment: s.investment + row.investment,
        income: s.income + row.income,
      });
    }
    const byYear = years.map((year) => {
      const s = sums.get(year) ?? { operatingCost: 0, investment: 0, income: 0 };
      return { year, ...s, net: s.income - s.operatingCost - s.investment };
    });
    const hasFlows = (flow?.rows.length ?? 0) > 0;
    let value = 0;
    if (hasFlows && first !== undefined && last !== undefined && baseYear !== null) {
      const series: number[] = [];
      for (let year = first; year <= last; year++) {
        series.push(byYear.find((y) => y.year === year)?.net ?? 0);
      }
      value = engine.npv(series, rate) * (1 + rate) ** (baseYear - first);
    }
    return {
      alternativeId: alt.id,
      hasFlows,
      npv: value,
      totalCost: byYear.reduce((t, y) => t + y.operatingCost + y.investment, 0),
      totalIncome: byYear.reduce((t, y) => t + y.income, 0),
      byYear,
      fundingSource: flow?.fundingSource ?? null,
    };
  });
  return { discountRate: rate, baseYear, years, alternatives };
}

/**
 * The NPV value function: linear min–max over the NPVs of the alternatives that have cash flows
 * (best NPV → 1, worst → 0). All equal, or no alternative with flows → 0.5 for every alternative.
 * An alternative without flows while others have them is not assessed: `null` here, scored 0 with
 * an interval up to 1, like a missing rating.
 */
export function npvValues(economy: EconomyResult): Array<number | null> {
  const withFlows = economy.alternatives.filter((a) => a.hasFlows).map((a) => a.npv);
  if (withFlows.length === 0) return economy.alternatives.map(() => 0.5);
  const min = Math.min(...withFlows);
  const max = Math.max(...withFlows);
  return economy.alternatives.map((a) => {
    if (!a.hasFlows) return null;
    return max > min ? (a.npv - min) / (max - min) : 0.5;
  });
}
