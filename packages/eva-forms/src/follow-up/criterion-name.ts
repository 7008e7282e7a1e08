import type { ImpactFramework, Strategy } from "eva-core";

type Lang = "fi" | "sv" | "en";

/** A criterion id (goal:…, value:…, dim:…) by the name the wizard showed for it. */
export function criterionName(
  id: string,
  strategy: Strategy,
  framework: ImpactFramework,
  lang: Lang,
): string {
  const [kind, ...rest] = id.split(":");
  const key = rest.join(":");
  const text =
    kind === "goal"
      ? strategy.goals.find((g) => g.id === key)?.name
      : kind === "value"
        ? strategy.values.find((v) => v.id === key)?.name
        : framework.dimensions.find((d) => d.id === key)?.label;
  return (text as Partial<Record<Lang, string>> | undefined)?.[lang] ?? text?.fi ?? id;
}
