/**
 * Numbers as people type them in the page's language: "5 000 000" or "4 500 000,50" in Finnish and
 * Swedish, "5,000,000.50" in English. One place converts both ways (STYLE rule 26), so a field
 * shows the stored value in the user's units and stores back that value again.
 */
export type Lang = "fi" | "sv" | "en";

const tags: Record<Lang, string> = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" };

/** The Intl locale tag of the page's language (the same as the summary's). */
export const localeTag = (lang: string): string => tags[(lang in tags ? lang : "fi") as Lang];

/** The number as the field shows it: grouped, at most `digits` decimals. */
export function formatNumber(value: number, lang: string, digits = 2): string {
  return new Intl.NumberFormat(localeTag(lang), { maximumFractionDigits: digits, useGrouping: true }).format(
    value,
  );
}

/**
 * The number typed into a field, or null when it is not one. Group separators (spaces of every
 * width, and the language's group mark) are dropped, the decimal mark may be the language's or a
 * dot in Finnish and Swedish; a trailing "€" or "%" is allowed. Negative and non-finite are null.
 */
export function parseNumber(text: string, lang: string): number | null {
  const decimal =
    new Intl.NumberFormat(localeTag(lang)).formatToParts(1.5).find((p) => p.type === "decimal")?.value ?? ".";
  let s = text
    .trim()
    .replace(/\s*[€%]$/, "")
    .replace(/[\s\u00a0\u202f]/g, "");
  if (decimal === ",") {
    // 4500000,50 (the language's mark) or 4500000.50 (as a calculator gives it)
    s = s.replace(",", ".");
  } else s = s.replace(/,/g, "");
  if (!/^\d+(\.\d+)?$/.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}
