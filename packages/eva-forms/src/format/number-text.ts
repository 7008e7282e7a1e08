import type { Locale } from "eva-core";
import { localeTag } from "./locale.js";

/**
 * Numbers as people type and read them, in one place both ways. Formatting is Intl's; parsing
 * accepts what an official types in each language:
 * - the language's own decimal separator (fi, sv ","; en ".") is always the decimal separator;
 * - the other of "," and "." is a thousands separator when exactly three digits follow it
 *   ("1.000" in fi, "1,000" in en), else the decimal separator ("3.5" in fi, "420 000,50" in en);
 * - spaces of any kind (the non-breaking ones Intl writes included) and "'" group thousands;
 * - the minus is "-" or "−" (U+2212, which Intl writes in fi and sv); a leading "+" is allowed.
 * Anything else (letters, two decimal separators, a lone sign) is not a number: null.
 */
export function parseNumberText(text: string, locale: Locale): number | null {
  let s = text
    .normalize("NFKC")
    .trim()
    .replace(/[\s\u00a0\u202f\u2009']/g, "");
  if (s === "") return null;
  let sign = 1;
  if (/^[-\u2212]/.test(s)) {
    sign = -1;
    s = s.slice(1);
  } else if (s.startsWith("+")) s = s.slice(1);
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return null;
  const own = locale === "en" ? "." : ",";
  const other = own === "." ? "," : ".";
  const ownCount = s.split(own).length - 1;
  if (ownCount > 1) return null;
  if (ownCount === 1) {
    // the own decimal separator: every "other" before it groups thousands
    const [int = "", frac = ""] = s.split(own);
    if (frac.includes(other) || !validGrouping(int, other)) return null;
    return finite(sign * Number(`${int.split(other).join("") || "0"}.${frac || "0"}`));
  }
  const parts = s.split(other);
  if (parts.length === 1) return finite(sign * Number(s));
  const last = parts[parts.length - 1] ?? "";
  // "1.000" or "1.000.000": thousands; "3.5" or "420000,50" in en: decimals
  if (last.length === 3 && validGrouping(s, other)) return finite(sign * Number(parts.join("")));
  if (parts.length === 2 && last.length > 0 && (parts[0] ?? "") !== "")
    return finite(sign * Number(`${parts[0]}.${last}`));
  return null;
}

function validGrouping(int: string, sep: string): boolean {
  if (!int.includes(sep)) return true;
  const groups = int.split(sep);
  return groups.every((g, i) => (i === 0 ? g.length >= 1 && g.length <= 3 : g.length === 3));
}

const finite = (n: number) => (Number.isFinite(n) ? n : null);

/** A number as the language writes it: "420 000,5" (fi, sv), "420,000.5" (en); no rounding beyond `max`. */
export function formatNumberText(
  n: number,
  locale: Locale,
  options: { minFraction?: number; maxFraction?: number; grouping?: boolean } = {},
): string {
  return new Intl.NumberFormat(localeTag(locale), {
    minimumFractionDigits: options.minFraction ?? 0,
    maximumFractionDigits: options.maxFraction ?? 10,
    useGrouping: options.grouping ?? true,
  }).format(n);
}
