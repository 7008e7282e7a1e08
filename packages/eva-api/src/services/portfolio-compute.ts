import {
  type Assessment,
  type Locale,
  type PortfolioReport,
  portfolioFromAssessments,
  portfolioReport,
  type RpmResult,
  rpm,
  type Strategy,
  type WeightSet,
} from "eva-core";

/** The weights the caller chose: intervals ± spread (the default), bounds, an order, or both. */
export interface PortfolioWeightsChoice {
  spread?: number;
  lower?: number[];
  upper?: number[];
  order?: Array<[number, number]>;
}

/** One portfolio computation: plain data, so that it can be posted to a worker thread. */
export interface PortfolioTask {
  items: Array<{
    id: string;
    title: string;
    caseId: string;
    status: "submitted" | "approved";
    assessment: Assessment;
    strategy: Strategy;
  }>;
  budget: number;
  year?: number;
  weights?: PortfolioWeightsChoice;
  locale: Locale;
  maxPortfolios: number;
}

export type PortfolioAnswer = PortfolioReport &
  Pick<RpmResult, "nonDominated" | "coreIndex" | "core" | "borderline" | "exterior">;

/**
 * portfolioFromAssessments, rpm and portfolioReport for the request: the same in the request's
 * thread and in a worker. Throws what eva-core throws (EvaError) for weights that exclude each other.
 */
export function computePortfolio(task: PortfolioTask): PortfolioAnswer {
  const w = task.weights ?? {};
  const problem = portfolioFromAssessments(
    task.items.map((i) => ({ id: i.id, assessment: i.assessment, strategy: i.strategy })),
    {
      budget: task.budget,
      ...(task.year !== undefined ? { year: task.year } : {}),
      ...(w.spread !== undefined ? { spread: w.spread } : {}),
    },
  );
  // bounds given replace the spread's; an order alone keeps the whole simplex
  const weights: WeightSet =
    w.lower && w.upper
      ? { lower: w.lower, upper: w.upper }
      : w.order && w.spread === undefined
        ? {}
        : problem.weights;
  if (w.order) weights.order = w.order;
  const input = { ...problem, weights, options: { maxPortfolios: task.maxPortfolios } };
  const result = rpm(input);
  const report = portfolioReport(input, result, {
    locale: task.locale,
    year: task.year ?? null,
    proposals: Object.fromEntries(
      task.items.map((i) => [i.id, { title: i.title, caseId: i.caseId, status: i.status }]),
    ),
  });
  return {
    ...report,
    nonDominated: result.nonDominated,
    coreIndex: result.coreIndex,
    core: result.core,
    borderline: result.borderline,
    exterior: result.exterior,
  };
}
