import { ahp, isEvaError, normalizeWeights, rankWeights, swingWeights, type WeightInput } from "eva-core";
import { judgementToRevisit, type Revisit } from "./ahp-revisit.js";
import type { LevelItem } from "./levels.js";

export interface LevelResult {
  /** Σ = 1, in the order of the level's items */
  weights: number[];
  /** every entry is 0, so eva-core uses equal weights (and findings() says so) */
  allZero: boolean;
  /** AHP only: the consistency ratio, and the judgement to revisit when it is above 0.10 */
  cr: number | null;
  revisit: (Revisit & { a: string; b: string }) | null;
  /** AHP only: the level items in matrix order (the pairs compared) */
  compared: number[];
  /** an input eva-core refuses (e.g. a non-reciprocal matrix): the weights shown are equal */
  invalid: boolean;
}

const lookup = (record: Readonly<Record<string, number>>, item: LevelItem) => {
  for (const key of item.keys) if (record[key] !== undefined) return record[key] ?? 0;
  return 0;
};

/**
 * The weights of one level as evaluate() will compute them (see eva-core level-weights.ts), from
 * eva-core's own functions; the component only renders them.
 */
export function levelResult(input: WeightInput | undefined, items: readonly LevelItem[]): LevelResult {
  const n = items.length;
  const equal = items.map(() => 1 / n);
  const base: LevelResult = {
    weights: equal,
    allZero: false,
    cr: null,
    revisit: null,
    compared: [],
    invalid: false,
  };
  if (n === 0 || input === undefined) return base;
  try {
    switch (input.method) {
      case "direct":
      case "swing": {
        const raw = items.map((item) =>
          lookup(input.method === "direct" ? input.weights : input.points, item),
        );
        if (!raw.some((w) => w > 0)) return { ...base, allZero: true };
        return { ...base, weights: input.method === "direct" ? normalizeWeights(raw) : swingWeights(raw) };
      }
      case "rank": {
        const listed: number[] = [];
        for (const id of input.order) {
          const index = items.findIndex((item) => item.keys.includes(id));
          if (index >= 0 && !listed.includes(index)) listed.push(index);
        }
        if (listed.length === 0) return { ...base, allZero: true };
        const byRank = rankWeights(listed.length, input.rankMethod ?? "roc");
        const weights = items.map(() => 0);
        listed.forEach((index, k) => {
          weights[index] = byRank[k] ?? 0;
        });
        return { ...base, weights };
      }
      case "ahp": {
        const present = items
          .map((item, index) => ({ index, at: input.items.findIndex((id) => item.keys.includes(id)) }))
          .filter((p) => p.at >= 0);
        if (present.length === 0) return { ...base, allZero: true };
        const compared = present.map((p) => p.index);
        const matrix = present.map((r) => present.map((c) => input.matrix[r.at]?.[c.at] ?? Number.NaN));
        const result = ahp(matrix, input.ahpMethod ? { method: input.ahpMethod } : {});
        const weights = items.map(() => 0);
        present.forEach((p, k) => {
          weights[p.index] = result.weights[k] ?? 0;
        });
        const found = result.consistent ? null : judgementToRevisit(matrix, result.weights);
        const revisit = found
          ? {
              ...found,
              a: items[compared[found.i] ?? 0]?.id ?? "",
              b: items[compared[found.j] ?? 0]?.id ?? "",
            }
          : null;
        return { ...base, weights, cr: result.cr, revisit, compared };
      }
    }
  } catch (error) {
    if (isEvaError(error)) return { ...base, invalid: true };
    throw error;
  }
}
