import { defaultFramework } from "../data/default-framework.js";
import type { Assessment } from "../schemas/assessment.js";
import type { LocalizedText } from "../schemas/common.js";
import type { EvaluationCriterion } from "../schemas/evaluation.js";
import type { Strategy } from "../schemas/strategy.js";
import { type CriterionGroup, criterionGroups } from "../schemas/weights.js";
import type { Engine } from "./engine.js";
import { type LevelItem, levelWeights, type WeightMethod } from "./level-weights.js";

/** The one criterion of the risk group: residual exposure (jäännösriski). */
export const riskCriterionId = "risk:residual";
const riskLabel: LocalizedText = {
  fi: "Jäännösriskit",
  sv: "Kvarstående risker",
  en: "Residual risks",
};

export interface ValueTreeGroup {
  id: CriterionGroup;
  weight: number;
  method: WeightMethod;
  consistencyRatio: number | null;
}

export interface ValueTree {
  /** the non-empty groups, in the fixed order strategy, values, people, …, risk */
  groups: ValueTreeGroup[];
  /** how the group weights were entered */
  groupWeighting: { method: WeightMethod; consistencyRatio: number | null };
  /** the leaves, group by group; global weight = group weight × local weight, Σ = 1 */
  criteria: EvaluationCriterion[];
}

interface Leaf {
  id: string;
  key: string;
  group: CriterionGroup;
  label: LocalizedText;
  measure: EvaluationCriterion["measure"];
}

function leaves(assessment: Assessment, strategy: Strategy): Leaf[] {
  const framework = assessment.framework ?? defaultFramework;
  const out: Leaf[] = [];
  for (const goal of strategy.goals) {
    out.push({ id: `goal:${goal.id}`, key: goal.id, group: "strategy", label: goal.name, measure: "rating" });
  }
  for (const value of strategy.values) {
    out.push({
      id: `value:${value.id}`,
      key: value.id,
      group: "values",
      label: value.name,
      measure: "rating",
    });
  }
  for (const group of ["people", "environment", "economy", "organisation"] as const) {
    for (const d of framework.dimensions) {
      if (d.group !== group) continue;
      // language rights (Kielilaki) are assessed only in bilingual municipalities
      if (d.bilingualOnly && !strategy.bilingual) continue;
      out.push({ id: `dim:${d.id}`, key: d.id, group, label: d.label, measure: d.measure });
    }
  }
  out.push({ id: riskCriterionId, key: "residual", group: "risk", label: riskLabel, measure: "risk" });
  return out;
}

/**
 * arvopuu: the value tree of an assessment against a strategy, with global weights.
 * Weights come from `assessment.weights ?? strategy.defaultWeights`; see levelWeights() for how
 * each level is read. Groups without criteria (e.g. a strategy without values) are left out and
 * the remaining group weights renormalised.
 */
export function buildValueTree(engine: Engine, assessment: Assessment, strategy: Strategy): ValueTree {
  const weights = assessment.weights ?? strategy.defaultWeights;
  const all = leaves(assessment, strategy);
  const present = criterionGroups.filter((g) => all.some((leaf) => leaf.group === g));
  const groupLevel = levelWeights(
    engine,
    weights?.groups,
    present.map((g) => ({ id: g, keys: [g] })),
  );
  const groups: ValueTreeGroup[] = [];
  const criteria: EvaluationCriterion[] = [];
  present.forEach((g, gi) => {
    const members = all.filter((leaf) => leaf.group === g);
    const items: LevelItem[] = members.map((leaf) => ({ id: leaf.id, keys: [leaf.id, leaf.key] }));
    const local = levelWeights(engine, weights?.local?.[g], items);
    const groupWeight = groupLevel.weights[gi] ?? 0;
    groups.push({
      id: g,
      weight: groupWeight,
      method: local.method,
      consistencyRatio: local.consistencyRatio,
    });
    members.forEach((leaf, k) => {
      const localWeight = local.weights[k] ?? 0;
      criteria.push({
        id: leaf.id,
        group: g,
        label: leaf.label,
        measure: leaf.measure,
        localWeight,
        weight: groupWeight * localWeight,
      });
    });
  });
  return {
    groups,
    groupWeighting: { method: groupLevel.method, consistencyRatio: groupLevel.consistencyRatio },
    criteria,
  };
}
