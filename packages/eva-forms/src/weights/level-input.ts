import type { WeightInput } from "eva-core";
import type { LevelItem } from "./levels.js";

export type LevelMethod = WeightInput["method"] | "equal";

// AHP in eva-core uses Saaty's random index table, which ends at ten items
export const AHP_MAX_ITEMS = 10;

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * The input a level starts from when its method is switched, carrying over the weights it has
 * now where the method can express them (direct: percentages; SWING: the largest at 100; rank:
 * heaviest first). AHP starts from "equally important" everywhere: its judgements are the point.
 */
export function startInput(
  method: LevelMethod,
  items: readonly LevelItem[],
  weights: readonly number[],
): WeightInput | undefined {
  const ids = items.map((i) => i.id);
  const max = Math.max(...weights, 0);
  switch (method) {
    case "equal":
      return undefined;
    case "direct":
      return {
        method,
        weights: Object.fromEntries(ids.map((id, k) => [id, round((weights[k] ?? 0) * 100, 1)])),
      };
    case "swing":
      return {
        method,
        points: Object.fromEntries(
          ids.map((id, k) => [id, max > 0 ? Math.round((100 * (weights[k] ?? 0)) / max) : 100]),
        ),
      };
    case "rank":
      return {
        method,
        order: ids
          .map((id, k) => ({ id, w: weights[k] ?? 0, k }))
          .sort((x, y) => y.w - x.w || x.k - y.k)
          .map((x) => x.id),
      };
    case "ahp":
      return { method, items: ids, matrix: ids.map(() => ids.map(() => 1)) };
  }
}
