import { type BorderlineDriver, borderlineDrivers } from "./depends-on.js";
import { valueTolerance } from "./dominance.js";
import { enumerateNonDominated, type ProjectVectors } from "./enumerate.js";
import { checkRpmInput, type RpmInput } from "./validate-input.js";
import { weightSetExtremePoints } from "./weight-set.js";

export interface RpmResult {
  /** each a list of project ids, sorted; feasible portfolios that no feasible portfolio dominates (sorted) */
  nonDominated: string[][];
  /** share of nonDominated containing the project, 0..1 */
  coreIndex: Record<string, number>;
  /** ydinhankkeet: coreIndex = 1 (ids sorted) */
  core: string[];
  /** rajatapaukset: 0 < coreIndex < 1 */
  borderline: string[];
  /** ulkopuoliset: coreIndex = 0 */
  exterior: string[];
  /** true when maxPortfolios was hit: then the result is an approximation */
  truncated: boolean;
  /** each non-dominated portfolio's total cost per resource, in the order of nonDominated */
  costs: number[][];
  /** for each borderline project, the criteria whose weights bring it in or leave it out */
  dependsOn: Record<string, BorderlineDriver>;
  /** the corners of the weight set S (each Σ = 1), at which dominance was checked */
  extremePoints: number[][];
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
function byIds(a: readonly string[], b: readonly string[]): number {
  for (let k = 0; k < Math.min(a.length, b.length); k++) {
    const c = byCodeUnit(a[k] as string, b[k] as string);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/**
 * Robust Portfolio Modeling (Liesiö, Mild & Salo 2007, EJOR 181(3)): which projects to fund within
 * a budget when the weights are known only to lie in a set S (bounds and an order).
 * V(p, w) = Σ_{j∈p} Σ_i w_i · values_j[i]; p dominates q when V(p, w) ≥ V(q, w) for every w in S and
 * > for some. The result lists the feasible portfolios no feasible portfolio dominates, exactly
 * (dominance is checked at the extreme points of S, see weightSetExtremePoints), and classifies
 * each project as core (in all of them: fund it), exterior (in none: drop it) or borderline.
 * Projects that cost more than the budget, or whose value is ≤ 0 for every weight in S, are
 * exterior: adding one never makes a portfolio better (a zero-valued one would only duplicate each
 * portfolio, so it is left out). Pure and deterministic; bad input throws EvaError.
 */
export function rpm(input: RpmInput): RpmResult {
  const checked = checkRpmInput(input);
  const { ids, costs, values, budget, n } = checked;
  const extremePoints = weightSetExtremePoints(n, input.weights);
  const E = extremePoints.length;
  const scores = values.map((v) => {
    const s = new Float64Array(E);
    extremePoints.forEach((x, e) => {
      let t = 0;
      for (let i = 0; i < n; i++) t += (v[i] as number) * (x[i] as number);
      s[e] = t;
    });
    return s;
  });
  const tol = valueTolerance(scores, E);
  const costTol = 1e-12 * Math.max(1, ...budget);
  const candidates: number[] = [];
  ids.forEach((_, j) => {
    const fits = (costs[j] as number[]).every((c, r) => c <= (budget[r] as number) + costTol);
    const worth = (scores[j] as Float64Array).some((s) => s > tol);
    if (fits && worth) candidates.push(j);
  });
  // most value per share of the budget first: good portfolios form early, so the bound prunes more
  const efficiency = (j: number) => {
    const mean = (scores[j] as Float64Array).reduce((t, s) => t + s, 0) / E;
    const share = (costs[j] as number[]).reduce(
      (t, c, r) => t + c / Math.max(budget[r] as number, costTol),
      0,
    );
    return mean / (share + 1e-9);
  };
  candidates.sort((a, b) => efficiency(b) - efficiency(a) || a - b);
  const vectors: ProjectVectors[] = candidates.map((j) => ({
    scores: scores[j] as Float64Array,
    cost: Float64Array.from(costs[j] as number[]),
  }));
  const { portfolios, truncated } = enumerateNonDominated(vectors, {
    budget: Float64Array.from(budget),
    tol,
    costTol,
    maxPortfolios: checked.maxPortfolios,
  });
  const found = portfolios
    .map((p) => p.map((k) => candidates[k] as number))
    .map((members) => ({ members, ids: members.map((j) => ids[j] as string).sort(byCodeUnit) }))
    .sort((a, b) => byIds(a.ids, b.ids));

  const count = new Map<number, number>();
  for (const { members } of found) for (const j of members) count.set(j, (count.get(j) ?? 0) + 1);
  const coreIndex: Record<string, number> = {};
  const core: string[] = [];
  const borderline: string[] = [];
  const exterior: string[] = [];
  const borderlineIndices: number[] = [];
  ids.forEach((id, j) => {
    const c = count.get(j) ?? 0;
    coreIndex[id] = found.length > 0 ? c / found.length : 0;
    if (c === 0) exterior.push(id);
    else if (c === found.length) core.push(id);
    else {
      borderline.push(id);
      borderlineIndices.push(j);
    }
  });
  const portfolioValues = found.map(({ members }) => {
    const v = new Float64Array(E);
    for (const j of members)
      for (let e = 0; e < E; e++) v[e] = (v[e] as number) + ((scores[j] as Float64Array)[e] as number);
    return v;
  });
  const drivers = borderlineDrivers(
    found.map(({ members }) => new Set(members)),
    portfolioValues,
    extremePoints,
    borderlineIndices,
    tol,
  );
  const dependsOn: Record<string, BorderlineDriver> = {};
  for (const j of borderlineIndices) {
    const d = drivers.get(j);
    if (d) dependsOn[ids[j] as string] = d;
  }
  return {
    nonDominated: found.map((p) => p.ids),
    coreIndex,
    core: core.sort(byCodeUnit),
    borderline: borderline.sort(byCodeUnit),
    exterior: exterior.sort(byCodeUnit),
    truncated,
    costs: found.map(({ members }) =>
      budget.map((_, r) => members.reduce((t, j) => t + ((costs[j] as number[])[r] as number), 0)),
    ),
    dependsOn,
    extremePoints,
  };
}
