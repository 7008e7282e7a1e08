import { EvaError } from "../errors.js";
import type { WeightSet } from "./weight-set.js";

/** One project (hanke, ehdotus) of a portfolio problem. */
export interface PortfolioProject {
  id: string;
  /** one per resource, ≥ 0 (euros, person-years, …); a number when there is one resource */
  cost: number | number[];
  /** one per criterion, higher is better; may be negative (a loss on that criterion) */
  values: number[];
}

export interface RpmInput {
  projects: PortfolioProject[];
  /** one per resource; a portfolio is feasible when Σ cost ≤ budget for each */
  budget: number | number[];
  /** the admissible weights S; absent = the whole simplex */
  weights?: WeightSet;
  options?: { maxPortfolios?: number };
}

/** The input checked and in arrays: costs[j][r], values[j][i], budget[r]. */
export interface CheckedInput {
  ids: string[];
  costs: number[][];
  values: number[][];
  budget: number[];
  n: number;
  maxPortfolios: number;
}

export const defaultMaxPortfolios = 10_000;

function finite(x: unknown, path: Array<string | number>): number {
  if (typeof x !== "number" || !Number.isFinite(x))
    throw new EvaError("not_finite", `${path.join(".")} is not a finite number`, path, { value: String(x) });
  return x;
}

/** Checks rpm's input; every problem throws EvaError with a code and a path into the input. */
export function checkRpmInput(input: RpmInput): CheckedInput {
  const projects = input?.projects as unknown;
  if (!Array.isArray(projects) || projects.length === 0)
    throw new EvaError("empty_input", "there are no projects", ["projects"]);
  const budget = (Array.isArray(input.budget) ? input.budget : [input.budget]) as unknown[];
  if (budget.length === 0) throw new EvaError("empty_input", "there is no budget", ["budget"]);
  const budgetPath = (r: number) => (Array.isArray(input.budget) ? ["budget", r] : ["budget"]);
  const b = budget.map((x, r) => {
    const v = finite(x, budgetPath(r));
    if (v < 0)
      throw new EvaError("out_of_range", `${budgetPath(r).join(".")} is negative`, budgetPath(r), {
        value: v,
      });
    return v;
  });
  const seen = new Set<string>();
  let n = -1;
  const ids: string[] = [];
  const costs: number[][] = [];
  const values: number[][] = [];
  projects.forEach((p: unknown, j) => {
    const project = (p ?? {}) as Partial<PortfolioProject>;
    const id = project.id;
    if (typeof id !== "string" || id.length === 0)
      throw new EvaError("empty_input", `projects[${j}] has no id`, ["projects", j, "id"]);
    if (seen.has(id))
      throw new EvaError("duplicate_id", `projects[${j}].id "${id}" is used twice`, ["projects", j, "id"], {
        id,
      });
    seen.add(id);
    const v = project.values as unknown;
    if (!Array.isArray(v) || v.length === 0)
      throw new EvaError("empty_input", `projects[${j}] has no values`, ["projects", j, "values"]);
    if (n < 0) n = v.length;
    if (v.length !== n)
      throw new EvaError(
        "length_mismatch",
        `projects[${j}] has ${v.length} values, projects[0] has ${n}`,
        ["projects", j, "values"],
        { expected: n, actual: v.length },
      );
    const c = (Array.isArray(project.cost) ? project.cost : [project.cost]) as unknown[];
    const costPath = (r: number) =>
      Array.isArray(project.cost) ? ["projects", j, "cost", r] : ["projects", j, "cost"];
    if (c.length !== b.length)
      throw new EvaError(
        "length_mismatch",
        `projects[${j}] has ${c.length} costs, the budget has ${b.length} resources`,
        ["projects", j, "cost"],
        { expected: b.length, actual: c.length },
      );
    costs.push(
      c.map((x, r) => {
        const cost = finite(x, costPath(r));
        if (cost < 0)
          throw new EvaError("negative_cost", `${costPath(r).join(".")} is negative`, costPath(r), {
            value: cost,
          });
        return cost;
      }),
    );
    values.push(v.map((x: unknown, i) => finite(x, ["projects", j, "values", i])));
    ids.push(id);
  });
  const max = input.options?.maxPortfolios ?? defaultMaxPortfolios;
  if (!Number.isSafeInteger(max) || max < 1)
    throw new EvaError("invalid_option", "options.maxPortfolios must be a positive integer", [
      "options",
      "maxPortfolios",
    ]);
  return { ids, costs, values, budget: b, n, maxPortfolios: max };
}
