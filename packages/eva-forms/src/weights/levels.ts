import {
  type Assessment,
  buildValueTree,
  type CriterionGroup,
  engine,
  type ImpactFramework,
  type Locale,
  type Strategy,
  summaryMessages,
} from "eva-core";

/** One thing weighed on a level: a group, or a criterion inside a group. */
export interface LevelItem {
  id: string;
  /** the keys a weight input may use for it: "goal:x" and "x" (eva-core reads both) */
  keys: readonly string[];
  label: string;
}

export interface WeightLevels {
  groups: LevelItem[];
  local: Array<{ group: CriterionGroup; label: string; items: LevelItem[] }>;
}

/**
 * The levels of the value tree as eva-core builds it (buildValueTree reads only the framework and
 * the strategy for the leaves), so the step weighs exactly the criteria evaluate() will use.
 */
export function weightLevels(strategy: Strategy, framework: ImpactFramework, locale: Locale): WeightLevels {
  const tree = buildValueTree(engine, { framework } as unknown as Assessment, strategy);
  const groupLabel = (g: CriterionGroup) => summaryMessages[locale][`group.${g}`];
  return {
    groups: tree.groups.map((g) => ({ id: g.id, keys: [g.id], label: groupLabel(g.id) })),
    local: tree.groups.map((g) => ({
      group: g.id,
      label: groupLabel(g.id),
      items: tree.criteria
        .filter((c) => c.group === g.id)
        .map((c) => ({
          id: c.id,
          keys: [c.id, c.id.slice(c.id.indexOf(":") + 1)],
          label: c.label[locale] ?? c.label.fi,
        })),
    })),
  };
}
