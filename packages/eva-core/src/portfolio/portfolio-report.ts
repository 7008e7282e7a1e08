import { portfolioMessages } from "../i18n/portfolio-messages.js";
import { summaryMessages } from "../i18n/summary-messages.js";
import type { Locale } from "../schemas/common.js";
import type { PortfolioProposal, PortfolioReport } from "../schemas/portfolio.js";
import type { CriterionGroup } from "../schemas/weights.js";
import type { RpmResult } from "./rpm.js";
import type { RpmInput } from "./validate-input.js";

export interface PortfolioReportOptions {
  locale: Locale;
  /** what the page and the CSV call each project */
  proposals: Record<string, { title: string; caseId: string; status?: "submitted" | "approved" }>;
  /** the budget year of the costs; absent or null = NPV costs */
  year?: number | null;
}

const fill = (text: string, params: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (m, k: string) => params[k] ?? m);
const classOrder = { core: 0, borderline: 1, exterior: 2 } as const;

/**
 * rpm's result as the portfolio page and the strategy report show it: each proposal with its
 * title, cost, value at the assessments' weights, core index, class and one sentence (for a
 * borderline one, the groups its place depends on), the criteria with their weight bounds, and the
 * budget the core proposals and the non-dominated portfolios use. `input` is what rpm was given:
 * portfolioFromAssessments' result, with the weights the caller chose.
 */
export function portfolioReport(
  input: RpmInput & { criteria: CriterionGroup[]; groupWeights: number[] },
  result: RpmResult,
  options: PortfolioReportOptions,
): PortfolioReport {
  const t = portfolioMessages[options.locale];
  const groupName = (g: CriterionGroup) => summaryMessages[options.locale][`group.${g}`];
  const budget = typeof input.budget === "number" ? input.budget : (input.budget[0] ?? 0);
  const costOf = (cost: number | number[]) => (typeof cost === "number" ? cost : (cost[0] ?? 0));
  const proposals: PortfolioProposal[] = input.projects.map((p) => {
    const coreIndex = result.coreIndex[p.id] ?? 0;
    const kind = coreIndex === 0 ? "exterior" : result.core.includes(p.id) ? "core" : "borderline";
    const driver = result.dependsOn[p.id];
    const more = driver?.favoredBy == null ? null : (input.criteria[driver.favoredBy] ?? null);
    const less = driver?.disfavoredBy == null ? null : (input.criteria[driver.disfavoredBy] ?? null);
    let sentence: string;
    if (kind === "core") sentence = t["sentence.core"];
    else if (kind === "exterior")
      sentence = costOf(p.cost) > budget ? t["sentence.exteriorOverBudget"] : t["sentence.exterior"];
    else if (more && less)
      sentence = fill(t["sentence.both"], { more: groupName(more), less: groupName(less) });
    else if (more) sentence = fill(t["sentence.more"], { more: groupName(more) });
    else if (less) sentence = fill(t["sentence.less"], { less: groupName(less) });
    else sentence = t["sentence.tie"];
    const about = options.proposals[p.id];
    return {
      id: p.id,
      title: about?.title ?? p.id,
      caseId: about?.caseId ?? "",
      ...(about?.status ? { status: about.status } : {}),
      cost: costOf(p.cost),
      value: p.values.reduce((s, v, i) => s + v * (input.groupWeights[i] ?? 0), 0),
      values: [...p.values],
      coreIndex,
      class: kind,
      dependsOn: kind === "borderline" ? { favoredBy: more, disfavoredBy: less } : null,
      sentence,
    };
  });
  proposals.sort(
    (a, b) =>
      classOrder[a.class] - classOrder[b.class] ||
      b.coreIndex - a.coreIndex ||
      b.value - a.value ||
      a.title.localeCompare(b.title, options.locale),
  );
  const totals = result.costs.map((c) => c[0] ?? 0);
  return {
    year: options.year ?? null,
    budget,
    criteria: input.criteria.map((id, i) => ({
      id,
      name: groupName(id),
      weight: input.groupWeights[i] ?? 0,
      lower: input.weights?.lower?.[i] ?? 0,
      upper: input.weights?.upper?.[i] ?? 1,
    })),
    order: (input.weights?.order ?? []).map(([a, b]) => [a, b] as [number, number]),
    proposals,
    portfolios: result.nonDominated.length,
    budgetUsed: {
      core: proposals.filter((p) => p.class === "core").reduce((s, p) => s + p.cost, 0),
      min: totals.length ? Math.min(...totals) : 0,
      max: totals.length ? Math.max(...totals) : 0,
    },
    truncated: result.truncated,
  };
}

/** The report as CSV (RFC 4180, `;`-separated as Finnish spreadsheets expect), one row per proposal. */
export function portfolioReportCsv(report: PortfolioReport, locale: Locale = "fi"): string {
  const t = portfolioMessages[locale];
  const cell = (v: string | number): string => {
    const s = String(v);
    // quote every cell that could break the row, and neutralise spreadsheet formulas (CSV injection)
    const safe = /^[=+\-@\t\r]/.test(s) && typeof v === "string" ? `'${s}` : s;
    return /[";\n\r]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const head = [
    t["csv.proposal"],
    t["csv.case"],
    t["csv.class"],
    t["csv.coreIndex"],
    t["csv.cost"],
    t["csv.value"],
    t["csv.explanation"],
  ];
  const rows = report.proposals.map((p) =>
    [p.title, p.caseId, t[`class.${p.class}`], p.coreIndex, p.cost, p.value, p.sentence].map(cell).join(";"),
  );
  return `${[head.map(cell).join(";"), ...rows].join("\r\n")}\r\n`;
}
