import { defaultFramework } from "../data/default-framework.js";
import type { AssessmentDraftInput } from "../schemas/assessment.js";
import type { Locale } from "../schemas/common.js";
import type { ImpactFramework } from "../schemas/impact-framework.js";
import type { Strategy } from "../schemas/strategy.js";
import type { FindingResolve } from "./findings-messages.js";

/** The name a person knows a criterion, an alternative or a risk by. */
export type FindingNameOf = (kind: "criterion" | "alternative" | "risk", id: string) => string | undefined;

const words = {
  fi: { alternative: "vaihtoehto {n}", risk: "riski {n}", risks: "riskit" },
  sv: { alternative: "alternativ {n}", risk: "risk {n}", risks: "risker" },
  en: { alternative: "alternative {n}", risk: "risk {n}", risks: "risks" },
} as const;

/**
 * How one assessment names things: criteria by their label in the strategy version and the
 * assessment's framework, alternatives by name, risks by title; an unnamed alternative or risk by
 * its place ("vaihtoehto 2").
 */
export function findingNameOf(
  a: Pick<AssessmentDraftInput, "alternatives" | "risks" | "framework">,
  strategy: Strategy,
  locale: Locale,
  framework: ImpactFramework = (a.framework as ImpactFramework | undefined) ?? defaultFramework,
): FindingNameOf {
  const w = words[locale];
  const text = (t: { fi: string; sv?: string | undefined; en?: string | undefined } | undefined) =>
    t ? (t[locale] ?? t.fi) : undefined;
  const criteria = new Map<string, string | undefined>([
    ...strategy.goals.map((g): [string, string | undefined] => [`goal:${g.id}`, text(g.name)]),
    ...strategy.values.map((v): [string, string | undefined] => [`value:${v.id}`, text(v.name)]),
    ...framework.dimensions.map((d): [string, string | undefined] => [`dim:${d.id}`, d.label[locale]]),
  ]);
  return (kind, id) => {
    if (kind === "criterion") {
      if (id.startsWith("risk")) return w.risks;
      return criteria.get(id);
    }
    if (kind === "alternative") {
      const i = (a.alternatives ?? []).findIndex((x) => x.id === id);
      if (i < 0) return undefined;
      return a.alternatives?.[i]?.name?.trim() || w.alternative.replace("{n}", String(i + 1));
    }
    const items = a.risks?.items ?? [];
    const i = items.findIndex((x) => x.id === id);
    if (i < 0) return undefined;
    return items[i]?.title?.trim() || w.risk.replace("{n}", String(i + 1));
  };
}

const kinds: Record<string, "criterion" | "alternative" | "risk"> = {
  criterionId: "criterion",
  alternativeId: "alternative",
  by: "alternative",
  best: "alternative",
  riskId: "risk",
};

/**
 * findingMessage's `resolve` for one assessment: a finding's ids read as the preparer sees them
 * (findingNameOf) instead of codes.
 * @example findingMessage(f, "fi", findingNames(draft, strategy, "fi")).title // "Arvioita puuttuu: vastuullinen johtaminen (3 vaihtoehtoa)."
 */
export function findingNames(
  a: Pick<AssessmentDraftInput, "alternatives" | "risks" | "framework">,
  strategy: Strategy,
  locale: Locale,
  framework?: ImpactFramework,
): FindingResolve {
  const nameOf = findingNameOf(a, strategy, locale, framework);
  return (key, value) => {
    const kind = kinds[key];
    return kind && typeof value === "string" ? nameOf(kind, value) : undefined;
  };
}
