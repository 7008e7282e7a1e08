import type { TFunction } from "i18next";

/** Top-level sections of an assessment and the step whose name the user knows them by. */
const sectionStep: Record<string, string> = {
  basics: "step.basics",
  alternatives: "step.alternatives",
  ratings: "history.field.ratings",
  economy: "step.economy",
  risks: "step.risks",
  participation: "step.participation",
  conclusion: "step.conclusion",
  weights: "history.field.weights",
  framework: "history.field.framework",
  status: "history.field.status",
  version: "history.field.version",
};
/** The catalogue prefix whose field labels the wizard already shows for a section. */
const labelPrefix: Record<string, string> = { ratings: "rating", conclusion: "conclusion", basics: "basics" };

const named = (v: unknown, key: string): string | undefined => {
  const x = (v as Record<string, unknown> | undefined)?.[key];
  return typeof x === "string" && x ? x : undefined;
};

/** Criterion ids (goal:…, value:…, dim:…) by the names the wizard shows for them. */
export type CriterionNames = Readonly<Record<string, string>>;

/** A rating by its alternative's and criterion's names: "Uudisrakennus / Lapset ja nuoret". */
function ratingName(rating: unknown, doc: unknown, names: CriterionNames): string | undefined {
  const alt = named(rating, "alternativeId");
  const crit = named(rating, "criterionId");
  if (!alt || !crit) return undefined;
  const alternatives = (doc as { alternatives?: unknown[] } | undefined)?.alternatives ?? [];
  const altName = alternatives.map((a) => a as Record<string, unknown>).find((a) => a.id === alt)?.name;
  return `${typeof altName === "string" && altName ? altName : alt} / ${names[crit] ?? crit}`;
}

/**
 * A path in an assessment in plain words: "Perustiedot › Asian otsikko", "Vaihtoehdot ›
 * Uudisrakennus › Kuvaus". `doc` (the document the path points into) gives items their names.
 */
export function describePath(
  path: ReadonlyArray<string | number>,
  t: TFunction,
  doc?: unknown,
  names: CriterionNames = {},
): string {
  const [section, ...rest] = path.map(String);
  if (!section) return t("history.field.whole");
  const words = [sectionStep[section] ? t(sectionStep[section]) : section];
  let node: unknown = (doc as Record<string, unknown> | undefined)?.[section];
  for (const seg of rest) {
    const next = Array.isArray(node) ? node[Number(seg)] : (node as Record<string, unknown>)?.[seg];
    if (/^\d+$/.test(seg)) {
      const item = named(next, "name") ?? named(next, "title") ?? ratingName(next, doc, names);
      words.push(item ?? t("history.field.item", { n: Number(seg) + 1 }));
    } else {
      const key = `${labelPrefix[section] ?? section}.${seg}`;
      words.push(t(key, { defaultValue: seg }));
    }
    node = next;
  }
  return words.join(" › ");
}

/** A value in words, short enough for a list: text in quotes, yes/no, "(tyhjä)" for nothing. */
export function describeValue(v: unknown, t: TFunction, path: ReadonlyArray<string | number> = []): string {
  // workflow states read as the list shows them, not as codes
  if (path.length === 1 && path[0] === "status" && typeof v === "string") return t(`list.status.${v}`);
  if (v === undefined || v === null || v === "") return t("history.empty");
  if (typeof v === "boolean") return t(v ? "history.yes" : "history.no");
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return `“${v.length > 80 ? `${v.slice(0, 79)}…` : v}”`;
  return Array.isArray(v) ? t("history.items", { count: v.length }) : "{…}";
}
