import type { Locale, Strategy } from "eva-core";
import { findingNameOf } from "eva-core";
import type { TFunction } from "i18next";

type Draft = {
  alternatives?: Array<{ id?: string; name?: string } | undefined>;
  ratings?: Array<{ alternativeId?: string; criterionId?: string } | undefined>;
  economy?: {
    flows?: Array<{ alternativeId?: string; rows?: Array<{ year?: number } | undefined> } | undefined>;
  };
  risks?: { items?: Array<{ id?: string; title?: string } | undefined> };
  framework?: unknown;
};

const simple: Record<string, string> = {
  "basics.title": "basics.title",
  "basics.decisionBody": "basics.decisionBody",
  "basics.preparer.name": "basics.preparer",
  "basics.presenter.name": "basics.presenter",
  "basics.deadline": "basics.deadline",
  "basics.problem": "basics.problem",
  "basics.objective": "basics.objective",
  "basics.publicity.class": "publicity.class",
  "basics.publicity.reason": "publicity.reason",
  "screening.outcome": "basics.outcome",
  "screening.reason": "basics.reason",
  "screening.estimatedCost": "screening.estimatedCost",
  alternatives: "alternatives.baselineLegend",
  weights: "step.weights",
  weightsOverrideReason: "weights.reason",
  "economy.discountRate": "economy.rate",
  "conclusion.recommendedAlternativeId": "conclusion.recommended",
  "conclusion.justification": "conclusion.justification",
  "conclusion.notBestReason": "conclusion.notBestReason",
  "conclusion.followUp": "conclusion.followUp",
  "conclusion.followUp.date": "conclusion.followUp",
  "conclusion.followUp.indicators": "conclusion.indicators",
  "conclusion.followUp.responsible": "conclusion.responsible",
  "case-header": "create.caseId",
};

const riskFields: Record<string, string> = {
  title: "risks.titleField",
  alternativeId: "risks.alternative",
  category: "risks.category",
  likelihood: "risks.likelihood",
  consequence: "risks.consequence",
  mitigation: "risks.mitigation",
  owner: "risks.owner",
  residualLikelihood: "risks.residualLikelihood",
  residualConsequence: "risks.residualConsequence",
};
const participationFields: Record<string, string> = {
  who: "participation.who",
  group: "participation.group",
  method: "participation.method",
  date: "participation.date",
  summary: "participation.summary",
  changes: "participation.changes",
};
const flowFields: Record<string, string> = {
  year: "economy.year",
  operatingCost: "economy.operating",
  investment: "economy.investment",
  income: "economy.income",
};
const alternativeFields: Record<string, string> = {
  name: "alternatives.name",
  shortName: "alternatives.shortName",
  description: "alternatives.description",
  actions: "alternatives.actions",
  baseline: "alternatives.baselineLegend",
};

/**
 * The field's label as the user sees it, for the error summary ("Vaihtoehto 2: Nimi"), never a
 * path. `cell` names a rating cell that has no row yet.
 */
export function fieldLabel(
  path: string,
  draft: Draft,
  strategy: Strategy,
  t: TFunction,
  locale: Locale,
  cell?: { alternativeId: string; criterionId: string },
): string {
  const names = findingNameOf(draft as never, strategy, locale);
  const alternative = (id: string | undefined) =>
    (id && names("alternative", id)) || t("alternatives.unnamed", { n: "?" });
  if (simple[path]) return t(simple[path] as string);
  if (path.startsWith("screening.answers."))
    return t(`screening.q.${path.slice("screening.answers.".length)}`);
  let m = /^alternatives\.(\d+)\.(\w+)/.exec(path);
  if (m) {
    const i = Number(m[1]);
    const alt = draft.alternatives?.[i];
    const title = alt?.name?.trim() || t("alternatives.unnamed", { n: i + 1 });
    return `${title}: ${t(alternativeFields[m[2] ?? ""] ?? "alternatives.name")}`;
  }
  m = /^ratings\.(\d+)(?:\.(\w+))?/.exec(path);
  if (m || cell) {
    const row = cell ?? draft.ratings?.[Number(m?.[1])];
    const criterion = names("criterion", row?.criterionId ?? "") ?? "";
    const base = `${alternative(row?.alternativeId)}: ${criterion}`;
    const part = m?.[2];
    if (part === "justification") return `${base} – ${t("rating.justification")}`;
    if (part === "confidence") return `${base} – ${t("rating.confidence")}`;
    return base;
  }
  m = /^economy\.flows\.(\d+)(?:\.rows\.(\d+)\.(\w+)|\.(\w+))?/.exec(path);
  if (m) {
    const flow = draft.economy?.flows?.[Number(m[1])];
    const name = alternative(flow?.alternativeId);
    if (m[4] === "fundingSource") return `${name}: ${t("economy.funding")}`;
    const year = flow?.rows?.[Number(m[2])]?.year;
    return `${name}: ${t(flowFields[m[3] ?? "year"] ?? "economy.year")}${year && m[3] !== "year" ? `, ${year}` : ""}`;
  }
  m = /^risks\.items\.(\d+)\.(\w+)/.exec(path);
  if (m)
    return `${t("risks.item", { n: Number(m[1]) + 1 })}: ${t(riskFields[m[2] ?? ""] ?? "risks.titleField")}`;
  m = /^participation\.(\d+)\.(\w+)/.exec(path);
  if (m)
    return `${t("participation.item", { n: Number(m[1]) + 1 })}: ${t(participationFields[m[2] ?? ""] ?? "participation.summary")}`;
  if (path.startsWith("weights")) return t("step.weights");
  if (path.startsWith("basics")) return t("step.basics");
  return t("step.summary");
}
