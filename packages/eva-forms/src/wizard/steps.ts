import { isScreenedOut } from "eva-core";

/** The wizard's steps in order (PRODUCT.md, "The assessment"). */
export const allSteps = [
  "basics",
  "alternatives",
  "weights",
  "strategy",
  "values",
  "impacts",
  "economy",
  "risks",
  "participation",
  "conclusion",
  "summary",
] as const;
export type StepId = (typeof allSteps)[number];

/**
 * The steps a case has: all of them, without "values" when the strategy has none; only the basics
 * (with the screening) and the summary when the screening closed the case without an EVA.
 */
export function stepsOf(
  draft: { screening?: { outcome?: string | undefined } | undefined },
  strategyHasValues: boolean,
): StepId[] {
  if (isScreenedOut(draft)) return ["basics", "summary"];
  return allSteps.filter((s) => s !== "values" || strategyHasValues);
}

const byPrefix: Array<[RegExp, StepId]> = [
  [/^(basics|screening)(\.|$)/, "basics"],
  [/^alternatives(\.|$)/, "alternatives"],
  [/^(weights|weightsOverrideReason)(\.|$)/, "weights"],
  [/^economy(\.|$)/, "economy"],
  [/^risks(\.|$)/, "risks"],
  [/^participation(\.|$)/, "participation"],
  [/^conclusion(\.|$)/, "conclusion"],
];

/** The step of a criterion: goals on Strategia, values on Arvot, the framework's dimensions on Vaikutukset. */
export function stepOfCriterion(criterionId: string): StepId {
  if (criterionId.startsWith("goal:")) return "strategy";
  if (criterionId.startsWith("value:")) return "values";
  return "impacts";
}

/** Which step holds the field at a dot path ("ratings.3.value" by the criterion of rating 3). */
export function stepOfPath(
  path: string,
  draft: { ratings?: Array<{ criterionId?: string } | undefined> },
): StepId {
  for (const [re, step] of byPrefix) if (re.test(path)) return step;
  const rating = /^ratings\.(\d+)/.exec(path);
  if (rating) return stepOfCriterion(draft.ratings?.[Number(rating[1])]?.criterionId ?? "");
  return "summary";
}
