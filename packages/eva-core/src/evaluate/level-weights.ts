import type { WeightInput } from "../schemas/weights.js";
import type { Engine } from "./engine.js";

export type WeightMethod = "direct" | "swing" | "rank" | "ahp" | "equal";

/** One item of a weight level: its id and the keys a weight input may use for it. */
export interface LevelItem {
  id: string;
  /** e.g. "goal:x" and "x" for a criterion, "people" for a group */
  keys: readonly string[];
}

export interface LevelWeights {
  weights: number[];
  method: WeightMethod;
  /** AHP consistency ratio of this level; null unless entered by AHP */
  consistencyRatio: number | null;
}

function equal(n: number): LevelWeights {
  return { weights: Array.from({ length: n }, () => 1 / n), method: "equal", consistencyRatio: null };
}

function lookup(record: Readonly<Record<string, number>>, item: LevelItem): number {
  for (const key of item.keys) {
    const value = record[key];
    if (value !== undefined) return value;
  }
  return 0;
}

function positionOf(ids: readonly string[], item: LevelItem): number {
  return ids.findIndex((id) => item.keys.includes(id));
}

/**
 * The weights of one level of the value tree (the groups, or the criteria of one group), Σ = 1.
 * - no input → equal weights;
 * - direct / swing: an item absent from the input gets 0; keys of items not in the tree are ignored;
 * - rank: ROC (or the chosen rank method) over the listed items that are in the tree, best first;
 *   items not listed get 0;
 * - AHP: the principal eigenvector (or the chosen method) of the sub-matrix of the items that are
 *   in the tree; items not compared get 0; the consistency ratio is recorded.
 * An input that leaves every item at 0 falls back to equal weights (reported as "equal"), so the
 * global weights always add up to 1; findings() reports such inputs.
 */
export function levelWeights(
  engine: Engine,
  input: WeightInput | undefined,
  items: readonly LevelItem[],
): LevelWeights {
  const n = items.length;
  if (n === 0) return { weights: [], method: "equal", consistencyRatio: null };
  if (input === undefined) return equal(n);
  switch (input.method) {
    case "direct": {
      const raw = items.map((item) => lookup(input.weights, item));
      if (!raw.some((w) => w > 0)) return equal(n);
      return { weights: engine.normalizeWeights(raw), method: "direct", consistencyRatio: null };
    }
    case "swing": {
      const raw = items.map((item) => lookup(input.points, item));
      if (!raw.some((w) => w > 0)) return equal(n);
      return { weights: engine.swingWeights(raw), method: "swing", consistencyRatio: null };
    }
    case "rank": {
      // the listed ids that are items of this level, best first, each once
      const listed: number[] = [];
      for (const id of input.order) {
        const index = items.findIndex((item) => item.keys.includes(id));
        if (index >= 0 && !listed.includes(index)) listed.push(index);
      }
      if (listed.length === 0) return equal(n);
      const byRank = engine.rankWeights(listed.length, input.rankMethod ?? "roc");
      const weights = items.map(() => 0);
      listed.forEach((index, k) => {
        weights[index] = byRank[k] ?? 0;
      });
      return { weights, method: "rank", consistencyRatio: null };
    }
    case "ahp": {
      // positions in the AHP matrix of the items that are in the tree
      const present = items
        .map((item, index) => ({ index, at: positionOf(input.items, item) }))
        .filter((p) => p.at >= 0);
      if (present.length === 0) return equal(n);
      const weights = items.map(() => 0);
      if (present.length === 1) {
        const only = present[0];
        if (only) weights[only.index] = 1;
        return { weights, method: "ahp", consistencyRatio: 0 };
      }
      const matrix = present.map((row) => present.map((col) => input.matrix[row.at]?.[col.at] ?? Number.NaN));
      const result = engine.ahp(matrix, input.ahpMethod ? { method: input.ahpMethod } : {});
      present.forEach((p, k) => {
        weights[p.index] = result.weights[k] ?? 0;
      });
      return { weights, method: "ahp", consistencyRatio: result.cr };
    }
  }
}
